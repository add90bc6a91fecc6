import path from 'node:path';
import { baseSixtyPorts } from '../compose/base-sixty.js';
import { parseCompose } from '../compose/document.js';
import { servicesWithoutImage } from '../compose/no-image.js';
import { loadStack, type Stack } from '../compose/stack.js';
import { type LoadedConfig, loadConfig } from '../config/load-config.js';
import { collectSuppressions, type Suppression } from '../config/suppressions.js';
import { planStack } from '../plan/plan.js';
import type { BuildUser, Plan } from '../plan/types.js';
import { readBuiltinPresets } from '../presets/builtin.js';
import type { Preset } from '../presets/schema.js';
import { readStackBuildUsers } from './build-users.js';
import { discoverComposeFiles } from './discover.js';
import { type FileSnapshot, readSnapshotSync } from './files.js';
import { type Io, writeLine } from './io.js';
import { envFileOf, variablesFor } from './variables.js';

export interface FileOptions {
  file?: string[];
  envFile?: string;
  presets?: string;
}

export interface Loaded {
  /** The main file as read. */
  snapshot: FileSnapshot;
  stack: Stack;
  /** Every file read, by absolute path, for writing them back. */
  snapshots: Map<string, FileSnapshot>;
  plan: Plan;
  /** `.compose-harden.yaml` beside the compose file, when there is one. */
  config: LoadedConfig | undefined;
  /** Ignores from comments on service keys and from the config. */
  suppressions: Suppression[];
  /** What the plan was made with, to plan the stack again (the wizard's score after). */
  presets: Preset[];
  buildUsers: Map<string, BuildUser>;
}

/**
 * Finds, reads, parses and analyses the stack: the compose files, what they include and
 * extend, their variables and the config beside the main file. Warnings go to stderr.
 */
export async function loadAndPlan(options: FileOptions, io: Io): Promise<Loaded> {
  const { stack, snapshots } = readStackFiles(options, io);
  const warn = (file: string, line: number, code: string, message: string) =>
    writeLine(io.stderr, `${file}:${line}: warning (${code}): ${message}`);
  for (const { compose } of stack.files) {
    for (const w of [...compose.warnings, ...baseSixtyPorts(compose)]) {
      warn(compose.file, w.line, w.code, w.message);
    }
  }
  for (const w of [...stack.warnings, ...servicesWithoutImage(stack)]) {
    warn(w.file, w.line, w.code, w.message);
  }

  const main = stack.main;
  const config = await loadConfig(path.dirname(main.path), io.cwd);
  const suppressions: Suppression[] = [];
  for (const file of stack.files) {
    const found = collectSuppressions(file.compose, file === main ? config : undefined);
    suppressions.push(...found.suppressions);
    for (const warning of found.warnings) writeLine(io.stderr, warning);
  }

  const presets = await presetsFor(presetsDir(options, config, io.cwd));
  const buildUsers = readStackBuildUsers(stack);
  const plan = planStack(stack, presets, buildUsers);
  const snapshot = snapshots.get(main.path) as FileSnapshot;
  return { snapshot, stack, snapshots, plan, config, suppressions, presets, buildUsers };
}

/** Reads and merges the stack. */
export function readStack(options: FileOptions, io: Io): Stack {
  return readStackFiles(options, io).stack;
}

/** The same, with each file as read, for writing them back. */
export function readStackFiles(
  options: FileOptions,
  io: Io,
): { stack: Stack; snapshots: Map<string, FileSnapshot> } {
  const files = discoverComposeFiles(options.file ?? [], io.env, io.cwd);
  const snapshots = new Map<string, FileSnapshot>();
  const shownOf = (file: string) => {
    const relative = path.relative(io.cwd, file);
    return relative === '' || relative.startsWith('..') ? file : relative;
  };
  const input = {
    files,
    open: (file: string) => {
      const snapshot = readSnapshotSync(file, shownOf(file));
      snapshots.set(file, snapshot);
      return parseCompose(snapshot.text, snapshot.shown);
    },
    lookup: variablesFor(options, io, shownOf),
    envFile: shownOf(envFileOf(options, io.cwd, path.dirname(files[0] ?? io.cwd))),
  };
  return { stack: loadStack(input), snapshots };
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
