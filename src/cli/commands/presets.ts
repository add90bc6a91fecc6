import { loadConfig } from '../../config/load-config.js';
import { loadPresets } from '../../presets/load.js';
import type { Preset } from '../../presets/schema.js';
import { runsAsNonRoot } from '../../rules/user-non-root.js';
import { paintFor } from '../color.js';
import { type Io, writeLine } from '../io.js';
import { presetsDir } from '../load.js';
import { formatTable } from '../table.js';

export interface PresetsOptions {
  presets?: string;
  format: 'text' | 'json';
  color?: boolean;
}

/** Lists the presets in search order: what each matches, the user and capabilities it sets. */
export async function presetsCommand(options: PresetsOptions, io: Io): Promise<number> {
  const config = await loadConfig(io.cwd, io.cwd);
  const presets = loadPresets({ userDir: presetsDir(options, config, io.cwd) });
  if (options.format === 'json') {
    writeLine(io.stdout, JSON.stringify({ presets }, null, 2));
    return 0;
  }
  const rows = presets.map((preset) => [
    preset.id,
    preset.title,
    userColumn(preset),
    capsColumn(preset),
    preset.fallback ? '(every image no other preset matches)' : preset.match.join(', '),
  ]);
  const header = ['ID', 'TITLE', 'USER', 'CAP_ADD', 'MATCHES'];
  io.stdout.write(formatTable(header, rows, paintFor(io, options.color)));
  return 0;
}

function userColumn(preset: Preset): string {
  const { recommended, image, review } = preset.user;
  if (recommended === null) return `${image} (the image's)`;
  return review ? `${recommended} (to review)` : recommended;
}

/** The capabilities for the user the service starts as when the file sets none. */
function capsColumn(preset: Preset): string {
  const userTaken = preset.user.recommended !== null && !preset.user.review;
  const asRoot = !userTaken && !runsAsNonRoot(preset.user.image);
  const caps = asRoot ? preset.capAdd.root : preset.capAdd.nonRoot;
  return caps.length > 0 ? caps.join(',') : '-';
}
