import { basename, dirname } from 'node:path';
import { UserError } from '../errors.js';
import type { ComposeDocument } from './document.js';

export interface ProjectNameInputs {
  /** `-p NAME`. */
  option?: string | undefined;
  /** `COMPOSE_PROJECT_NAME` from the environment. */
  environment?: string | undefined;
  /** The file's top-level `name:`, as read by `topLevelName`. */
  topLevel?: string | undefined;
  /** The compose file's absolute path: its folder names the project when nothing else does. */
  composeFile: string;
}

/**
 * The project name Docker Compose gives the stack, which is the value of the
 * `com.docker.compose.project` label on its containers. The first source set wins, in
 * Compose's order; every source is normalised, as Compose 1.x did for all of them (Compose v2
 * refuses an explicit name that normalising would change, so it never reaches the engine).
 */
export function projectName(inputs: ProjectNameInputs): string {
  const folder = basename(dirname(inputs.composeFile));
  const candidates: [string | undefined, string][] = [
    [inputs.option, '-p'],
    [inputs.environment, 'COMPOSE_PROJECT_NAME'],
    [inputs.topLevel, 'the top-level name:'],
    [folder, `the folder name "${folder}"`],
  ];
  const [raw, source] = candidates.find(([value]) => value !== undefined && value !== '') ?? [
    '',
    'nothing',
  ];

  if (raw?.includes('${')) {
    throw new UserError(`the project name from ${source} comes from a variable: ${raw}`, {
      hint: 'pass -p NAME, or set COMPOSE_PROJECT_NAME',
    });
  }
  const name = normalizeProjectName(raw ?? '');
  if (name === '') {
    throw new UserError(`the project name from ${source} is empty once normalised`, {
      hint: 'pass -p NAME with lower-case letters, digits, "-" or "_"',
    });
  }
  return name;
}

/** Lower case, only `[a-z0-9_-]`, starting with a letter or digit: Compose's own rule. */
export function normalizeProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

/** The top-level `name:` when it is a string, as written (Compose interpolates `${VAR}`). */
export function topLevelName(compose: ComposeDocument): string | undefined {
  const value = compose.doc.get('name');
  return typeof value === 'string' ? value : undefined;
}
