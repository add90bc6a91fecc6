import { isAlias, isScalar, isSeq, type Node } from 'yaml';
import { readElsewhere } from './aliased-value.js';
import { readSetting } from './services.js';
import type { Layer } from './stack.js';

/**
 * Why one item of a list (a port, a volume) cannot be changed where the layer writes it: the
 * list or the item is an alias (`ports: *web-ports`, `- *socket`), so the text to change is the
 * anchor's, or the item is an anchor that other values alias, so changing it changes them.
 * Undefined when the item is plain text of its own.
 */
export function aliasedItem(layer: Layer, key: string, index: number): string | undefined {
  const compose = layer.file.compose;
  const list = readSetting(compose, layer.service, key).pair?.value as Node | null | undefined;
  if (isAlias(list)) return `the anchor &${list.source}`;
  if (!isSeq(list)) return undefined;
  const item = list.items[index] as Node | null | undefined;
  // `- *web-port` standing for a port written as text becomes that text, bound: the anchor and
  // whatever else aliases it stay as they were.
  if (isAlias(item) && key === 'ports' && isScalar(compose.aliasTargets.get(item))) {
    return undefined;
  }
  if (isAlias(item)) return `the anchor &${item.source}`;
  const anchored = [list, item].find(
    (node) => node?.anchor && compose.aliasSources.has(node.anchor),
  );
  return anchored ? readElsewhere(compose, anchored, layer.service.name) : undefined;
}
