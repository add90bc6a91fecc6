import { describe, expect, it } from 'vitest';
import type { ContainerFacts, ServiceExpectation } from '../../../src/verify/types.js';
import { asked, DOCKER_DEFAULT_CAPS, facts, inspect, ruleResult } from '../fixtures.js';

const check = (expectation: ServiceExpectation, container: ContainerFacts) =>
  ruleResult('cap-add-minimal', expectation, container);

describe('verify cap-add-minimal', () => {
  it('passes with nothing added and an empty effective set', () => {
    expect(check(asked(), facts())).toEqual({
      rule: 'cap-add-minimal',
      outcome: 'pass',
      sources: ['inspect', 'proc-status'],
      evidence: ['CapAdd is empty', '/proc/1/status: CapEff 0000000000000000 (empty)'],
    });
  });

  it('says so when cap_add cannot reach a non-root process', () => {
    const container = facts({ inspect: inspect({ CapAdd: ['NET_BIND_SERVICE'] }) });
    const result = check(asked({ capAdd: ['NET_BIND_SERVICE'] }), container);
    expect(result.outcome).toBe('pass');
    expect(result.evidence).toContain('a non-root process gets nothing from cap_add');
  });

  it("fails without cap_drop ALL, naming Docker's defaults the process holds", () => {
    const status = {
      uids: [0, 0, 0, 0],
      noNewPrivs: false,
      capBnd: DOCKER_DEFAULT_CAPS,
      capEff: DOCKER_DEFAULT_CAPS,
    };
    const container = facts({ inspect: inspect({ CapDrop: null }, ''), status });
    const result = check(asked({ capDrop: [], user: undefined }), container);
    expect(result.outcome).toBe('fail');
    expect(result.evidence[0]).toBe(
      "without cap_drop ALL the process keeps Docker's default capabilities",
    );
    expect(result.evidence[2]).toMatch(
      /^\/proc\/1\/status: CapEff 00000000a80425fb: AUDIT_WRITE, CHOWN, /,
    );
  });

  it('is stale when the container was created with another cap_add', () => {
    const container = facts({ inspect: inspect({ CapAdd: ['SYS_ADMIN'] }) });
    expect(check(asked(), container)).toMatchObject({
      outcome: 'stale',
      evidence: [
        'the file asks cap_add nothing',
        'CapAdd SYS_ADMIN',
        '/proc/1/status: CapEff 0000000000000000 (empty)',
      ],
    });
  });

  it('fails cap_add ALL', () => {
    const container = facts({ inspect: inspect({ CapAdd: ['ALL'] }) });
    expect(check(asked({ capAdd: ['ALL'] }), container).evidence[0]).toBe('the file adds ALL');
  });
});
