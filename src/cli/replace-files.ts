import { randomBytes } from 'node:crypto';
import type { promises as fs } from 'node:fs';
import path from 'node:path';

/** The file operations a write uses: `fs.promises`, or a stand-in that fails on cue in tests. */
export type FileOps = Pick<typeof fs, 'open' | 'chmod' | 'rename' | 'rm' | 'lstat' | 'access'>;

/** One file's new text, and its backup, staged in temp files beside it. */
export interface Staged {
  target: string;
  /** The path as the user gave it, for messages. */
  shown: string;
  temp: string;
  /** The text the target had, to put back if a later file cannot be replaced. */
  original: string;
  mode: number;
  backup: { temp: string; path: string } | undefined;
}

/** Which file replaceAll could not replace, and which earlier ones it could not put back. */
export interface ReplaceFailure {
  failed: string;
  cause: unknown;
  stuck: string[];
}

/** Stages `text` for `target`, and `original` for `backupPath` when given; cleans up on failure. */
export async function stage(
  change: Omit<Staged, 'temp' | 'backup'> & { text: string },
  backupPath: string | undefined,
  ops: FileOps,
): Promise<Staged> {
  const { target, shown, text, original, mode } = change;
  const backup = backupPath
    ? { temp: await stageTemp(backupPath, original, mode, ops), path: backupPath }
    : undefined;
  try {
    const temp = await stageTemp(target, text, mode, ops);
    return { target, shown, temp, original, mode, backup };
  } catch (error) {
    await removeAll(backup ? [backup.temp] : [], ops);
    throw error;
  }
}

/**
 * Renames each staged file into place, in order. When one fails, removes the temps left and
 * puts back the files already replaced, and says so instead of throwing.
 */
export async function replaceAll(
  staged: readonly Staged[],
  ops: FileOps,
): Promise<ReplaceFailure | undefined> {
  for (const [index, entry] of staged.entries()) {
    try {
      await place(entry, ops);
    } catch (cause) {
      await discard(staged.slice(index), ops);
      return { failed: entry.shown, cause, stuck: await putBack(staged.slice(0, index), ops) };
    }
  }
  return undefined;
}

/** Removes the temp files of staged changes that will not be written. */
export async function discard(staged: readonly Staged[], ops: FileOps): Promise<void> {
  const temps = staged.flatMap(({ temp, backup }) => (backup ? [temp, backup.temp] : [temp]));
  await removeAll(temps, ops);
}

/** FILE.bak, or FILE.bak.1, .2... when earlier runs left theirs: an older backup is never lost. */
export async function freeBackupPath(file: string, ops: FileOps): Promise<string> {
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? `${file}.bak` : `${file}.bak.${n}`;
    const taken = await ops.lstat(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}

/** The backup first, so a replaced file always has one; no backup is left for a failed write. */
async function place({ target, temp, backup }: Staged, ops: FileOps): Promise<void> {
  if (backup) await ops.rename(backup.temp, backup.path);
  try {
    await ops.rename(temp, target);
  } catch (error) {
    if (backup) await removeAll([backup.path], ops);
    throw error;
  }
}

/** Rewrites replaced files with their original text; returns those it could not. */
async function putBack(replaced: readonly Staged[], ops: FileOps): Promise<string[]> {
  const stuck: string[] = [];
  for (const { target, shown, original, mode, backup } of replaced) {
    try {
      const temp = await stageTemp(target, original, mode, ops);
      await ops.rename(temp, target).catch(async (error: unknown) => {
        await removeAll([temp], ops);
        throw error;
      });
      if (backup) await removeAll([backup.path], ops);
    } catch {
      stuck.push(shown);
    }
  }
  return stuck;
}

/** A new file beside `target` (the same folder, so a rename replaces it in one step). */
async function stageTemp(target: string, text: string, mode: number, ops: FileOps) {
  const name = `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`;
  const temp = path.join(path.dirname(target), name);
  try {
    const handle = await ops.open(temp, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The mode given to open is masked by the umask.
    await ops.chmod(temp, mode);
    return temp;
  } catch (error) {
    await removeAll([temp], ops);
    throw error;
  }
}

/** Cleanup after a failure must not hide the error that caused it. */
async function removeAll(paths: readonly string[], ops: FileOps): Promise<void> {
  await Promise.allSettled(paths.map((file) => ops.rm(file, { force: true })));
}
