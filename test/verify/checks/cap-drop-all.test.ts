import { describe, expect, it } from 'vitest';
import type { ContainerFacts, ServiceExpectation } from '../../../src/verify/types.js';
import { asked, DOCKER_DEFAULT_CAPS, facts, inspect, ruleResult } from '../fixtures.js';

const check = (expectation: ServiceExpectation, container: ContainerFacts) =>
  ruleResult('cap-drop-all', expectation, container);
const status = (capBnd: string, capEff = '0000000000000000', uid = 1000) => ({
  uids: [uid, uid, uid, uid],
  noNewPrivs: true,
  capBnd,
  capEff,
});

describe('verify cap-drop-all', () => {
  it('passes when the bounding set is empty', () => {
    expect(check(asked(), facts())).toEqual({
      rule: 'cap-drop-all',
      outcome: 'pass',
      sources: ['inspect', 'proc-status'],
      evidence: ['CapDrop ALL', '/proc/1/status: CapBnd 0000000000000000 (empty)'],
    });
  });

  it('allows in the bounding set exactly what cap_add puts back', () => {
    const container = facts({
      inspect: inspect({ CapAdd: ['NET_BIND_SERVICE'] }),
      status: status('0000000000000400'),
    });
    expect(check(asked({ capAdd: ['NET_BIND_SERVICE'] }), container).outcome).toBe('pass');
  });

  it('fails, not stale, when the file and HostConfig agree but the engine did not apply the drop', () => {
    // A non-root process has an empty effective set anyway: the bounding set is the evidence.
    const result = check(asked(), facts({ status: status('0000000000002000') }));
    expect(result).toMatchObject({
      outcome: 'fail',
      evidence: [
        'set in the file, but the bounding set still holds NET_RAW',
        'CapDrop ALL',
        '/proc/1/status: CapBnd 0000000000002000: NET_RAW',
      ],
    });
  });

  it('is stale when the container was created without cap_drop ALL', () => {
    const container = facts({
      inspect: inspect({ CapDrop: null }),
      status: status(DOCKER_DEFAULT_CAPS),
    });
    const result = check(asked(), container);
    expect(result.outcome).toBe('stale');
    expect(result.evidence.slice(0, 2)).toEqual(['the file asks cap_drop ALL', 'CapDrop is empty']);
  });

  it('accepts the CAP_ prefix and lower case the engine may record', () => {
    const container = facts({ inspect: inspect({ CapDrop: ['all', 'CAP_NET_RAW'] }) });
    expect(check(asked({ capDrop: ['ALL', 'NET_RAW'] }), container).outcome).toBe('pass');
  });

  it('fails a privileged container whatever cap_drop says', () => {
    const container = facts({ inspect: inspect({ Privileged: true }) });
    expect(check(asked({ privileged: true }), container)).toMatchObject({
      outcome: 'fail',
      sources: ['inspect'],
      evidence: [
        'Privileged true: the engine ignores cap_drop and keeps every capability',
        'CapDrop ALL',
      ],
    });
  });
});
