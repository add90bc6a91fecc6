import {
  chmodSync,
  promises as fs,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type FileOps,
  type FileSnapshot,
  readSnapshot,
  writeSnapshot,
  writeSnapshots,
} from '../../src/cli/files.js';
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

describe('writeSnapshots', () => {
  it('writes every file byte for byte and keeps each mode', async () => {
    const dir = tempStack({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\r\n' });
    chmodSync(path.join(dir, 'a.yaml'), 0o640);
    chmodSync(path.join(dir, 'b.yaml'), 0o600);
    const [a, b] = await readBoth(dir);

    const backups = await writeSnapshots(
      [
        { snapshot: a, text: 'a: 2 # café\n' },
        { snapshot: b, text: 'b: 2\r\n' },
      ],
      { backup: true },
    );

    expect(readFileSync(path.join(dir, 'a.yaml'))).toEqual(Buffer.from('a: 2 # café\n'));
    expect(readFileSync(path.join(dir, 'b.yaml'))).toEqual(Buffer.from('b: 2\r\n'));
    expect(statSync(path.join(dir, 'a.yaml')).mode & 0o7777).toBe(0o640);
    expect(statSync(path.join(dir, 'b.yaml')).mode & 0o7777).toBe(0o600);
    expect(backups).toEqual([`${a.real}.bak`, `${b.real}.bak`]);
    expect(readFileSync(`${b.real}.bak`, 'utf8')).toBe('b: 1\r\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'a.yaml.bak', 'b.yaml', 'b.yaml.bak']);
  });

  it('writes nothing to any file when one of them changed on disk since it was read', async () => {
    const dir = tempStack({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' });
    const [a, b] = await readBoth(dir);
    writeFileSync(path.join(dir, 'b.yaml'), 'b: edited\n');

    const write = writeSnapshots(
      [
        { snapshot: a, text: 'a: 2\n' },
        { snapshot: b, text: 'b: 2\n' },
      ],
      { backup: true },
    );

    await expect(write).rejects.toThrow(UserError);
    await expect(write).rejects.toMatchObject({
      file: 'b.yaml',
      message: 'changed on disk since it was read; nothing was written',
    });
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe('a: 1\n');
    expect(readFileSync(path.join(dir, 'b.yaml'), 'utf8')).toBe('b: edited\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('leaves every file as it was when no temp file can be made beside the second', async () => {
    const dir = tempStack({});
    for (const name of ['first', 'second']) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, 'compose.yaml'), `${name}: 1\n`);
    }
    const first = await readSnapshot(path.join(dir, 'first/compose.yaml'), 'first/compose.yaml');
    const second = await readSnapshot(path.join(dir, 'second/compose.yaml'), 'second/compose.yaml');
    // A read-only folder, in a way that stops root too.
    const readOnly = realpathSync(path.join(dir, 'second'));
    const ops: FileOps = {
      ...fs,
      open: async (file, flags, mode) => {
        if (path.dirname(String(file)) === readOnly) throw errno('EACCES');
        return fs.open(file, flags, mode);
      },
    };

    const write = writeSnapshots(
      [
        { snapshot: first, text: 'first: 2\n' },
        { snapshot: second, text: 'second: 2\n' },
      ],
      { backup: true },
      ops,
    );

    await expect(write).rejects.toMatchObject({
      file: 'second/compose.yaml',
      message: 'permission denied: cannot write it',
    });
    expect(readFileSync(first.real, 'utf8')).toBe('first: 1\n');
    expect(readdirSync(path.join(dir, 'first'))).toEqual(['compose.yaml']);
    expect(readdirSync(path.join(dir, 'second'))).toEqual(['compose.yaml']);
  });

  it('refuses a file that is read-only for the user, though its folder is writable', async () => {
    const dir = tempStack({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' });
    const [a, b] = await readBoth(dir);
    // chmod 444 does not stop root, so the check is given what it returns for someone else.
    const ops: FileOps = {
      ...fs,
      access: async (file, mode) => {
        if (file === b.real) throw errno('EACCES');
        return fs.access(file, mode);
      },
    };

    const write = writeSnapshots(
      [
        { snapshot: a, text: 'a: 2\n' },
        { snapshot: b, text: 'b: 2\n' },
      ],
      { backup: true },
      ops,
    );

    await expect(write).rejects.toMatchObject({
      file: b.shown,
      message: 'is read-only for you; nothing was written',
      hint: 'make it writable (chmod u+w) or run as a user who may write it',
    });
    expect(readFileSync(a.real, 'utf8')).toBe('a: 1\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('puts back the files already replaced when a later rename fails', async () => {
    const dir = tempStack({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' });
    chmodSync(path.join(dir, 'a.yaml'), 0o640);
    const [a, b] = await readBoth(dir);
    const renamedOnto: string[] = [];

    const write = writeSnapshots(
      [
        { snapshot: a, text: 'a: 2\n' },
        { snapshot: b, text: 'b: 2\n' },
      ],
      { backup: true },
      failingRename((to) => to === b.real, renamedOnto),
    );

    await expect(write).rejects.toThrow(UserError);
    await expect(write).rejects.toMatchObject({
      file: 'b.yaml',
      message: 'could not be replaced (EBUSY: injected failure); no file was left changed',
    });
    expect(renamedOnto.filter((to) => to === a.real)).toHaveLength(2);
    expect(readFileSync(a.real)).toEqual(Buffer.from('a: 1\n'));
    expect(statSync(a.real).mode & 0o7777).toBe(0o640);
    expect(readFileSync(b.real, 'utf8')).toBe('b: 1\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('names the files it could not put back, and keeps their backups', async () => {
    const dir = tempStack({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' });
    const [a, b] = await readBoth(dir);
    let renamesOntoA = 0;

    const write = writeSnapshots(
      [
        { snapshot: a, text: 'a: 2\n' },
        { snapshot: b, text: 'b: 2\n' },
      ],
      { backup: true },
      failingRename((to) => to === b.real || (to === a.real && ++renamesOntoA > 1)),
    );

    await expect(write).rejects.toMatchObject({
      file: 'b.yaml',
      message: 'could not be replaced (EBUSY: injected failure); a.yaml kept the new text',
    });
    expect(readFileSync(a.real, 'utf8')).toBe('a: 2\n');
    expect(readFileSync(`${a.real}.bak`, 'utf8')).toBe('a: 1\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'a.yaml.bak', 'b.yaml']);
  });

  it('skips a change that keeps the text: no write and no backup', async () => {
    const dir = tempStack({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' });
    const [a, b] = await readBoth(dir);
    const before = statSync(b.real).ino;

    const backups = await writeSnapshots(
      [
        { snapshot: a, text: 'a: 2\n' },
        { snapshot: b, text: 'b: 1\n' },
      ],
      { backup: true },
    );

    expect(backups).toEqual([`${a.real}.bak`, undefined]);
    expect(statSync(b.real).ino).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'a.yaml.bak', 'b.yaml']);
  });

  it('refuses two changes to one file reached through a symlink', async () => {
    const dir = tempStack({ 'compose.yaml': 'a: 1\n' });
    symlinkSync('compose.yaml', path.join(dir, 'link.yaml'));
    const direct = await readSnapshot(path.join(dir, 'compose.yaml'), 'compose.yaml');
    const linked = await readSnapshot(path.join(dir, 'link.yaml'), 'link.yaml');

    const write = writeSnapshots(
      [
        { snapshot: direct, text: 'a: 2\n' },
        { snapshot: linked, text: 'a: 3\n' },
      ],
      { backup: false },
    );

    await expect(write).rejects.toMatchObject({
      file: 'link.yaml',
      message: 'is the same file as compose.yaml; nothing was written',
    });
    expect(readFileSync(direct.real, 'utf8')).toBe('a: 1\n');
  });
});

async function readBoth(dir: string): Promise<[FileSnapshot, FileSnapshot]> {
  const read = (name: string) => readSnapshot(path.join(dir, name), name);
  return [await read('a.yaml'), await read('b.yaml')];
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure`), { code });
}

/**
 * The real file system, except that renaming onto a path `fails` picks throws EBUSY. Paths
 * renamed onto are logged in `log`, failed or not.
 */
function failingRename(fails: (to: string) => boolean, log: string[] = []): FileOps {
  return {
    ...fs,
    rename: async (from, to) => {
      log.push(String(to));
      if (fails(String(to))) throw errno('EBUSY');
      return fs.rename(from, to);
    },
  };
}
