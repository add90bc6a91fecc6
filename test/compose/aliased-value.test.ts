import { describe, expect, it } from 'vitest';
import { parseCompose } from '../../src/compose/document.js';
import { singleFileStack } from '../../src/compose/stack.js';
import { renderChoice } from '../../src/plan/apply-plan.js';
import { planStack } from '../../src/plan/plan.js';
import type { Finding, Plan } from '../../src/plan/types.js';
import { loadPresets } from '../../src/presets/load.js';

const presets = loadPresets();
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

function planOf(text: string) {
  const compose = parseCompose(text, 'compose.yaml');
  return { compose, plan: planStack(singleFileStack(compose), presets) };
}

function findingIn(plan: Plan, key: string): Finding {
  const found = plan.services.flatMap((s) => s.findings).find((f) => f.key === key);
  if (!found) throw new Error(`no finding ${key}`);
  return found;
}

/** The file once the named findings are fixed. */
function fixing(text: string, ...keys: string[]): string {
  const { compose, plan } = planOf(text);
  return renderChoice(compose, plan, new Set(keys));
}

const SHARED_USER = yaml(
  'services:',
  '  cache:',
  '    image: redis:7',
  '    user: &u root',
  '  queue:',
  '    image: redis:7',
  '    user: *u',
);

describe('a setting whose value is an anchor other services alias', () => {
  it('offers no fix where the anchor is, and names the anchor and who reads it', () => {
    const found = findingIn(planOf(SHARED_USER).plan, 'cache/user-non-root');
    expect(found.status).toBe('fail');
    expect(found.edits).toEqual([]);
    expect(found.proposed).toBe(false);
    expect(found.reason).toBe(
      'Redis (official image) runs as 999:999; it comes from the anchor &u, that queue also ' +
        'reads: change it there',
    );
  });

  it('replaces an alias with the value in that service alone, leaving the anchor', () => {
    expect(fixing(SHARED_USER, 'queue/user-non-root')).toBe(
      SHARED_USER.replace('user: *u', 'user: "999:999"'),
    );
  });

  it('fixes the alias without the anchor when the other service ignores the rule', () => {
    const text = yaml(
      'services:',
      '  a:',
      '    image: nginx:1.27',
      '    privileged: &priv true',
      '  # compose-harden: ignore no-privileged -- needs the host devices',
      '  b:',
      '    image: nginx:1.27',
      '    privileged: *priv',
    );
    const { plan } = planOf(text);
    expect(findingIn(plan, 'a/no-privileged').edits).toEqual([]);
    expect(findingIn(plan, 'a/no-privileged').reason).toContain(
      'it comes from the anchor &priv, that b also reads: change it there',
    );
    expect(fixing(text, 'a/no-privileged', 'b/no-privileged')).toBe(
      text.replace('privileged: *priv', 'privileged: false'),
    );
  });

  it('names every service that reads the anchor, and says other values when none does', () => {
    const three = yaml(
      'services:',
      '  a:',
      '    image: nginx:1.27',
      '    privileged: &priv true',
      '  b:',
      '    image: nginx:1.27',
      '    privileged: *priv',
      '  c:',
      '    image: nginx:1.27',
      '    privileged: *priv',
    );
    expect(findingIn(planOf(three).plan, 'a/no-privileged').reason).toContain(
      'the anchor &priv, that b and c also read: change it there',
    );
    const self = yaml(
      'services:',
      '  a:',
      '    image: redis:7',
      '    user: &u root',
      '    environment:',
      '      RUN_AS: *u',
    );
    const found = findingIn(planOf(self).plan, 'a/user-non-root');
    expect(found.edits).toEqual([]);
    expect(found.reason).toContain('it comes from the anchor &u, that other values alias');
  });

  it('leaves a list whose anchor another service aliases, and writes the alias out', () => {
    const text = yaml(
      'services:',
      '  a:',
      '    image: redis:7',
      '    security_opt: &opts [label:disable]',
      '  b:',
      '    image: redis:7',
      '    security_opt: *opts',
    );
    const { plan } = planOf(text);
    expect(findingIn(plan, 'a/no-new-privileges').edits).toEqual([]);
    expect(findingIn(plan, 'a/no-unconfined-profiles').edits).toEqual([]);
    expect(fixing(text, 'a/no-new-privileges', 'b/no-new-privileges')).toBe(
      text.replace(
        '    security_opt: *opts\n',
        '    security_opt:\n      - label:disable\n      - no-new-privileges:true\n',
      ),
    );
  });

  it('leaves a list holding an item another service aliases', () => {
    const text = yaml(
      'services:',
      '  a:',
      '    image: redis:7',
      '    cap_add: [&cap SYS_ADMIN]',
      '  b:',
      '    image: redis:7',
      '    cap_add: [*cap]',
    );
    const { plan } = planOf(text);
    expect(findingIn(plan, 'a/cap-add-minimal').edits).toEqual([]);
    expect(findingIn(plan, 'a/cap-add-minimal').reason).toContain(
      'it comes from the anchor &cap, that b also reads: change it there',
    );
    expect(fixing(text, 'a/cap-add-minimal', 'b/cap-add-minimal')).toBe(
      text.replace('    cap_add: [*cap]\n', '    cap_add: []\n'),
    );
  });

  it('overrides in the service a merged value whose anchor another service aliases', () => {
    const text = yaml(
      'x-base: &base',
      '  user: &u root',
      'services:',
      '  a:',
      '    image: redis:7',
      '    <<: *base',
      '  b:',
      '    image: redis:7',
      '    user: *u',
    );
    const found = findingIn(planOf(text).plan, 'a/user-non-root');
    expect(found.edits).toEqual([{ kind: 'set', service: 'a', key: 'user', value: '999:999' }]);
    expect(found.shared).toBeUndefined();
    expect(fixing(text, 'a/user-non-root')).toBe(
      text.replace('    <<: *base\n', '    user: "999:999"\n    <<: *base\n'),
    );
  });
});
