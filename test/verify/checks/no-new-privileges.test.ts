import { describe, expect, it } from 'vitest';
import type { ContainerFacts, ServiceExpectation } from '../../../src/verify/types.js';
import { asked, facts, inspect, ruleResult } from '../fixtures.js';

const check = (expectation: ServiceExpectation, container: ContainerFacts) =>
  ruleResult('no-new-privileges', expectation, container);
const status = (noNewPrivs: boolean | undefined) => ({
  uids: [1000, 1000, 1000, 1000],
  noNewPrivs,
  capBnd: '0000000000000000',
  capEff: '0000000000000000',
});

describe('verify no-new-privileges', () => {
  it('passes on SecurityOpt and NoNewPrivs of PID 1', () => {
    expect(check(asked(), facts())).toEqual({
      rule: 'no-new-privileges',
      outcome: 'pass',
      sources: ['inspect', 'proc-status'],
      evidence: ['SecurityOpt has no-new-privileges:true', '/proc/1/status: NoNewPrivs 1'],
    });
  });

  it('fails when the file and the container agree but PID 1 runs without it', () => {
    const result = check(asked(), facts({ status: status(false) }));
    expect(result.outcome).toBe('fail');
    expect(result.evidence[0]).toBe('set in the file, but PID 1 runs without it');
  });

  it('is stale when the container was created before the file asked for it', () => {
    const container = facts({ inspect: inspect({ SecurityOpt: null }), status: status(false) });
    expect(check(asked(), container)).toMatchObject({
      outcome: 'stale',
      evidence: [
        'the file asks no-new-privileges:true',
        'SecurityOpt is empty',
        '/proc/1/status: NoNewPrivs 0',
      ],
    });
  });

  it('passes on an engine-wide default, which shows only in the process status', () => {
    const container = facts({ inspect: inspect({ SecurityOpt: null }), status: status(true) });
    const result = check(asked({ securityOpt: [] }), container);
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0]).toBe(
      'not set in the file, but the engine sets it for every container',
    );
  });

  it('fails when the file does not ask and the status cannot be read', () => {
    const container = facts({
      inspect: inspect({ SecurityOpt: ['seccomp=unconfined'] }),
      status: undefined,
    });
    expect(check(asked({ securityOpt: ['seccomp=unconfined'] }), container)).toEqual({
      rule: 'no-new-privileges',
      outcome: 'fail',
      sources: ['inspect'],
      evidence: ['not set in the file', 'SecurityOpt seccomp=unconfined'],
    });
  });
});
