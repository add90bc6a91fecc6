import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/compose/apply.js';
import { parseCompose } from '../../src/compose/document.js';
import { planFile } from '../../src/plan/plan.js';
import { loadPresets } from '../../src/presets/load.js';
import { matchPreset } from '../../src/presets/match.js';
import type { Preset } from '../../src/presets/schema.js';

const presets = loadPresets();
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

/** Concrete references a pattern stands for: `*` as a registry, or as part of a name. */
function referencesFor(pattern: string): string[] {
  const segments = pattern.split('/');
  const registryWildcard = segments.length > 1 && segments[0]?.includes('*');
  const concrete = registryWildcard
    ? ['mirror.example.com', ...segments.slice(1)].join('/')
    : pattern.replaceAll('*', 'x');
  return [concrete, `${concrete}:1.2.3`, `${concrete}:1.2.3@${DIGEST}`];
}

const cases = presets.flatMap((preset) =>
  preset.match.flatMap((pattern) =>
    referencesFor(pattern).map((ref) => [preset.id, pattern, ref] as const),
  ),
);

describe('every built-in preset', () => {
  it('has at least 30 image families besides the generic fallback', () => {
    expect(presets.filter((preset) => !preset.fallback).length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s: pattern %s matches %s', (id, _, ref) => {
    expect(matchPreset(presets, ref, false).preset.id).toBe(id);
  });

  const withHealthcheck = presets.filter((preset) => preset.healthcheck?.test);
  it.each(withHealthcheck.map((preset) => [preset.id, preset] as const))(
    '%s: its health check is written as valid YAML that the next check accepts',
    (_, preset: Preset) => {
      const image = referencesFor(preset.match[0] ?? '')[1];
      const text = `services:\n  s:\n    image: ${image}\n`;
      const compose = parseCompose(text, 'compose.yaml');
      const edits = planFile(compose, presets)
        .services.flatMap((s) => s.findings)
        .filter((f) => f.rule === 'healthcheck')
        .flatMap((f) => f.edits);
      const again = parseCompose(applyEdits(compose, edits), 'compose.yaml');
      expect(again.doc.getIn(['services', 's', 'healthcheck', 'test'])).toBeDefined();
      const check = planFile(again, presets).services[0]?.findings.find(
        (f) => f.rule === 'healthcheck',
      );
      expect(check?.status).toBe('ok');
    },
  );

  it('keeps the facts of the new fields consistent', () => {
    const edge = presets.filter((preset) => preset.ports?.edge).map((preset) => preset.id);
    expect(edge.sort()).toEqual([
      'caddy',
      'haproxy',
      'httpd',
      'nginx',
      'nginx-unprivileged',
      'traefik',
    ]);
    const inImage = presets.filter((preset) => preset.healthcheck?.inImage).map((p) => p.id);
    expect(inImage).toEqual(['vaultwarden']);
  });
});
