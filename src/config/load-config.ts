import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { dataLines, type LineOf } from '../compose/data-lines.js';
import { parseDataFile } from '../compose/yaml-options.js';
import { UserError } from '../errors.js';
import { SEVERITIES } from '../rules/types.js';
import type { Config } from './schema.js';

export const CONFIG_NAME = '.compose-harden.yaml';

export interface LoadedConfig {
  /** The file as messages show it: relative to the working folder when inside it. */
  file: string;
  /** The folder holding it: relative paths in it start there. */
  dir: string;
  config: Config;
  lineOf: LineOf;
}

/**
 * Reads `.compose-harden.yaml` from `dir` when there is one; a bad one is a user error. zod is
 * loaded only when a file is there to validate.
 */
export async function loadConfig(dir: string, cwd: string): Promise<LoadedConfig | undefined> {
  const file = path.join(dir, CONFIG_NAME);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  const shown = shownPath(file, cwd);
  if (!stat.isFile()) throw new UserError('is not a file', { file: shown });

  const text = readText(file, shown);
  const lineOf = dataLines(text);
  const { configSchema } = await import('./schema.js');
  const { describeConfigIssue } = await import('./describe-issue.js');
  const result = configSchema.safeParse(parseDataFile(text, shown) ?? {}, { reportInput: true });
  const [issue] = result.error?.issues ?? [];
  if (issue) {
    const { path: field, message } = describeConfigIssue(issue);
    throw new UserError(message, {
      file: shown,
      line: lineOf(field),
      hint: `the file takes presets: DIR, severity: ${SEVERITIES.join('|')} and ignore: per service`,
    });
  }
  return { file: shown, dir, config: result.data ?? {}, lineOf };
}

export function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function readText(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an unknown error';
    throw new UserError(`cannot read it (${code})`, {
      file: shown,
      hint: 'check the file permissions',
    });
  }
}
