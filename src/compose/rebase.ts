import path from 'node:path';
import { isRecord } from './services.js';

/**
 * A service's relative host paths, read from the folder Compose reads them from (the folder of
 * a file another extends, an included project's folder) and written relative to the project,
 * so `./data` in `common/base.yml` is judged as `./common/data`.
 */
export function rebasePaths(
  data: Readonly<Record<string, unknown>>,
  from: string,
  to: string,
): Readonly<Record<string, unknown>> {
  if (from === to || !Array.isArray(data.volumes)) return data;
  const volumes = data.volumes.map((volume) => rebaseVolume(volume, from, to));
  return volumes.every((v, i) => v === (data.volumes as unknown[])[i])
    ? data
    : Object.freeze({ ...data, volumes });
}

function rebaseVolume(volume: unknown, from: string, to: string): unknown {
  if (typeof volume === 'string') {
    const colon = volume.indexOf(':');
    const source = colon === -1 ? '' : volume.slice(0, colon);
    return isRelative(source) ? rebase(source, from, to) + volume.slice(colon) : volume;
  }
  if (isRecord(volume) && typeof volume.source === 'string' && isRelative(volume.source)) {
    return { ...volume, source: rebase(volume.source, from, to) };
  }
  return volume;
}

function isRelative(source: string): boolean {
  return source === '.' || source === '..' || source.startsWith('./') || source.startsWith('../');
}

/** `./common/data` inside the project; an absolute path outside it, which reads plainly. */
function rebase(source: string, from: string, to: string): string {
  const absolute = path.resolve(from, source);
  const relative = path.relative(to, absolute) || '.';
  return relative.startsWith('..') ? absolute : `./${relative}`;
}
