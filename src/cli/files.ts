import {
  promises as fs,
  constants as fsConstants,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { UserError } from '../errors.js';
import {
  discard,
  type FileOps,
  freeBackupPath,
  type ReplaceFailure,
  replaceAll,
  type Staged,
  stage,
} from './replace-files.js';

export type { FileOps } from './replace-files.js';

/** A file as it was read, so a later write can tell whether someone changed it since. */
export interface FileSnapshot {
  /** The path as the user gave it, for messages. */
  shown: string;
  /** The real path, after symlinks: the one that gets written. */
  real: string;
  text: string;
  mode: number;
}

/** The new text for a file that was read. */
export interface FileChange {
  snapshot: FileSnapshot;
  text: string;
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

/** The same, at once: a stack's files are found while it is parsed (extends, include). */
export function readSnapshotSync(file: string, shown: string): FileSnapshot {
  try {
    const real = realpathSync(file);
    const stat = statSync(real);
    if (stat.isDirectory()) throw new UserError('is a folder, not a file', { file: shown });
    return { shown, real, text: readFileSync(real, 'utf8'), mode: stat.mode & 0o7777 };
  } catch (error) {
    throw asUserError(error, shown, 'read');
  }
}

/** Writes one file the way {@link writeSnapshots} writes several. Returns the backup path. */
export async function writeSnapshot(
  snapshot: FileSnapshot,
  text: string,
  options: { backup: boolean },
): Promise<string | undefined> {
  const [backup] = await writeSnapshots([{ snapshot, text }], options);
  return backup;
}

/**
 * Writes several files, all or nothing. Refuses before writing anything when one of them is no
 * longer the text that was read; stages each new text (and backup) in a temp file beside its
 * target, keeping the mode; then renames them into place, putting back the files already
 * replaced if a rename fails. A change that keeps the text is skipped. Returns each backup path.
 */
export async function writeSnapshots(
  changes: readonly FileChange[],
  options: { backup: boolean },
  ops: FileOps = fs,
): Promise<(string | undefined)[]> {
  for (const { snapshot } of changes) await checkUnchanged(snapshot);
  const edits = changes.filter((change) => change.text !== change.snapshot.text);
  refuseTwice(edits);
  for (const { snapshot } of edits) await refuseReadOnly(snapshot, ops);

  const staged = await stageAll(edits, options.backup, ops);
  const failure = await replaceAll(staged, ops);
  if (failure) throw replaceError(failure);

  const backups = new Map(edits.map((edit, i) => [edit, staged[i]?.backup?.path]));
  return changes.map((change) => backups.get(change));
}

async function checkUnchanged(snapshot: FileSnapshot): Promise<void> {
  const now = await fs.readFile(snapshot.real, 'utf8').catch((error) => {
    throw asUserError(error, snapshot.shown, 'read');
  });
  if (now !== snapshot.text) {
    throw new UserError('changed on disk since it was read; nothing was written', {
      file: snapshot.shown,
      hint: 'run compose-harden again to start from the new content',
    });
  }
}

/**
 * A file its owner made read-only is not ours to replace, though the rename into a writable
 * folder would go through: the new file would even keep the read-only mode.
 */
async function refuseReadOnly(snapshot: FileSnapshot, ops: FileOps): Promise<void> {
  try {
    await ops.access(snapshot.real, fsConstants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw error;
    throw new UserError('is read-only for you; nothing was written', {
      file: snapshot.shown,
      hint: 'make it writable (chmod u+w) or run as a user who may write it',
    });
  }
}

/** Two changes to one real file (a path and a symlink to it) would silently lose the first. */
function refuseTwice(edits: readonly FileChange[]): void {
  const seen = new Map<string, string>();
  for (const { snapshot } of edits) {
    const first = seen.get(snapshot.real);
    if (first !== undefined) {
      throw new UserError(`is the same file as ${first}; nothing was written`, {
        file: snapshot.shown,
        hint: 'pass each file once',
      });
    }
    seen.set(snapshot.real, snapshot.shown);
  }
}

async function stageAll(edits: readonly FileChange[], backup: boolean, ops: FileOps) {
  const staged: Staged[] = [];
  for (const { snapshot, text } of edits) {
    const { real: target, shown, text: original, mode } = snapshot;
    try {
      const backupPath = backup ? await freeBackupPath(target, ops) : undefined;
      staged.push(await stage({ target, shown, text, original, mode }, backupPath, ops));
    } catch (error) {
      await discard(staged, ops);
      throw asUserError(error, shown, 'write');
    }
  }
  return staged;
}

function replaceError({ failed, cause, stuck }: ReplaceFailure): UserError {
  const mapped = asUserError(cause, failed, 'write');
  const why = mapped instanceof Error ? mapped.message : String(mapped);
  if (stuck.length === 0) {
    return new UserError(`could not be replaced (${why}); no file was left changed`, {
      file: failed,
      hint: 'fix the cause and run compose-harden again',
    });
  }
  return new UserError(`could not be replaced (${why}); ${stuck.join(', ')} kept the new text`, {
    file: failed,
    hint: 'put those files back by hand (from their backups, if any) before running again',
  });
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
