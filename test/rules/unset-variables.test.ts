import { describe, expect, it } from 'vitest';
import { applyStackEdits } from '../../src/compose/apply-stack.js';
import { parseCompose } from '../../src/compose/document.js';
import { loadStack } from '../../src/compose/stack.js';
import { planStack } from '../../src/plan/plan.js';
import { editsFor } from '../../src/plan/select.js';
import type { Finding } from '../../src/plan/types.js';
import { loadPresets } from '../../src/presets/load.js';
import { yaml } from './harness.js';

const presets = loadPresets();

/** One file read as the CLI reads it, with `env` as every variable there is. */
function stackOf(text: string, env: Record<string, string> = {}) {
  return loadStack({
    files: ['/stack/compose.yaml'],
    open: () => parseCompose(text, 'compose.yaml'),
    lookup: () => (name) => env[name],
  });
}

function findingOf(text: string, rule: string, env: Record<string, string> = {}): Finding {
  const found = planStack(stackOf(text, env), presets)
    .services.flatMap((s) => s.findings)
    .find((f) => f.rule === rule);
  if (!found) throw new Error(`no ${rule} finding`);
  return found;
}

const redis = (...lines: string[]) => yaml('services:', '  r:', '    image: redis:7', ...lines);

describe('a value whose variable is not set', () => {
  it('counts user: ${U} as empty, so redis runs as root, and names U', () => {
    const finding = findingOf(redis('    user: ${U}'), 'user-non-root');
    expect([finding.status, finding.current, finding.line]).toEqual([
      'fail',
      '"" (from ${U}, U is not set)',
      4,
    ]);
    expect(finding.reason).toMatch(/^an empty user runs as the image's own user; /);
  });

  it('still passes user: ${U} once U is set to a non-root user', () => {
    const finding = findingOf(redis('    user: ${U}'), 'user-non-root', { U: '999:999' });
    expect([finding.status, finding.current]).toEqual(['ok', '999:999 (from ${U})']);
  });

  it('offers no fix that would write over ${U}, and says why', () => {
    const finding = findingOf(redis('    user: ${U}'), 'user-non-root');
    expect(finding.edits).toEqual([]);
    expect(finding.reason).toMatch(/it comes from a \$\{VAR\}: change it there$/);
  });

  const IMAGE = '    image: redis:7';
  it.each([
    ['ports-loopback', '    ports: ["${P}:80"]', 'fail', ':80 (from ${P}, P is not set)'],
    ['ports-loopback', '    ports: ["${IP}:81:81"]', 'fail', ':81:81 (from ${IP}, IP is not set)'],
    ['read-only-rootfs', '    read_only: ${RO}', 'fail', '"" (from ${RO}, RO is not set)'],
    ['no-privileged', '    privileged: ${PRIV}', 'ok', '"" (from ${PRIV}, PRIV is not set)'],
    ['cap-drop-all', '    cap_drop: ["${D}"]', 'fail', '"" (from ${D}, D is not set)'],
    ['no-new-privileges', '    security_opt: ["${S}"]', 'fail', '"" (from ${S}, S is not set)'],
    ['restart-policy', '    restart: ${R}', 'fail', '"" (from ${R}, R is not set)'],
    ['image-pinned', '    image: redis:${TAG}', 'unknown', 'redis: (from ${TAG}, TAG is not set)'],
    [
      'no-docker-socket',
      '    volumes: ["${SOCK}:/var/run/docker.sock"]',
      'fail',
      ':/var/run/docker.sock (from ${SOCK}, SOCK is not set)',
    ],
    [
      'no-sensitive-mounts',
      '    volumes: ["${ROOT}/etc:/host-etc"]',
      'fail',
      '/etc:/host-etc (from ${ROOT}, ROOT is not set)',
    ],
  ])('judges %s on `%s` with the empty value Compose runs: %s', (rule, line, status, current) => {
    const image = line.includes('image:') ? [] : [IMAGE];
    const finding = findingOf(yaml('services:', '  r:', ...image, line), rule);
    expect([finding.status, finding.current]).toEqual([status, current]);
  });

  it('takes an empty cap_add item for no capability at all', () => {
    const finding = findingOf(
      redis('    cap_drop: [ALL]', '    cap_add: ["${CAP}"]'),
      'cap-add-minimal',
    );
    expect(finding.status).toBe('ok');
  });

  it('warns once per variable, on the line that uses it', () => {
    const stack = stackOf(redis('    user: ${U}', '    ports:', '      - "${P}:80"'));
    expect(stack.warnings).toEqual([
      {
        file: 'compose.yaml',
        line: 4,
        code: 'VARIABLE',
        message: 'variable U is not set: Compose puts an empty string in its place',
      },
      {
        file: 'compose.yaml',
        line: 6,
        code: 'VARIABLE',
        message: 'variable P is not set: Compose puts an empty string in its place',
      },
    ]);
  });

  it('leaves every ${...} of the file in place when every fix is taken', () => {
    const text = redis(
      '    user: ${U}',
      '    read_only: ${RO}',
      '    cap_drop: ["${D}"]',
      '    security_opt: ["${S}"]',
      '    restart: ${R}',
      '    ports: ["${P}:80", "${IP}:81:81"]',
      '    volumes: ["${SOCK}:/var/run/docker.sock", "${ROOT}/etc:/host-etc"]',
    );
    const stack = stackOf(text);
    const plan = planStack(stack, presets);
    const failing = plan.services.flatMap((s) => s.findings).filter((f) => f.status === 'fail');
    const after = applyStackEdits(stack, editsFor(plan, new Set(failing.map((f) => f.key))));
    const written = after[0]?.after ?? '';
    for (const expression of text.match(/\$\{[^}]*\}/g) ?? []) {
      expect(written).toContain(expression);
    }
    expect(written).toContain('"127.0.0.1:${P}:80"');
  });
});
