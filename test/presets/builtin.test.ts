import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPresets } from '../../src/presets/load.js';
import { ROOT } from '../helpers/run-cli.js';

const BUILT = path.join(ROOT, 'dist', 'presets', 'builtin.js');

describe.skipIf(!existsSync(BUILT))('the presets validated at build time', () => {
  it('are the built-in YAML presets, validated, in the same order', async () => {
    const { readBuiltinPresets } = await import(BUILT);
    expect(readBuiltinPresets()).toEqual(loadPresets());
  });
});

describe('the presets read from source', () => {
  it('have no build output next to them, so the YAML is read and validated', async () => {
    const { readBuiltinPresets } = await import('../../src/presets/builtin.js');
    expect(readBuiltinPresets()).toBeUndefined();
  });
});
