import { mergeServiceWithOrigins } from './merge.js';
import { readSetting, type Setting, type SettingSource } from './services.js';
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
  const variables = used('variables');
  return {
    key,
    value: service.data[key],
    ...(variables.length > 0 ? { written: writtenValue(service, key) } : {}),
    source: withDetail(written.source, stack, layer, variables, used('unset')),
    pair: layer.via === 'file' ? written.pair : undefined,
    sharedAnchor: layer.via === 'file' ? written.sharedAnchor : undefined,
  };
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
