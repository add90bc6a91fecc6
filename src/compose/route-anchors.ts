import { isScalar, type Node } from 'yaml';
import { readElsewhere } from './aliased-value.js';
import { anchoredMap, serviceHolding, servicesMerging } from './anchors.js';
import { type Edit, settingOf } from './apply.js';
import { MERGED_LISTS, type Placed } from './route.js';
import { readSetting } from './services.js';
import { type Layer, layerKey, type Stack, type StackService } from './stack.js';

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
  /** Why part of the fix could not be placed (`a ${VAR}`, a shared base...); empty when whole. */
  left: string[];
  /** Other services the edits reach: they merge this service (`<<: *web`) or extend it. */
  reaches: string[];
}

/**
 * A value merged from `<<: *block` is changed in the block when no other service merges it;
 * otherwise in the service, with the block offered as the alternative.
 */
export function settleAnchors(
  stack: Stack,
  service: StackService,
  placed: readonly Placed[],
): Omit<Routed, 'left'> {
  const edits: Edit[] = [];
  const alternatives: (SharedBlock | undefined)[] = [];
  const reaches = new Set<string>();
  for (const placement of placed) {
    const { edit, layer } = placement;
    const reached = reachedThrough(stack, service, layer, settingOf(edit));
    for (const name of reached.services) reaches.add(name);
    const routed = reached.anchor
      ? { ...at(stack, edit, layer), anchor: reached.anchor }
      : at(stack, edit, layer);
    const key = settingOf(edit);
    const source = readSetting(layer.file.compose, layer.service, key).source;
    // A value in the block that others alias (`&u`) is overridden in the service instead.
    if (source.kind !== 'merged' || blockValueAliased(layer, source.anchor, key)) {
      edits.push(routed);
      alternatives.push(undefined);
      continue;
    }
    const anchor = source.anchor;
    const holder = serviceHolding(layer.file.compose, anchor);
    const others = [
      ...servicesMerging(layer.file.compose, anchor),
      ...(holder ? [holder] : []),
    ].filter((s) => s !== layer.service.name);
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
  if (!first || !same) return { edits, shared: undefined, reaches: [...reaches] };
  const services = [...new Set(alternatives.flatMap((a) => a?.services ?? []))];
  const all = alternatives.flatMap((a) => a?.edits ?? []);
  return { edits, shared: { ...first, services, edits: all }, reaches: [...reaches] };
}

/** The block's value for `key` carries an anchor values outside the block read. */
function blockValueAliased(layer: Layer, anchor: string, key: string): boolean {
  const compose = layer.file.compose;
  const pair = anchoredMap(compose, anchor)?.items.find(
    (p) => isScalar(p.key) && p.key.value === key,
  );
  const value = pair?.value as Node | null | undefined;
  return value ? readElsewhere(compose, value, layer.service.name) !== undefined : false;
}

/**
 * Services a change to this layer's service also changes: those that merge its mapping
 * (`web: &web` and `<<: *web`), with the anchor the edit must then name, and those that
 * extend it.
 */
function reachedThrough(stack: Stack, service: StackService, layer: Layer, key: string) {
  const own = layer.service.map?.anchor;
  const merging = own ? servicesMerging(layer.file.compose, own) : [];
  const extending = stack.reaches.get(layerKey(layer)) ?? [];
  // A service that writes the key itself keeps its value: a merge key never reaches it, and
  // extends only adds to what Compose merges item by item.
  const setsItself = (name: string) =>
    stack.services
      .find((s) => s.name === name)
      ?.layers.some(
        (l) =>
          l !== layer &&
          l.via === 'file' &&
          readSetting(l.file.compose, l.service, key).source.kind === 'own',
      ) ?? false;
  const others = (name: string) => name !== service.name && name !== layer.service.name;
  const services = new Set([
    ...merging.filter((name) => others(name) && !setsItself(name)),
    ...extending.filter((name) => others(name) && (MERGED_LISTS.has(key) || !setsItself(name))),
  ]);
  const anchor = merging.some((s) => s !== layer.service.name) ? own : undefined;
  return { anchor, services: [...services] };
}

/** The edit aimed at the layer: its file, when not the main one, and its service's name. */
function at(stack: Stack, edit: Edit, layer: Layer): Edit {
  const { file: _, ...rest } = edit;
  const aimed = { ...rest, service: layer.service.name } as Edit;
  return layer.file === stack.main ? aimed : { ...aimed, file: layer.file.path };
}
