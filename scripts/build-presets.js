// Part of `npm run build`: validates the built-in presets once, with zod, and writes them to
// dist/presets/builtin.json with the size and time of each source file. Commands then read that
// file instead of parsing and validating 48 YAML files on every start.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPresets } from '../dist/presets/load.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, 'presets');
const sources = Object.fromEntries(
  readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const stat = statSync(path.join(dir, name));
      return [name, `${stat.size}:${stat.mtimeMs}`];
    }),
);
const out = path.join(root, 'dist', 'presets', 'builtin.json');
writeFileSync(out, JSON.stringify({ sources, presets: loadPresets() }));
