import { isDeepStrictEqual } from 'node:util';
import { servicesMerging } from './anchors.js';
import type { Edit } from './apply.js';
import { isRecord, readSetting } from './services.js';
import type { Layer, Stack, StackService } from './stack.js';

/**
 * Sends each edit of a service to the file that sets what it changes: the override when the
 * value comes from there, the service's own file for a value it inherits through `extends`
 * (the base may be shared), and the file with its image or build for a setting set nowhere.
 * An edit that would overwrite a variable is dropped: the file keeps `${VAR}` as written.
 */
export function routeEdits(stack: Stack, service: StackService, edits: readonly Edit[]): Routed {
  const files = service.layers.filter((layer) => layer.via === 'file');
  const defining = (key: string) =>
    files.filter((layer) => Object.hasOwn(layer.raw, key) && !layer.hidden?.has(key));
  const target = (key: string) => defining(key).at(-1) ?? service.home;

  const placed = edits.flatMap((edit): Placed[] => {
    switch (edit.kind) {
      case 'set': {
        const layer = target(edit.key);
        return hasVariable(layer.raw[edit.key]) ? [] : [{ edit, layer }];
      }
      case 'delete':
        return defining(edit.key).map((layer) => ({ edit, layer }));
      case 'list':
        return routeList(edit, defining(edit.key), target(edit.key));
      default:
        return routeItem(service, edit);
    }
  });
  return settleAnchors(stack, placed);
}

/** An edit and the layer whose file it changes. */
interface Placed {
  edit: Edit;
  layer: Layer;
}

/** A block several services merge, and the edits that would fix the finding there instead. */
export interface SharedBlock {
  anchor: string;
  line: number;
  /** The file, when it is not the main one. */
  file?: string;
  /** The other services that merge it, which the change would reach too. */
  services: string[];
  edits: Edit[];
}

export interface Routed {
  edits: Edit[];
  /** Set when every edit changes a value merged from one block that other services share. */
  shared: SharedBlock | undefined;
}

/**
 * A value merged from `<<: *block` is changed in the block when no other service merges it;
 * otherwise in the service, with the block offered as the alternative.
 */
function settleAnchors(stack: Stack, placed: readonly Placed[]): Routed {
  const edits: Edit[] = [];
  const alternatives: (SharedBlock | undefined)[] = [];
  for (const { edit, layer } of placed) {
    const routed = at(stack, edit, layer);
    const source = readSetting(layer.file.compose, layer.service, keyOf(edit)).source;
    if (source.kind !== 'merged') {
      edits.push(routed);
      alternatives.push(undefined);
      continue;
    }
    const anchor = source.anchor;
    const others = servicesMerging(layer.file.compose, anchor).filter((s) => s !== edit.service);
    edits.push(others.length === 0 ? { ...routed, anchor } : routed);
    alternatives.push(
      others.length === 0
        ? undefined
        : {
            anchor,
            line: source.line,
            ...(layer.file === stack.main ? {} : { file: layer.file.compose.file }),
            services: others,
            edits: [{ ...routed, anchor }],
          },
    );
  }
  const first = alternatives[0];
  const same = alternatives.every((a) => a !== undefined && a.anchor === first?.anchor);
  if (!first || !same) return { edits, shared: undefined };
  const services = [...new Set(alternatives.flatMap((a) => a?.services ?? []))];
  return {
    edits,
    shared: { ...first, services, edits: alternatives.flatMap((a) => a?.edits ?? []) },
  };
}

function keyOf(edit: Edit): string {
  if (edit.kind === 'port') return 'ports';
  if (edit.kind === 'volume') return 'volumes';
  return edit.key;
}

function at(stack: Stack, edit: Edit, layer: Layer): Edit {
  const { file: _, ...rest } = edit;
  return layer.file === stack.main ? rest : { ...rest, file: layer.file.path };
}

/** Items are removed where each is written, and added where the list is last written. */
function routeList(
  edit: Extract<Edit, { kind: 'list' }>,
  defining: readonly Layer[],
  target: Layer,
): Placed[] {
  const routed: Placed[] = [];
  for (const layer of new Set([...defining, target])) {
    const data = asItems(layer.data[edit.key]);
    const raw = asItems(layer.raw[edit.key]);
    const remove = raw.filter((_, i) => edit.remove.includes(String(data[i])));
    const add = layer === target ? edit.add : [];
    if (remove.length > 0 || add.length > 0) {
      routed.push({ edit: { ...edit, remove: remove.map(String), add: [...add] }, layer });
    }
  }
  return routed;
}

/**
 * A port or volume, found by its value in each file that writes it: indexes differ once files
 * merge, and the same entry written in two files must be fixed in both.
 */
function routeItem(
  service: StackService,
  edit: Extract<Edit, { kind: 'port' | 'volume' }>,
): Placed[] {
  const key = edit.kind === 'port' ? 'ports' : 'volumes';
  const entry = asItems(service.data[key])[edit.index];
  const only = service.layers.length === 1 ? service.layers[0] : undefined;
  if (entry === undefined) return [];
  if (only) return placeItem(only, edit.index, entry, edit);
  return service.layers.flatMap((layer) => {
    if (layer.via !== 'file' || layer.hidden?.has(key)) return [];
    const index = asItems(layer.data[key]).findIndex((item) => isDeepStrictEqual(item, entry));
    return index === -1 ? [] : placeItem(layer, index, entry, edit);
  });
}

function placeItem(
  layer: Layer,
  index: number,
  entry: unknown,
  edit: Extract<Edit, { kind: 'port' | 'volume' }>,
): Placed[] {
  const raw = asItems(layer.raw[edit.kind === 'port' ? 'ports' : 'volumes'])[index];
  if (edit.kind === 'volume' || !hasVariable(raw)) return [{ edit: { ...edit, index }, layer }];
  // `${PORT}:80` becomes `127.0.0.1:${PORT}:80`: the address goes in front of what is written.
  if (typeof raw === 'string' && edit.short === `${edit.hostIp}:${String(entry)}`) {
    return [{ edit: { ...edit, index, short: `${edit.hostIp}:${raw}` }, layer }];
  }
  // A long entry gets `host_ip:`, which overwrites no variable unless host_ip is one.
  if (isRecord(raw) && !hasVariable(raw.host_ip)) return [{ edit: { ...edit, index }, layer }];
  return [];
}

function asItems(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function hasVariable(value: unknown): boolean {
  return value !== undefined && JSON.stringify(value).includes('$');
}
