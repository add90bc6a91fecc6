import path from 'node:path';
import { type ComposeDocument, parseCompose } from '../compose/document.js';
import { unsupportedFeatures } from '../compose/unsupported.js';
import { type LoadedConfig, loadConfig } from '../config/load-config.js';
import { collectSuppressions, type Suppression } from '../config/suppressions.js';
import { planFile } from '../plan/plan.js';
import type { BuildUser, Plan } from '../plan/types.js';
import { readBuiltinPresets } from '../presets/builtin.js';
import type { Preset } from '../presets/schema.js';
import { readBuildUsers } from './build-users.js';
import { discoverComposeFile, overrideBeside } from './discover.js';
import { type FileSnapshot, readSnapshot } from './files.js';
import { type Io, writeLine } from './io.js';

export interface FileOptions {
  file?: string[];
  presets?: string;
}

export interface Loaded {
  snapshot: FileSnapshot;
  compose: ComposeDocument;
  plan: Plan;
  /** `.compose-harden.yaml` beside the compose file, when there is one. */
  config: LoadedConfig | undefined;
  /** Ignores from comments on service keys and from the config. */
  suppressions: Suppression[];
  /** What the plan was made with, to plan the file again (the wizard's score after). */
  presets: Preset[];
  buildUsers: Map<string, BuildUser>;
}

/**
 * Finds, reads, parses and analyses the compose file, with the config beside it; YAML and
 * config warnings go to stderr.
 */
export async function loadAndPlan(options: FileOptions, io: Io): Promise<Loaded> {
  const file = discoverComposeFile(options.file ?? [], io.env, io.cwd);
  const shown = path.relative(io.cwd, file) || file;
  const snapshot = await readSnapshot(file, shown.startsWith('..') ? file : shown);
  const compose = parseCompose(snapshot.text, snapshot.shown);
  for (const warning of [...compose.warnings, ...unsupportedFeatures(compose)]) {
    writeLine(
      io.stderr,
      `${snapshot.shown}:${warning.line}: warning (${warning.code}): ${warning.message}`,
    );
  }

  const override = overrideBeside(file);
  if (override) {
    writeLine(
      io.stderr,
      `${snapshot.shown}: warning (OVERRIDE): ${path.basename(override)} beside it is not merged yet; its settings are not seen`,
    );
  }

  const config = await loadConfig(path.dirname(file), io.cwd);
  const { suppressions, warnings } = collectSuppressions(compose, config);
  for (const warning of warnings) writeLine(io.stderr, warning);

  const presets = await presetsFor(presetsDir(options, config, io.cwd));
  const buildUsers = readBuildUsers(compose, path.dirname(file));
  const plan = planFile(compose, presets, buildUsers);
  return { snapshot, compose, plan, config, suppressions, presets, buildUsers };
}

/**
 * The built-in presets as the build validated them, plus the user's: zod and the YAML preset
 * reader are loaded only when there is something to validate now.
 */
export async function presetsFor(userDir: string | undefined): Promise<Preset[]> {
  const built = userDir === undefined ? readBuiltinPresets() : undefined;
  if (built) return built;
  const { loadPresets } = await import('../presets/load.js');
  return loadPresets(userDir === undefined ? {} : { userDir });
}

/** `--presets` from the working folder, else the config's `presets:` from the config's folder. */
export function presetsDir(
  options: FileOptions,
  config: LoadedConfig | undefined,
  cwd: string,
): string | undefined {
  if (options.presets) return path.resolve(cwd, options.presets);
  if (config?.config.presets) return path.resolve(config.dir, config.config.presets);
  return undefined;
}
