import {
  chmodSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot, writeSnapshot } from '../../src/cli/files.js';
import { UserError } from '../../src/errors.js';
import { tempStack } from '../helpers/run-cli.js';

describe('writeSnapshot', () => {
  it('writes the new text, keeps the mode and leaves a backup of the old text', async () => {
    const dir = tempStack({ 'compose.yaml': 'old\n' });
    const file = path.join(dir, 'compose.yaml');
    chmodSync(file, 0o640);
    const snapshot = await readSnapshot(file, 'compose.yaml');

    const backup = await writeSnapshot(snapshot, 'new\n', { backup: true });

    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(backup).toBe(`${file}.bak`);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).sort()).toEqual(['compose.yaml', 'compose.yaml.bak']);
  });

  it('refuses when the file changed on disk since it was read, and writes nothing', async () => {
    const dir = tempStack({ 'compose.yaml': 'old\n' });
    const file = path.join(dir, 'compose.yaml');
    const snapshot = await readSnapshot(file, 'compose.yaml');
    writeFileSync(file, 'edited by someone else\n');

    const write = writeSnapshot(snapshot, 'new\n', { backup: true });

    await expect(write).rejects.toThrow(UserError);
    await expect(write).rejects.toThrow(/changed on disk since it was read/);
    expect(readFileSync(file, 'utf8')).toBe('edited by someone else\n');
    expect(readdirSync(dir)).toEqual(['compose.yaml']);
  });

  it('writes through a symlink to the real file and keeps the link', async () => {
    const dir = tempStack({ 'real.yaml': 'old\n' });
    symlinkSync('real.yaml', path.join(dir, 'compose.yaml'));
    const snapshot = await readSnapshot(path.join(dir, 'compose.yaml'), 'compose.yaml');

    await writeSnapshot(snapshot, 'new\n', { backup: false });

    expect(readFileSync(path.join(dir, 'real.yaml'), 'utf8')).toBe('new\n');
    expect(statSync(path.join(dir, 'compose.yaml')).isFile()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['compose.yaml', 'real.yaml']);
  });
});

describe('backups', () => {
  it('keeps the first backup when a second write would overwrite it', async () => {
    const dir = tempStack({ 'compose.yaml': 'one\n' });
    const file = path.join(dir, 'compose.yaml');
    await writeSnapshot(await readSnapshot(file, 'compose.yaml'), 'two\n', { backup: true });

    const second = await writeSnapshot(await readSnapshot(file, 'compose.yaml'), 'three\n', {
      backup: true,
    });

    expect(second).toBe(`${file}.bak.1`);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('one\n');
    expect(readFileSync(`${file}.bak.1`, 'utf8')).toBe('two\n');
    expect(readFileSync(file, 'utf8')).toBe('three\n');
  });
});
