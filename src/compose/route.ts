import { isDeepStrictEqual } from 'node:util';
import type { Edit } from './apply.js';
import type { Layer, Stack, StackService } from './stack.js';

/**
 * Sends each edit of a service to the file that sets what it changes: the override when the
 * value comes from there, the service's own file for a value it inherits through `extends`
 * (the base may be shared), and the file with its image or build for a setting set nowhere.
 * An edit that would overwrite a variable is dropped: the file keeps `${VAR}` as written.
 */
export function routeEdits(stack: Stack, service: StackService, edits: readonly Edit[]): Edit[] {
  const files = service.layers.filter((layer) => layer.via === 'file');
  const defining = (key: string) => files.filter((layer) => Object.hasOwn(layer.raw, key));
  const target = (key: string) => defining(key).at(-1) ?? service.home;

  return edits.flatMap((edit): Edit[] => {
    switch (edit.kind) {
      case 'set': {
        const layer = target(edit.key);
        return hasVariable(layer.raw[edit.key]) ? [] : [at(stack, edit, layer)];
      }
      case 'delete':
        return defining(edit.key).map((layer) => at(stack, edit, layer));
      case 'list':
        return routeList(stack, edit, defining(edit.key), target(edit.key));
      default:
        return routeItem(stack, service, edit);
    }
  });
}

function at(stack: Stack, edit: Edit, layer: Layer): Edit {
  const { file: _, ...rest } = edit;
  return layer.file === stack.main ? rest : { ...rest, file: layer.file.path };
}

/** Items are removed where each is written, and added where the list is last written. */
function routeList(
  stack: Stack,
  edit: Extract<Edit, { kind: 'list' }>,
  defining: readonly Layer[],
  target: Layer,
): Edit[] {
  const routed: Edit[] = [];
  for (const layer of new Set([...defining, target])) {
    const data = asItems(layer.data[edit.key]);
    const raw = asItems(layer.raw[edit.key]);
    const remove = raw.filter((_, i) => edit.remove.includes(String(data[i])));
    const add = layer === target ? edit.add : [];
    if (remove.length > 0 || add.length > 0) {
      routed.push(at(stack, { ...edit, remove: remove.map(String), add: [...add] }, layer));
    }
  }
  return routed;
}

/** A port or volume, found by its value in the file that writes it: indexes differ once merged. */
function routeItem(
  stack: Stack,
  service: StackService,
  edit: Extract<Edit, { kind: 'port' | 'volume' }>,
): Edit[] {
  const key = edit.kind === 'port' ? 'ports' : 'volumes';
  const entry = asItems(service.data[key])[edit.index];
  const single = service.layers.length === 1;
  const from = single ? 0 : service.origins.get(key)?.[edit.index];
  const layer = from === undefined ? undefined : service.layers[from];
  if (entry === undefined || !layer || layer.via !== 'file') return [];
  const index = single
    ? edit.index
    : asItems(layer.data[key]).findIndex((item) => isDeepStrictEqual(item, entry));
  const raw = asItems(layer.raw[key])[index];
  if (index === -1) return [];
  if (edit.kind === 'volume' || !hasVariable(raw)) return [at(stack, { ...edit, index }, layer)];

  // `${PORT}:80` becomes `127.0.0.1:${PORT}:80`: the address goes in front of what is written.
  if (typeof raw === 'string' && edit.short === `${edit.hostIp}:${String(entry)}`) {
    return [at(stack, { ...edit, index, short: `${edit.hostIp}:${raw}` }, layer)];
  }
  return [];
}

function asItems(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function hasVariable(value: unknown): boolean {
  return value !== undefined && JSON.stringify(value).includes('$');
}
