import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Preset } from './schema.js';

/**
 * The built-in presets as the build validated them (scripts/build-presets.js), without loading
 * zod or parsing YAML. Undefined when there is no such file (running from source) or when a
 * preset file changed since the build: the caller then reads and validates the YAML itself.
 */
export function readBuiltinPresets(): Preset[] | undefined {
  const presetsDir = builtInPresetsDir();
  const here = path.dirname(fileURLToPath(import.meta.url));
  let built: { sources: Record<string, string>; presets: Preset[] };
  try {
    built = JSON.parse(readFileSync(path.join(here, 'builtin.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const names = readdirSync(presetsDir).filter((name) => name.endsWith('.yaml'));
  if (names.length !== Object.keys(built.sources).length) return undefined;
  for (const name of names) {
    const stat = statSync(path.join(presetsDir, name), { throwIfNoEntry: false });
    if (!stat || built.sources[name] !== `${stat.size}:${stat.mtimeMs}`) return undefined;
  }
  return built.presets;
}

/** The package's own presets/ folder. */
export function builtInPresetsDir(): string {
  return path.join(packageRoot(), 'presets');
}

/**
 * The folder holding package.json. This runs from src/presets under vitest and from
 * dist/presets when built, so the depth differs; walking up works for both.
 */
function packageRoot(): string {
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}
