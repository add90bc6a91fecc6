import { describe, expect, it } from 'vitest';
import type { ContainerFacts, ServiceExpectation } from '../../../src/verify/types.js';
import { asked, facts, inspect, ruleResult } from '../fixtures.js';

const check = (expectation: ServiceExpectation, container: ContainerFacts) =>
  ruleResult('user-non-root', expectation, container);

describe('verify user-non-root', () => {
  it('passes with the configured user, the UIDs from top and PID 1', () => {
    expect(check(asked(), facts())).toEqual({
      rule: 'user-non-root',
      outcome: 'pass',
      sources: ['inspect', 'top', 'proc-status'],
      evidence: [
        'Config.User is "1000:1000"',
        'top: 1 process, none as UID 0',
        '/proc/1/status: Uid 1000',
      ],
    });
  });

  it('fails and names a process still running as UID 0', () => {
    const processes = [
      { uid: 0, command: 'su-exec 1000 nginx' },
      { uid: 1000, command: 'nginx: worker process' },
    ];
    const result = check(asked(), facts({ processes }));
    expect(result.outcome).toBe('fail');
    expect(result.evidence).toContain('top: "su-exec 1000 nginx" runs as UID 0');
  });

  it('is stale when the container was created without the user the file asks', () => {
    const result = check(asked(), facts({ inspect: inspect({}, '') }));
    expect(result.outcome).toBe('stale');
    expect(result.evidence[0]).toBe('the file asks user "1000:1000"');
    expect(result.hint).toBe('recreate it with `docker compose up -d web`');
  });

  it('fails an unset user when the container runs as root', () => {
    const status = { uids: [0, 0, 0, 0], noNewPrivs: false, capBnd: '0', capEff: '0' };
    const result = check(
      asked({ user: undefined }),
      facts({ inspect: inspect({}, ''), processes: [{ uid: 0, command: 'sleep 3600' }], status }),
    );
    expect(result.outcome).toBe('fail');
    expect(result.evidence).toEqual([
      'not set in the file',
      'Config.User is empty (root)',
      'top: "sleep 3600" runs as UID 0',
      '/proc/1/status: Uid 0',
    ]);
  });

  it("passes an unset user when the image's own user is not root", () => {
    const result = check(asked({ user: undefined }), facts({ inspect: inspect({}, '101') }));
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0]).toBe("not set in the file; the image's user is not root");
  });

  it('judges from Config.User alone when neither top nor /proc/1/status could be read', () => {
    const result = check(asked(), facts({ processes: undefined, status: undefined }));
    expect(result).toMatchObject({ outcome: 'pass', sources: ['inspect'] });
  });
});
