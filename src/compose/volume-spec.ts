/**
 * Compose's short volume syntax, `[SOURCE:]TARGET[:OPTIONS]`. A source may be a Windows path
 * (`C:\data`) or hold `${VAR:-a:b}`; colons inside those do not split. OPTIONS is a comma list
 * (`ro`, `z`, `rshared`, ...).
 */
export interface ShortVolume {
  source: string | undefined;
  target: string;
  options: string[];
}

const OPTION =
  /^(ro|rw|z|Z|shared|rshared|slave|rslave|private|rprivate|nocopy|cached|delegated|consistent)$/;
const DRIVE = /^[A-Za-z]$/;

/**
 * Splits Compose short syntax on colons, except inside `${...}` and `[...]` (an IPv6 address)
 * and, with `drive`, the colon of a Windows drive letter (`C:\data`).
 */
export function splitColons(text: string, options: { drive?: boolean } = {}): string[] {
  const parts: string[] = [];
  let depth = 0;
  let part = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if ((char === '$' && text[i + 1] === '{') || char === '[') depth++;
    if ((char === '}' || char === ']') && depth > 0) depth--;
    const drive =
      options.drive && parts.length === 0 && DRIVE.test(part) && /[\\/]/.test(text[i + 1] ?? '');
    if (char === ':' && depth === 0 && !drive) {
      parts.push(part);
      part = '';
    } else {
      part += char;
    }
  }
  parts.push(part);
  return parts;
}

function isOptionList(text: string): boolean {
  return text.split(',').every((option) => OPTION.test(option.trim()));
}

export function parseShortVolume(spec: string): ShortVolume | undefined {
  const parts = splitColons(spec.trim(), { drive: true });
  const [first = '', second, third] = parts;
  if (parts.length > 3 || first === '') return undefined;
  if (second === undefined) return { source: undefined, target: first, options: [] };
  if (third === undefined && first.startsWith('/') && isOptionList(second)) {
    return { source: undefined, target: first, options: second.split(',') };
  }
  const options = third === undefined || third === '' ? [] : third.split(',');
  return { source: first, target: second, options };
}

export function formatShortVolume(volume: ShortVolume): string {
  const head = volume.source === undefined ? volume.target : `${volume.source}:${volume.target}`;
  return volume.options.length ? `${head}:${volume.options.join(',')}` : head;
}

/** The changes a `volume` edit makes to one entry. */
export interface VolumeChange {
  readOnly?: boolean;
  propagation?: 'rprivate';
}

const SHARED = /^r?shared$/;

/** The short entry with the change made; the entry itself when it cannot be parsed. */
export function changeShortVolume(spec: string, change: VolumeChange): string {
  const volume = parseShortVolume(spec);
  if (!volume) return spec;
  let options = volume.options;
  if (change.readOnly) {
    options = options.filter((option) => option !== 'rw');
    if (!options.includes('ro')) options = [...options, 'ro'];
  }
  if (change.propagation) {
    options = options.map((option) => (SHARED.test(option) ? change.propagation : option) ?? '');
  }
  return formatShortVolume({ ...volume, options });
}
