import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/compose/apply.js';
import { parseCompose } from '../../src/compose/document.js';
import { singleFileStack } from '../../src/compose/stack.js';
import { planStack } from '../../src/plan/plan.js';
import { editsFor } from '../../src/plan/select.js';
import type { Finding } from '../../src/plan/types.js';
import { loadPresets } from '../../src/presets/load.js';

const presets = loadPresets();
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

function findingOf(text: string, key: string): Finding {
  const plan = planStack(singleFileStack(parseCompose(text, 'compose.yaml')), presets);
  const found = plan.services.flatMap((s) => s.findings).find((f) => f.key === key);
  if (!found) throw new Error(`no finding ${key}`);
  return found;
}

describe('a list item that is an alias or a shared anchor', () => {
  it('binds a port that is an alias by writing the bound text in its place, not the anchor', () => {
    const text = yaml(
      'x-port: &p "18100:80"',
      'services:',
      '  a:',
      '    image: nginx:1.27',
      '    ports:',
      '      - *p',
      '  b:',
      '    image: nginx:1.27',
      '    ports: [*p]',
    );
    const compose = parseCompose(text, 'compose.yaml');
    const plan = planStack(singleFileStack(compose), presets);
    const keys = new Set(['a/ports-loopback', 'b/ports-loopback']);
    expect(
      plan.services.flatMap((s) => s.findings).filter((f) => keys.has(f.key) && f.proposed),
    ).toHaveLength(2);
    expect(applyEdits(compose, editsFor(plan, keys))).toBe(
      yaml(
        'x-port: &p "18100:80"',
        'services:',
        '  a:',
        '    image: nginx:1.27',
        '    ports:',
        '      - "127.0.0.1:18100:80"',
        '  b:',
        '    image: nginx:1.27',
        '    ports: ["127.0.0.1:18100:80"]',
      ),
    );
  });

  it('offers no fix for a port aliasing a long-syntax mapping, and names its anchor', () => {
    const text = yaml(
      'x-port: &p {target: 80, published: 18100}',
      'services:',
      '  a:',
      '    image: nginx:1.27',
      '    ports:',
      '      - *p',
    );
    const found = findingOf(text, 'a/ports-loopback');
    expect(found.edits).toEqual([]);
    expect(found.proposed).toBe(false);
    expect(found.reason).toBe(
      '18100->80 listens on every interface; it comes from the anchor &p: change it there',
    );
  });

  it('offers no fix for a port of a list that is an alias', () => {
    const text = yaml(
      'x-ports: &ports ["18100:80"]',
      'services:',
      '  a:',
      '    image: nginx:1.27',
      '    ports: *ports',
    );
    expect(findingOf(text, 'a/ports-loopback').edits).toEqual([]);
  });

  it('leaves an anchored port that another service aliases, since the fix would reach it', () => {
    const text = yaml(
      'services:',
      '  a:',
      '    image: nginx:1.27',
      '    ports:',
      '      - &q "18200:80"',
      '  b:',
      '    image: nginx:1.27',
      '    ports:',
      '      - *q',
    );
    const found = findingOf(text, 'a/ports-loopback');
    expect(found.edits).toEqual([]);
    expect(found.reason).toBe(
      '18200:80 listens on every interface; it comes from the anchor &q, that b also reads: ' +
        'change it there',
    );
  });

  it('offers no fix for a volume that is an alias', () => {
    const text = yaml(
      'x-vol: &v /etc:/host-etc',
      'services:',
      '  a:',
      '    image: nginx:1.27',
      '    volumes:',
      '      - *v',
    );
    const found = findingOf(text, 'a/no-sensitive-mounts');
    expect(found.edits).toEqual([]);
    expect(found.reason).toContain('it comes from the anchor &v: change it there');
  });

  it('still fixes an anchored port that nothing aliases', () => {
    const text = yaml(
      'services:',
      '  a:',
      '    image: nginx:1.27',
      '    ports:',
      '      - &q "80:80"',
    );
    expect(findingOf(text, 'a/ports-loopback').edits).toEqual([
      { kind: 'port', service: 'a', index: 0, short: '127.0.0.1:80:80', hostIp: '127.0.0.1' },
    ]);
  });
});
