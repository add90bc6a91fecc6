import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnvFile } from '../compose/env-file.js';
import { UserError } from '../errors.js';

/** The names Docker Compose looks for, in its order of preference. */
export const DEFAULT_NAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];

/**
 * Finds the compose files the way Docker Compose does, in the order it merges them: every
 * `-f FILE`, else COMPOSE_FILE from the environment or the folder's `.env` (split on
 * COMPOSE_PATH_SEPARATOR, else the platform's path separator), else the first default name
 * in the current folder or the nearest one above it, with its override beside it.
 */
export function discoverComposeFiles(
  files: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): string[] {
  if (files.length > 0) return files.map((file) => path.resolve(cwd, file));

  const dotenv = composeSettings(cwd);
  const separator =
    env.COMPOSE_PATH_SEPARATOR || dotenv.get('COMPOSE_PATH_SEPARATOR') || path.delimiter;
  const list = env.COMPOSE_FILE || dotenv.get('COMPOSE_FILE');
  const fromEnv = list?.split(separator).filter(Boolean) ?? [];
  if (fromEnv.length > 0) return fromEnv.map((file) => path.resolve(cwd, file));

  const main = defaultFileAbove(cwd);
  if (!main) {
    throw new UserError(`no compose file in ${cwd} or a folder above it`, {
      hint: `looked for ${DEFAULT_NAMES.join(', ')}; pass one with -f FILE`,
    });
  }
  const override = overrideBeside(main);
  return override ? [main, override] : [main];
}

/** As Compose does, the first folder from here up to the root that has a default-named file. */
function defaultFileAbove(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    const found = DEFAULT_NAMES.find((name) => existsSync(path.join(dir, name)));
    if (found) return path.join(dir, found);
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The override names Compose looks for beside whichever default file it found, in order. */
const OVERRIDE_NAMES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];

/** The override file Docker Compose merges into a default-named file, when one exists. */
function overrideBeside(file: string): string | undefined {
  if (!DEFAULT_NAMES.includes(path.basename(file))) return undefined;
  const dir = path.dirname(file);
  const found = OVERRIDE_NAMES.find((name) => existsSync(path.join(dir, name)));
  return found ? path.join(dir, found) : undefined;
}
/** The folder's `.env`, where Compose also reads COMPOSE_FILE; empty when there is none. */
function composeSettings(cwd: string): Map<string, string> {
  const file = path.join(cwd, '.env');
  if (!existsSync(file)) return new Map();
  try {
    return parseEnvFile(readFileSync(file, 'utf8')).values;
  } catch {
    // An unreadable .env is reported where its variables are read; here it names no file.
    return new Map();
  }
}
