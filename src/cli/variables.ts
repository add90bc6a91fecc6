import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseEnvFile } from '../compose/env-file.js';
import type { Lookup } from '../compose/interpolate.js';
import { readSnapshotSync } from './files.js';
import { type Io, writeLine } from './io.js';

/**
 * The variables of each project folder, as Docker Compose takes them: the environment first,
 * then the folder's `.env` (or `--env-file` for the main project). Each file is read once; its
 * problems are warnings, since Compose's own reading of it decides what runs.
 */
export function variablesFor(
  options: { envFile?: string },
  io: Io,
  shownOf: (file: string) => string,
): (dir: string) => Lookup {
  const byDir = new Map<string, Lookup>();
  let first = true;
  return (dir) => {
    const known = byDir.get(dir);
    if (known) return known;
    const given = first && Boolean(options.envFile);
    const file = envFileOf(first ? options : {}, io.cwd, dir);
    first = false;
    const values = given || existsSync(file) ? readEnvFile(file, shownOf(file), io) : new Map();
    const lookup: Lookup = (name) => io.env[name] ?? values.get(name);
    byDir.set(dir, lookup);
    return lookup;
  };
}

/** The file a project's variables come from besides the environment: `--env-file`, else `.env`. */
export function envFileOf(options: { envFile?: string }, cwd: string, dir: string): string {
  return options.envFile ? path.resolve(cwd, options.envFile) : path.join(dir, '.env');
}

function readEnvFile(file: string, shown: string, io: Io): Map<string, string> {
  const { values, problems } = parseEnvFile(readSnapshotSync(file, shown).text);
  for (const problem of problems) {
    writeLine(io.stderr, `${shown}:${problem.line}: warning (ENV_FILE): ${problem.message}`);
  }
  return values;
}
