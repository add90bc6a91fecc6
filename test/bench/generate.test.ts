import { describe, expect, it } from 'vitest';
import { generateCompose } from '../../bench/generate.js';
import { parseCompose } from '../../src/compose/document.js';
import { listServices } from '../../src/compose/services.js';

describe('the benchmark file generator', () => {
  const text = generateCompose();

  it('writes the same bytes for the same seed, and other bytes for another', () => {
    expect(generateCompose()).toBe(text);
    expect(generateCompose({ seed: 2 })).not.toBe(text);
  });

  it('writes about 13k lines with anchors, merges, comments and every port syntax', () => {
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(12_000);
    expect(lines.length).toBeLessThan(15_000);
    for (const piece of ['<<: *common', '<<: *env', '# ', '- target: ', 'ports: ["', '-700']) {
      expect(text).toContain(piece);
    }
  });

  it('writes a file our parser accepts, without warnings, with 1,000 services', () => {
    const compose = parseCompose(text, 'compose.yaml');
    expect(compose.warnings).toEqual([]);
    expect(listServices(compose)).toHaveLength(1000);
  });

  it('writes the same data without aliases when asked to expand them', () => {
    const expanded = generateCompose({ expandAliases: true });
    expect(expanded).not.toMatch(/[&*<]/);
    expect(parseCompose(expanded, 'expanded.yaml').data).toEqual(
      parseCompose(text, 'compose.yaml').data,
    );
  });
});
