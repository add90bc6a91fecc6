import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/** A file as it was read, so a later write can tell whether someone changed it since. */
export interface FileSnapshot {
  /** The path as the user gave it, for messages. */
  shown: string;
  /** The real path, after symlinks: the one that gets written. */
  real: string;
  text: string;
  mode: number;
}

export async function readSnapshot(file: string, shown: string): Promise<FileSnapshot> {
  try {
    const real = await fs.realpath(file);
    const stat = await fs.stat(real);
    if (stat.isDirectory()) throw new UserError('is a folder, not a file', { file: shown });
    const text = await fs.readFile(real, 'utf8');
    return { shown, real, text, mode: stat.mode & 0o7777 };
  } catch (error) {
    throw asUserError(error, shown, 'read');
  }
}

/**
 * Writes atomically: a temp file in the same folder, then rename, keeping the mode. Refuses
 * when the file on disk is no longer the text that was read. Returns the backup path.
 */
export async function writeSnapshot(
  snapshot: FileSnapshot,
  text: string,
  options: { backup: boolean },
): Promise<string | undefined> {
  const now = await fs.readFile(snapshot.real, 'utf8').catch((e) => {
    throw asUserError(e, snapshot.shown, 'read');
  });
  if (now !== snapshot.text) {
    throw new UserError('changed on disk since it was read; nothing was written', {
      file: snapshot.shown,
      hint: 'run compose-harden again to start from the new content',
    });
  }
  const backup = options.backup ? await freeBackupPath(snapshot.real) : undefined;
  if (backup) await atomicWrite(backup, snapshot.text, snapshot.mode, snapshot.shown);
  await atomicWrite(snapshot.real, text, snapshot.mode, snapshot.shown);
  return backup;
}

/** FILE.bak, or FILE.bak.1, .2... when earlier runs left theirs: an older backup is never lost. */
async function freeBackupPath(file: string): Promise<string> {
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? `${file}.bak` : `${file}.bak.${n}`;
    const taken = await fs.lstat(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}

async function atomicWrite(target: string, text: string, mode: number, shown: string) {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.chmod(temp, mode);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw asUserError(error, shown, 'write');
  }
}

function asUserError(error: unknown, file: string, verb: 'read' | 'write'): unknown {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const messages: Record<string, [string, string]> = {
    ENOENT: ['file not found', 'check the path, or pass the compose file with -f'],
    EACCES: [`permission denied: cannot ${verb} it`, 'check the file and folder permissions'],
    EPERM: [`not permitted to ${verb} it`, 'check the file and folder permissions'],
    EISDIR: ['is a folder, not a file', 'pass the compose file itself with -f'],
    EROFS: ['is on a read-only file system', 'copy it somewhere writable'],
    ENOSPC: ['no space left on the device', 'free some space and run again'],
  };
  const known = code ? messages[code] : undefined;
  if (!known) return error;
  return new UserError(known[0], { file, hint: known[1] });
}
