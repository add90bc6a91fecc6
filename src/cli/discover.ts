import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/** The names Docker Compose looks for, in its order of preference. */
export const DEFAULT_NAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];

/**
 * Finds the compose file the way Docker Compose does: `-f FILE`, else COMPOSE_FILE, else the
 * default names in the current folder.
 */
export function discoverComposeFile(
  files: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): string {
  if (files.length > 1) {
    throw new UserError('several -f files are not supported yet', {
      hint: 'run once per file; merging files is tracked in issue #7',
    });
  }
  const [given] = files;
  if (given) return path.resolve(cwd, given);

  const fromEnv = env.COMPOSE_FILE?.split(path.delimiter).filter(Boolean) ?? [];
  if (fromEnv.length > 1) {
    throw new UserError(`COMPOSE_FILE names ${fromEnv.length} files; only one is supported yet`, {
      hint: 'pass the file to change with -f',
    });
  }
  if (fromEnv[0]) return path.resolve(cwd, fromEnv[0]);

  const found = DEFAULT_NAMES.find((name) => existsSync(path.join(cwd, name)));
  if (found) return path.join(cwd, found);
  throw new UserError(`no compose file in ${cwd}`, {
    hint: `looked for ${DEFAULT_NAMES.join(', ')}; pass one with -f FILE`,
  });
}

const OVERRIDE_NAMES: Record<string, string> = {
  'compose.yaml': 'compose.override.yaml',
  'compose.yml': 'compose.override.yml',
  'docker-compose.yaml': 'docker-compose.override.yaml',
  'docker-compose.yml': 'docker-compose.override.yml',
};

/**
 * The override file Docker Compose would merge into a default-named file, when one exists.
 * compose-harden reads one file for now (TODO(#7)), so callers say it is not seen.
 */
export function overrideBeside(file: string): string | undefined {
  const name = OVERRIDE_NAMES[path.basename(file)];
  const override = name ? path.join(path.dirname(file), name) : undefined;
  return override && existsSync(override) ? override : undefined;
}
