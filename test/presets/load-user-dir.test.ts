import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadPresets } from '../../src/presets/load.js';
import { presetYaml, tempPresetDir } from './temp-presets.js';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const remove of cleanup) remove();
  cleanup = [];
});

function userDir(files: Record<string, string>): string {
  const temp = tempPresetDir(files);
  cleanup.push(temp.remove);
  return temp.dir;
}

function loadError(dir: string): UserError {
  try {
    loadPresets({ userDir: dir });
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('loadPresets did not throw');
}

describe('loadPresets with a user folder', () => {
  it('replaces a built-in preset that has the same id and searches it first', () => {
    const dir = userDir({ 'postgres.yaml': presetYaml('postgres', { match: 'postgres' }) });
    const presets = loadPresets({ userDir: dir });
    expect(presets[0]?.title).toBe('Test preset postgres');
    expect(presets.filter((preset) => preset.id === 'postgres')).toHaveLength(1);
    expect(presets).toHaveLength(loadPresets().length);
  });

  it('puts a new user preset before the built-in ones', () => {
    const dir = userDir({ 'acme-backup.yaml': presetYaml('acme-backup') });
    expect(
      loadPresets({ userDir: dir })
        .map((preset) => preset.id)
        .slice(0, 2),
    ).toEqual(['acme-backup', 'adminer']);
  });

  it('names the file and the field of a bad preset on one line', () => {
    const dir = userDir({
      'foo.yaml': presetYaml('foo', { user: 'user:\n  image: root\n  recommended: "999"\n' }),
    });
    const error = loadError(dir);
    expect(error.message).toBe('user.recommended: must be UID:GID such as 999:999');
    expect(error.file).toBe(path.join(dir, 'foo.yaml'));
    expect(error.oneLine()).toBe(
      `${path.join(dir, 'foo.yaml')}: user.recommended: must be UID:GID such as 999:999`,
    );
  });

  it('names the line of malformed YAML in a preset', () => {
    const dir = userDir({ 'broken.yaml': '# Broken.\nid: broken\ntitle: a: b\nmatch: []\n' });
    const error = loadError(dir);
    expect(error.line).toBe(3);
    expect(error.oneLine()).toBe(
      `${path.join(dir, 'broken.yaml')}:3: Nested mappings are not allowed in compact mappings (fix the YAML syntax)`,
    );
  });

  it('refuses a preset whose id differs from its file name', () => {
    const error = loadError(userDir({ 'bar.yaml': presetYaml('foo') }));
    expect(error.message).toBe('id: "foo" must equal the file name "bar"');
    expect(error.hint).toBe('rename the file to foo.yaml or change the id');
  });

  it('refuses a user folder that does not exist', () => {
    const missing = path.join(userDir({}), 'nope');
    expect(loadError(missing).oneLine()).toBe(
      `${missing}: preset folder not found (point to a folder of preset .yaml files)`,
    );
  });

  it('refuses a .yml file rather than skipping it silently', () => {
    const dir = userDir({ 'foo.yml': presetYaml('foo') });
    expect(loadError(dir).file).toBe(path.join(dir, 'foo.yml'));
  });

  it('refuses a second fallback preset under a new id', () => {
    const fallback = presetYaml('catch-all', { match: '' }).replace(
      'match: []',
      'match: []\nfallback: true',
    );
    const error = loadError(userDir({ 'catch-all.yaml': fallback }));
    expect(error.message).toBe(
      'exactly one preset must have fallback: true (found: catch-all, generic)',
    );
  });
});
