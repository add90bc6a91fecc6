import { describe, expect, it } from 'vitest';
import { asked, facts, inspect, ruleResult } from '../fixtures.js';

describe('verify no-privileged', () => {
  it('passes an unprivileged container', () => {
    expect(ruleResult('no-privileged', asked(), facts()).evidence).toEqual(['Privileged false']);
  });

  it('fails a container the file makes privileged', () => {
    const result = ruleResult(
      'no-privileged',
      asked({ privileged: true }),
      facts({ inspect: inspect({ Privileged: true }) }),
    );
    expect(result).toMatchObject({
      outcome: 'fail',
      evidence: ['the file sets privileged: true', 'Privileged true'],
    });
  });

  it('is stale when privileged was removed from the file but not from the container', () => {
    const result = ruleResult(
      'no-privileged',
      asked(),
      facts({ inspect: inspect({ Privileged: true }) }),
    );
    expect(result).toMatchObject({
      outcome: 'stale',
      evidence: ['the file does not set privileged', 'Privileged true'],
    });
  });
});
