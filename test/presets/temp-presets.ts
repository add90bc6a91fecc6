import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A valid preset file for `id`; `user` replaces the user block to make it invalid on purpose. */
export function presetYaml(id: string, options: { match?: string; user?: string } = {}): string {
  const user = options.user ?? 'user:\n  image: "1000"\n  recommended: "1000:1000"\n';
  return [
    `# Test preset ${id}.`,
    `id: ${id}`,
    `title: Test preset ${id}`,
    `match: [${options.match ?? 'acme/backup'}]`,
    user.trimEnd(),
    'capAdd:',
    '  root: []',
    '  nonRoot: []',
    'readOnly:',
    '  supported: true',
    '  tmpfs: [/tmp]',
    'notes: []',
    '',
  ].join('\n');
}

/** Writes `files` into a fresh temp folder; call `remove` when the test is done. */
export function tempPresetDir(files: Record<string, string>): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'compose-harden-presets-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
