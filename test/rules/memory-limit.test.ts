// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'memory-limit';

describe(RULE, () => {
  it("offers the preset's figure as mem_limit, unselected, after the other keys", () => {
    const text = yaml(
      'services:',
      '  db:',
      '    image: postgres:17',
      '    restart: unless-stopped',
    );
    const finding = findingOf(text, 'db', RULE);
    expect([finding.status, finding.recommended, finding.proposed]).toEqual([
      'fail',
      'mem_limit: 1g',
      false,
    ]);
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  db:',
        '    image: postgres:17',
        '    restart: unless-stopped',
        '    mem_limit: 1g',
      ),
    );
  });

  it('replaces an unlimited value in place', () => {
    const text = yaml('services:', '  db:', '    image: postgres:17', '    mem_limit: 0 # no cap');
    expect(fixedBy(text, RULE)).toBe(
      yaml('services:', '  db:', '    image: postgres:17', '    mem_limit: 1g # no cap'),
    );
  });

  it('accepts a limit under deploy.resources or from a variable', () => {
    const deploy = yaml(
      'services:',
      '  db:',
      '    image: postgres:17',
      '    deploy:',
      '      resources:',
      '        limits:',
      '          memory: 2G',
    );
    expect(findingOf(deploy, 'db', RULE).status).toBe('ok');
    const variable = yaml(
      'services:',
      '  db:',
      '    image: postgres:17',
      '    mem_limit: ${PG_MEM:-1g}',
    );
    expect(findingOf(variable, 'db', RULE).status).toBe('ok');
  });

  it('has no figure to offer for an image no preset knows', () => {
    const finding = findingOf(yaml('services:', '  a:', '    image: acme/a:1'), 'a', RULE);
    expect([finding.status, finding.recommended, finding.edits]).toEqual([
      'fail',
      'a memory limit',
      [],
    ]);
  });
});
