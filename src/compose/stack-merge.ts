import { isScalar, type Node } from 'yaml';
import { mergeServiceWithOrigins } from './merge.js';
import type { ServiceNode } from './services.js';
import type { Layer, StackService } from './stack.js';

/**
 * One service from its layers, weakest first, by Compose's merge rules. A key tagged `!reset`
 * in a layer drops what the layers before it set; `!override` replaces it instead of merging.
 * Those earlier values are marked shadowed, so no fix is routed to them; the layer that resets
 * a key is where its fix goes.
 */
export function mergeLayers(name: string, given: readonly Layer[]): StackService {
  const layers = hideReplaced(given);
  const fileLayers = layers.filter((l) => l.via === 'file');
  const home =
    fileLayers.findLast((l) => 'image' in l.data) ??
    fileLayers.findLast((l) => 'build' in l.data) ??
    (fileLayers[0] as Layer);
  const visible = layers.map((layer) => withoutKeys(layer.data, layer.hidden));
  if (layers.length === 1) {
    const data = visible[0] ?? {};
    const origins = new Map(Object.keys(data).map((key) => [key, [0]]));
    return { name, layers, data, origins, home };
  }
  const { merged, origins } = mergeServiceWithOrigins(visible);
  const { extends: _, ...data } = merged;
  return { name, layers, data, origins, home };
}

function hideReplaced(layers: readonly Layer[]): Layer[] {
  const tags = layers.map((layer) => tagged(layer.service));
  return layers.map((layer, index) => {
    const shadowed = new Set<string>();
    for (const later of tags.slice(index + 1)) {
      for (const key of [...later.reset, ...later.override]) shadowed.add(key);
    }
    const hidden = new Set([...shadowed, ...(tags[index]?.reset ?? [])]);
    return hidden.size > 0 ? { ...layer, hidden, shadowed } : layer;
  });
}

/** The keys of a service written with `!reset` or `!override`. */
function tagged(service: ServiceNode): { reset: string[]; override: string[] } {
  const reset: string[] = [];
  const override: string[] = [];
  for (const pair of service.map?.items ?? []) {
    const tag = (pair.value as Node | null)?.tag;
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key && tag === '!reset') reset.push(key);
    if (key && tag === '!override') override.push(key);
  }
  return { reset, override };
}

function withoutKeys(
  data: Readonly<Record<string, unknown>>,
  keys: ReadonlySet<string> | undefined,
): Readonly<Record<string, unknown>> {
  if (!keys) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => !keys.has(key)));
}
