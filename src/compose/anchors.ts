import { isAlias, isMap, isScalar, isSeq, type Node, visit, type YAMLMap } from 'yaml';
import type { ComposeDocument } from './document.js';
import { isMergeKey, listServices } from './services.js';

/** The mapping that carries `&name`, when it is one: the block `<<: *name` merges. */
export function anchoredMap(compose: ComposeDocument, name: string): YAMLMap | undefined {
  let found: YAMLMap | undefined;
  visit(compose.doc, {
    Map(_, map) {
      if (map.anchor === name) found = map;
    },
  });
  return found;
}

/** The services whose merge keys reach `&name`, directly or through another merged block. */
export function servicesMerging(compose: ComposeDocument, name: string): string[] {
  let byAnchor = MERGERS.get(compose);
  if (!byAnchor) {
    byAnchor = new Map();
    for (const service of listServices(compose)) {
      if (!service.map) continue;
      for (const anchor of mergedAnchors(compose, service.map)) {
        byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), service.name]);
      }
    }
    MERGERS.set(compose, byAnchor);
  }
  return byAnchor.get(name) ?? [];
}

/**
 * The service whose own mapping carries `&name` (`web: &web`), when one does: a change to the
 * block is a change to it as well.
 */
export function serviceHolding(compose: ComposeDocument, name: string): string | undefined {
  return listServices(compose).find((service) => service.map?.anchor === name)?.name;
}

/** Found once per document: a stack of many services asks for each of their fixes. */
const MERGERS = new WeakMap<ComposeDocument, Map<string, string[]>>();

function mergedAnchors(compose: ComposeDocument, map: YAMLMap, seen = new Set<string>()) {
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      if (!isAlias(source) || seen.has(source.source)) continue;
      seen.add(source.source);
      const target = compose.aliasTargets.get(source) as Node | undefined;
      if (isMap(target)) mergedAnchors(compose, target, seen);
    }
  }
  return seen;
}

/** The top-level key whose value holds the node: `x-base` for an extension block. */
export function topLevelKeyOf(compose: ComposeDocument, node: Node): string | undefined {
  const root = compose.doc.contents;
  const start = node.range?.[0];
  if (!isMap(root) || start === undefined) return undefined;
  const pair = root.items.find((p) => {
    const range = (p.value as Node | null)?.range;
    return range != null && start >= range[0] && start <= range[1];
  });
  return pair && isScalar(pair.key) ? String(pair.key.value) : undefined;
}
