import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { explainRule } from '../../src/rules/explain.js';
import { RULES } from '../../src/rules/registry.js';

describe('explainRule', () => {
  it('prints the title, severity, every section and the references as plain text', () => {
    const text = explainRule('no-docker-socket');
    expect(text.split('\n').slice(0, 4)).toEqual([
      'no-docker-socket: Do not mount the Docker socket',
      'severity critical',
      '',
      'Problem',
    ]);
    for (const heading of ['Fix', 'Why', 'Known limitations', 'When not to use']) {
      expect(text).toContain(`\n${heading}\n  `);
    }
    expect(text).toContain(
      '\nReferences\n  CIS Docker Benchmark v1.6.0, 5.31: The Docker socket is not mounted inside ' +
        'any containers\n  OWASP Docker Security Cheat Sheet, RULE #1: Do not expose the Docker ' +
        'daemon socket (even to the containers)\n',
    );
  });

  it('keeps every line within 78 columns', () => {
    const long = RULES.flatMap((rule) => explainRule(rule.id).split('\n'))
      .filter((line) => !line.includes('Cheat Sheet') && !line.includes('Benchmark'))
      .filter((line) => line.length > 78);
    expect(long).toEqual([]);
  });

  it('marks a core rule', () => {
    expect(explainRule('user-non-root').split('\n')[1]).toBe('severity high, core rule');
  });

  it('refuses an unknown rule with the list of known ones', () => {
    expect(() => explainRule('no-such-rule')).toThrow(UserError);
    expect(() => explainRule('no-such-rule')).toThrow('unknown rule "no-such-rule"');
  });
});
