import { isDeepStrictEqual } from 'node:util';
import { mergeServiceWithOrigins } from './merge.js';
import { asItems, itemLines, readSetting, type Setting, type SettingSource } from './services.js';
import type { Layer, Stack, StackService } from './stack.js';

/**
 * A service's setting as Compose will apply it: the merged value, and where the winning value
 * is written (its file, the service it extends, the variables it used).
 */
export function stackSetting(stack: Stack, service: StackService, key: string): Setting {
  const origin = service.origins.get(key) ?? [];
  const last = origin.length > 0 ? Math.max(...origin) : undefined;
  const layer = last === undefined ? undefined : service.layers[last];
  if (!layer || !Object.hasOwn(service.data, key)) {
    return {
      key,
      value: undefined,
      source: { kind: 'unset' },
      pair: undefined,
      sharedAnchor: undefined,
    };
  }
  const written = readSetting(layer.file.compose, layer.service, key);
  const used = (of: 'variables' | 'unset') => [
    ...new Set(origin.flatMap((index) => service.layers[index]?.[of].get(key) ?? [])),
  ];
  const items = itemSources(stack, service, key, origin);
  const variables = used('variables');
  return {
    key,
    value: service.data[key],
    ...(variables.length > 0 ? { written: writtenValue(service, key) } : {}),
    source: withDetail(written.source, stack, layer, variables, used('unset')),
    pair: layer.via === 'file' ? written.pair : undefined,
    sharedAnchor: layer.via === 'file' ? written.sharedAnchor : undefined,
    ...(items ? { items } : {}),
  };
}

/**
 * Where each item of a merged list is written: in the layer it came from, at the line of the
 * same item there. Undefined when the setting is not a list.
 */
function itemSources(
  stack: Stack,
  service: StackService,
  key: string,
  origin: readonly number[],
): SettingSource[] | undefined {
  const value = service.data[key];
  if (!Array.isArray(value)) return undefined;
  const layers = value.map((_, i) => service.layers[origin[i] ?? origin[0] ?? 0] as Layer);
  // Items from several files each name theirs, the main one too: a line alone would be ambiguous.
  const named = new Set(layers.map((layer) => layer.file)).size > 1;
  const places = new Map<Layer, { source: SettingSource; lines: number[]; items: unknown[] }>();
  const placeOf = (layer: Layer) => {
    const known = places.get(layer);
    if (known) return known;
    const { compose } = layer.file;
    const written = readSetting(compose, layer.service, key).source;
    const variables = [...(layer.variables.get(key) ?? [])];
    const unset = [...(layer.unset.get(key) ?? [])];
    const source = withDetail(written, stack, layer, variables, unset);
    const place = {
      source: named && source.kind !== 'unset' ? { ...source, file: compose.file } : source,
      lines: itemLines(compose, layer.service, key) ?? [],
      items: asItems(layer.data[key]),
    };
    places.set(layer, place);
    return place;
  };
  return value.map((item, i) => {
    const { source, lines, items } = placeOf(layers[i] as Layer);
    const line = lines[items.findIndex((each) => isDeepStrictEqual(each, item))];
    return source.kind === 'unset' || line === undefined ? source : { ...source, line };
  });
}

function withDetail(
  source: SettingSource,
  stack: Stack,
  layer: Layer,
  variables: string[],
  unset: string[],
): SettingSource {
  if (source.kind === 'unset') return source;
  return {
    ...source,
    ...(layer.file !== stack.main ? { file: layer.file.compose.file } : {}),
    ...(layer.via === 'extends' ? { extendsFrom: layer.service.name } : {}),
    ...(variables.length > 0 ? { variables } : {}),
    ...(unset.length > 0 ? { unset } : {}),
  };
}

/** The setting merged from what each layer writes, before any variable is substituted. */
function writtenValue(service: StackService, key: string): unknown {
  const layers = service.layers.filter(
    (layer) => Object.hasOwn(layer.raw, key) && !layer.hidden?.has(key),
  );
  return mergeServiceWithOrigins(layers.map((layer) => ({ [key]: layer.raw[key] }))).merged[key];
}
