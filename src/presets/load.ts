import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDataFile } from '../compose/yaml-options.js';
import { UserError } from '../errors.js';
import { builtInPresetsDir } from './builtin.js';
import { describeIssue } from './describe-issue.js';
import { type Preset, presetSchema } from './schema.js';

export interface LoadPresetsOptions {
  /** A folder of the user's own preset files, searched before the built-in ones. */
  userDir?: string;
}

/**
 * Reads and validates the built-in presets, then the user's. The result is in search order:
 * user presets first, then the built-in ones whose id no user preset replaced. Nothing is
 * cached, so each call sees the files as they are now.
 */
export function loadPresets(options: LoadPresetsOptions = {}): Preset[] {
  const builtIn = readPresetDir(builtInPresetsDir(), 'presets');
  requireOneFallback(builtIn, 'presets');
  if (options.userDir === undefined) return builtIn;

  const user = readPresetDir(options.userDir, options.userDir);
  const replaced = new Set(user.map((preset) => preset.id));
  const merged = [...user, ...builtIn.filter((preset) => !replaced.has(preset.id))];
  requireOneFallback(merged, options.userDir);
  return merged;
}

/** Every `*.yaml` file in `dir`, validated, in file-name order; `shownAs` prefixes messages. */
export function readPresetDir(dir: string, shownAs: string): Preset[] {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) {
    throw new UserError(stat ? 'is not a folder' : 'preset folder not found', {
      file: shownAs,
      hint: 'point to a folder of preset .yaml files',
    });
  }

  const names = readdirSync(dir).sort();
  const misnamed = names.find((name) => name.endsWith('.yml'));
  if (misnamed) {
    throw new UserError('preset files must end in .yaml', {
      file: path.join(shownAs, misnamed),
      hint: 'rename the file; the id must equal the name without .yaml',
    });
  }

  return names
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => readPresetFile(path.join(dir, name), path.join(shownAs, name)));
}

/** Parses and validates one preset file; the message names the first bad field. */
export function readPresetFile(file: string, shownAs: string): Preset {
  const data = parseDataFile(readFileSync(file, 'utf8'), shownAs);
  const result = presetSchema.safeParse(data, { reportInput: true });
  const issue = result.error?.issues[0];
  if (!result.success) {
    throw new UserError(issue ? describeIssue(issue) : 'is not a valid preset', { file: shownAs });
  }

  const expected = path.basename(file, '.yaml');
  if (result.data.id !== expected) {
    throw new UserError(`id: "${result.data.id}" must equal the file name "${expected}"`, {
      file: shownAs,
      hint: `rename the file to ${result.data.id}.yaml or change the id`,
    });
  }
  return result.data;
}

/** The generic preset for unknown images must be unambiguous. */
export function requireOneFallback(presets: readonly Preset[], shownAs: string): void {
  const ids = presets.filter((preset) => preset.fallback).map((preset) => preset.id);
  if (ids.length === 1) return;
  const found = ids.length === 0 ? 'none' : ids.join(', ');
  throw new UserError(`exactly one preset must have fallback: true (found: ${found})`, {
    file: shownAs,
    hint: 'to replace the generic preset, give your file the id generic',
  });
}
