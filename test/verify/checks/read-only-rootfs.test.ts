import { describe, expect, it } from 'vitest';
import type { ContainerFacts, ServiceExpectation } from '../../../src/verify/types.js';
import { asked, facts, inspect, ruleResult } from '../fixtures.js';

const check = (expectation: ServiceExpectation, container: ContainerFacts) =>
  ruleResult('read-only-rootfs', expectation, container);

describe('verify read-only-rootfs', () => {
  it('passes with a read-only root and the tmpfs mounts the file asks', () => {
    expect(check(asked(), facts())).toEqual({
      rule: 'read-only-rootfs',
      outcome: 'pass',
      sources: ['inspect'],
      evidence: ['ReadonlyRootfs true', 'tmpfs on /tmp'],
    });
  });

  it('counts tmpfs volumes from Mounts as well as HostConfig.Tmpfs', () => {
    const container = facts({
      inspect: { ...inspect(), Mounts: [{ Type: 'tmpfs', Destination: '/cache' }] },
    });
    const result = check(asked({ tmpfs: ['/cache', '/tmp'] }), container);
    expect(result).toMatchObject({
      outcome: 'pass',
      evidence: ['ReadonlyRootfs true', 'tmpfs on /cache, /tmp'],
    });
  });

  it('is stale when the file says read_only but the container was created writable', () => {
    const container = facts({ inspect: inspect({ ReadonlyRootfs: false, Tmpfs: null }) });
    expect(check(asked(), container)).toEqual({
      rule: 'read-only-rootfs',
      outcome: 'stale',
      sources: ['inspect'],
      evidence: [
        'the file asks read_only: true',
        'the file asks tmpfs on /tmp',
        'ReadonlyRootfs false',
        'no tmpfs mounts',
      ],
      hint: 'recreate it with `docker compose up -d web`',
    });
  });

  it('fails when the file does not ask for it', () => {
    const container = facts({ inspect: inspect({ ReadonlyRootfs: false, Tmpfs: null }) });
    const result = check(asked({ readOnly: false, tmpfs: [] }), container);
    expect(result.outcome).toBe('fail');
    expect(result.evidence[0]).toBe(
      'not set in the file, and the container runs with a writable root',
    );
  });
});
