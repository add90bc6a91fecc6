import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseEnvFile } from '../compose/env-file.js';
import type { Lookup } from '../compose/interpolate.js';
import { readSnapshotSync } from './files.js';
import { type Io, writeLine } from './io.js';

/**
 * The variables of each project, as Docker Compose takes them: the environment first, then the
 * folder's `.env` (`--env-file` for the main project, an include's `env_file:` for the project
 * it includes). Each file is read once; its problems are warnings, since Compose's own reading
 * of it decides what runs. A missing `.env` is none; a missing file that was named is an error.
 */
export function variablesFor(
  options: { envFile?: string },
  io: Io,
  shownOf: (file: string) => string,
): (dir: string, envFiles?: readonly string[]) => Lookup {
  const known = new Map<string, Lookup>();
  let first = true;
  return (dir, envFiles) => {
    const key = envFiles ? ['', ...envFiles].join('\0') : dir;
    const cached = known.get(key);
    if (cached) return cached;
    const given = first && Boolean(options.envFile);
    const file = envFileOf(first ? options : {}, io.cwd, dir);
    first = false;
    const files = envFiles ?? (given || existsSync(file) ? [file] : []);
    const values = new Map<string, string>();
    // A later file wins, and may use the values of those before it.
    for (const f of files) {
      for (const [name, value] of readEnvFile(f, shownOf(f), io, values)) values.set(name, value);
    }
    const lookup: Lookup = (name) => io.env[name] ?? values.get(name);
    known.set(key, lookup);
    return lookup;
  };
}

/** The file a project's variables come from besides the environment: `--env-file`, else `.env`. */
export function envFileOf(options: { envFile?: string }, cwd: string, dir: string): string {
  return options.envFile ? path.resolve(cwd, options.envFile) : path.join(dir, '.env');
}

function readEnvFile(
  file: string,
  shown: string,
  io: Io,
  earlier: ReadonlyMap<string, string>,
): Map<string, string> {
  const text = readSnapshotSync(file, shown).text;
  const { values, problems } = parseEnvFile(text, (name) => earlier.get(name));
  for (const problem of problems) {
    writeLine(io.stderr, `${shown}:${problem.line}: warning (ENV_FILE): ${problem.message}`);
  }
  return values;
}
