import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { type ComposeDocument, lineOfNode } from './document.js';
import { MAX_ALIAS_COUNT } from './yaml-options.js';

export interface ServiceNode {
  name: string;
  line: number;
  /** The service's own mapping; undefined for `name:` with no value or `name: *alias`. */
  map: YAMLMap | undefined;
  /** Set when the whole service is an alias of another node. */
  aliasOf: string | undefined;
}

/** Where a setting's value is written. */
export type SettingSource =
  | { kind: 'own'; line: number }
  | { kind: 'merged'; line: number; anchor: string }
  | { kind: 'unset' };

export interface Setting {
  key: string;
  value: unknown;
  source: SettingSource;
  /** The pair in the service's own mapping, when the setting is written there. */
  pair: Pair<Node, Node | null> | undefined;
  /** An anchor on the value that other nodes alias: editing it in place would change them. */
  sharedAnchor: string | undefined;
}

export function listServices(compose: ComposeDocument): ServiceNode[] {
  const services = compose.doc.get('services', true);
  if (!isMap(services)) return [];
  return services.items.map((pair) => {
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    const resolved = isAlias(value) ? value.resolve(compose.doc) : value;
    return {
      name: String(isScalar(key) ? key.value : key),
      line: lineOfNode(compose.lineCounter, key) ?? 1,
      map: isAlias(value) ? undefined : isMap(resolved) ? resolved : undefined,
      aliasOf: isAlias(value) ? value.source : undefined,
    };
  });
}

export function readSetting(compose: ComposeDocument, service: ServiceNode, key: string): Setting {
  const none: Setting = {
    key,
    value: undefined,
    source: { kind: 'unset' },
    pair: undefined,
    sharedAnchor: undefined,
  };
  if (!service.map) return none;
  const own = service.map.items.find((p) => isScalar(p.key) && p.key.value === key) as
    | Pair<Node, Node | null>
    | undefined;
  if (own) {
    return {
      key,
      value: toJS(compose.doc, own.value),
      source: { kind: 'own', line: lineOfNode(compose.lineCounter, own.key) ?? service.line },
      pair: own,
      sharedAnchor: sharedAnchor(compose, own.value),
    };
  }
  const merged = findMerged(compose.doc, service.map, key, new Set());
  if (!merged) return none;
  return {
    key,
    value: toJS(compose.doc, merged.pair.value as Node | null),
    source: {
      kind: 'merged',
      line: lineOfNode(compose.lineCounter, merged.pair.key as Node) ?? service.line,
      anchor: merged.anchor,
    },
    pair: undefined,
    sharedAnchor: undefined,
  };
}

export function isMergeKey(key: unknown): boolean {
  return (
    isScalar(key) && (key.source === '<<' || typeof key.value === 'symbol' || key.value === '<<')
  );
}

function findMerged(
  doc: Document.Parsed,
  map: YAMLMap,
  key: string,
  seen: Set<Node>,
): { pair: Pair; anchor: string } | undefined {
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      if (!isAlias(source)) continue;
      const target = (source as Alias).resolve(doc);
      if (!isMap(target) || seen.has(target)) continue;
      seen.add(target);
      const found = target.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (found) return { pair: found, anchor: (source as Alias).source };
      const deeper = findMerged(doc, target, key, seen);
      if (deeper) return deeper;
    }
  }
  return undefined;
}

function toJS(doc: Document.Parsed, node: Node | null): unknown {
  if (node === null) return null;
  return node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
}

function sharedAnchor(compose: ComposeDocument, node: Node | null): string | undefined {
  const anchor = node?.anchor;
  if (!anchor) return undefined;
  return compose.aliasSources.has(anchor) ? anchor : undefined;
}
