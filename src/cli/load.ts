import path from 'node:path';
import { type ComposeDocument, parseCompose } from '../compose/document.js';
import { planFile } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
import { loadPresets } from '../presets/load.js';
import { readBuildUsers } from './build-users.js';
import { discoverComposeFile } from './discover.js';
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
}

/** Finds, reads, parses and analyses the compose file; YAML warnings go to stderr. */
export async function loadAndPlan(options: FileOptions, io: Io): Promise<Loaded> {
  const file = discoverComposeFile(options.file ?? [], io.env, io.cwd);
  const shown = path.relative(io.cwd, file) || file;
  const snapshot = await readSnapshot(file, shown.startsWith('..') ? file : shown);
  const compose = parseCompose(snapshot.text, snapshot.shown);
  for (const warning of compose.warnings) {
    writeLine(
      io.stderr,
      `${snapshot.shown}:${warning.line}: warning (${warning.code}): ${warning.message}`,
    );
  }
  const presets = loadPresets(
    options.presets ? { userDir: path.resolve(io.cwd, options.presets) } : {},
  );
  const buildUsers = readBuildUsers(compose, path.dirname(file));
  return { snapshot, compose, plan: planFile(compose, presets, buildUsers) };
}
