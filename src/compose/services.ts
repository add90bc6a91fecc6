import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { type ComposeDocument, lineOfNode } from './document.js';

export interface ServiceNode {
  name: string;
  line: number;
  /** The service's own mapping; undefined for `name:` with no value or `name: *alias`. */
  map: YAMLMap | undefined;
  /** Set when the whole service is an alias of another node. */
  aliasOf: string | undefined;
}

/** Where a written value sits beyond its line, when the stack has more than one place. */
export interface SourceDetail {
  /**
   * The file, when it is not the stack's main file; for an item of a list merged from several
   * files, always.
   */
  file?: string;
  /** The service it is inherited from through `extends`. */
  extendsFrom?: string;
  /** The variables its value was taken from. */
  variables?: readonly string[];
  /** Of those, the ones not set: Compose put an empty string in their place. */
  unset?: readonly string[];
}

/** Where a setting's value is written. */
export type SettingSource =
  | ({ kind: 'own'; line: number } & SourceDetail)
  | ({ kind: 'merged'; line: number; anchor: string } & SourceDetail)
  | { kind: 'unset' };

export interface Setting {
  key: string;
  /** As Compose will use it: variables substituted. */
  value: unknown;
  /** As the files write it, `${VAR}` and all, when that differs from `value`. */
  written?: unknown;
  source: SettingSource;
  /** The pair in the service's own mapping, when the setting is written there. */
  pair: Pair<Node, Node | null> | undefined;
  /** An anchor on the value that other nodes alias: editing it in place would change them. */
  sharedAnchor: string | undefined;
  /**
   * For a list, where each item is written, in the order of `value`: items merged from
   * several files or a service it extends each keep their own file and line.
   */
  items?: readonly SettingSource[];
}

/**
 * The services of a file, in file order, found once per document: edits never add or remove a
 * service, and a stack asks for them per service.
 */
export function listServices(compose: ComposeDocument): ServiceNode[] {
  return indexOf(compose).list;
}

export function serviceNamed(compose: ComposeDocument, name: string): ServiceNode | undefined {
  return indexOf(compose).byName.get(name);
}

interface ServiceIndex {
  list: ServiceNode[];
  byName: Map<string, ServiceNode>;
}

const INDEXES = new WeakMap<ComposeDocument, ServiceIndex>();

function indexOf(compose: ComposeDocument): ServiceIndex {
  const known = INDEXES.get(compose);
  if (known) return known;
  const list = readServices(compose);
  const index = { list, byName: new Map(list.map((s) => [s.name, s])) };
  INDEXES.set(compose, index);
  return index;
}

function readServices(compose: ComposeDocument): ServiceNode[] {
  const services = compose.doc.get('services', true);
  if (!isMap(services)) return [];
  return services.items.map((pair) => {
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    const resolved = isAlias(value) ? compose.aliasTargets.get(value) : value;
    return {
      name: String(isScalar(key) ? key.value : key),
      line: lineOfNode(compose.lineCounter, key) ?? 1,
      map: isAlias(value) ? undefined : isMap(resolved) ? resolved : undefined,
      aliasOf: isAlias(value) ? value.source : undefined,
    };
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list setting's items; a single value stands for a list of one, nothing for none. */
export function asItems(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
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
  const settings = plainService(compose, service.name);
  const value = settings && Object.hasOwn(settings, key) ? settings[key] : undefined;
  const own = service.map.items.find((p) => isScalar(p.key) && p.key.value === key) as
    | Pair<Node, Node | null>
    | undefined;
  if (own) {
    return {
      key,
      value,
      source: { kind: 'own', line: lineOfNode(compose.lineCounter, own.key) ?? service.line },
      pair: own,
      sharedAnchor: sharedAnchor(compose, own.value),
    };
  }
  const merged = findMerged(compose, service.map, key, new Set());
  if (!merged) return none;
  return {
    key,
    value,
    source: {
      kind: 'merged',
      line: lineOfNode(compose.lineCounter, merged.pair.key as Node) ?? service.line,
      anchor: merged.anchor,
    },
    pair: undefined,
    sharedAnchor: undefined,
  };
}

/**
 * The line of each item of a list setting as the service writes it, in its own mapping or in a
 * block it merges; a single value standing for a list counts as one item.
 */
export function itemLines(
  compose: ComposeDocument,
  service: ServiceNode,
  key: string,
): number[] | undefined {
  if (!service.map) return undefined;
  const pair =
    service.map.items.find((p) => isScalar(p.key) && p.key.value === key) ??
    findMerged(compose, service.map, key, new Set())?.pair;
  const written = pair?.value as Node | null | undefined;
  const value = isAlias(written) ? compose.aliasTargets.get(written) : written;
  const items = isSeq(value) ? (value.items as Node[]) : value ? [value] : [];
  return items.map((item) => lineOfNode(compose.lineCounter, item) ?? service.line);
}

export function isMergeKey(key: unknown): boolean {
  return (
    isScalar(key) && (key.source === '<<' || typeof key.value === 'symbol' || key.value === '<<')
  );
}

function findMerged(
  compose: ComposeDocument,
  map: YAMLMap,
  key: string,
  seen: Set<Node>,
): { pair: Pair; anchor: string } | undefined {
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    for (const { target, anchor } of mergedBlocks(compose, pair.value as Node | null)) {
      if (seen.has(target)) continue;
      seen.add(target);
      const found = target.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (found) return { pair: found, anchor };
      const deeper = findMerged(compose, target, key, seen);
      if (deeper) return deeper;
    }
  }
  return undefined;
}

/**
 * The blocks a merge key brings in, each with the anchor that names it: an alias (`<<: *base`)
 * or a block written in place with an anchor (`<<: &base {...}`), alone or in a list. A block
 * written in place with no anchor has no name to write through, and is left out.
 */
export function mergedBlocks(
  compose: ComposeDocument,
  value: Node | null,
): { target: YAMLMap; anchor: string }[] {
  const sources = isSeq(value) ? value.items : [value];
  return sources.flatMap((source) => {
    const target = isAlias(source) ? compose.aliasTargets.get(source) : source;
    const anchor = isAlias(source) ? source.source : (source as Node | null)?.anchor;
    return isMap(target) && anchor ? [{ target, anchor }] : [];
  });
}

/**
 * A service's settings as Compose reads them, own keys over merged ones. Taken from the data
 * parsed once: `toJS` on a node that holds an alias walks the whole file again.
 */
function plainService(compose: ComposeDocument, name: string): Record<string, unknown> | undefined {
  const services = (compose.data as { services?: Record<string, unknown> }).services;
  const service = services?.[name];
  return typeof service === 'object' && service !== null
    ? (service as Record<string, unknown>)
    : undefined;
}

function sharedAnchor(compose: ComposeDocument, node: Node | null): string | undefined {
  const anchor = node?.anchor;
  if (!anchor) return undefined;
  return compose.aliasSources.has(anchor) ? anchor : undefined;
}
