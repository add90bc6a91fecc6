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
    const given = first && options.envFile ? path.resolve(io.cwd, options.envFile) : undefined;
    first = false;
    const file = given ?? path.join(dir, '.env');
    const values = given || existsSync(file) ? readEnvFile(file, shownOf(file), io) : new Map();
    const lookup: Lookup = (name) => io.env[name] ?? values.get(name);
    byDir.set(dir, lookup);
    return lookup;
  };
}

function readEnvFile(file: string, shown: string, io: Io): Map<string, string> {
  const { values, problems } = parseEnvFile(readSnapshotSync(file, shown).text);
  for (const problem of problems) {
    writeLine(io.stderr, `${shown}:${problem.line}: warning (ENV_FILE): ${problem.message}`);
  }
  return values;
}
