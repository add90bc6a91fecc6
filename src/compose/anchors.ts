import {
  type Alias,
  type Document,
  isMap,
  isPair,
  isScalar,
  type Node,
  type Pair,
  visit,
  type YAMLMap,
} from 'yaml';
import type { ComposeDocument } from './document.js';
import { isMergeKey, listServices, mergedBlocks } from './services.js';

/** The mapping that carries `&name`, when it is one: the block `<<: *name` merges. */
export function anchoredMap(compose: ComposeDocument, name: string): YAMLMap | undefined {
  let maps = ANCHORED_MAPS.get(compose);
  if (!maps) {
    const found = new Map<string, YAMLMap>();
    // The last one wins, as for an alias after both.
    visit(compose.doc, {
      Map(_, map) {
        if (map.anchor) found.set(map.anchor, map);
      },
    });
    maps = found;
    ANCHORED_MAPS.set(compose, maps);
  }
  return maps.get(name);
}

/** Found once per document, like the other indexes here: a fix asks for each block it meets. */
const ANCHORED_MAPS = new WeakMap<ComposeDocument, ReadonlyMap<string, YAMLMap>>();

/**
 * The services whose merge keys reach `&name`, directly or through another merged block, and
 * those that are the block whole (`worker: *web`): a change to the block changes them all.
 */
export function servicesMerging(compose: ComposeDocument, name: string): string[] {
  let byAnchor = MERGERS.get(compose);
  if (!byAnchor) {
    byAnchor = new Map();
    for (const service of listServices(compose)) {
      const whole = service.aliasOf ? anchoredMap(compose, service.aliasOf) : undefined;
      const map = service.map ?? whole;
      if (!map) continue;
      const anchors = mergedAnchors(compose, map);
      if (service.aliasOf) anchors.add(service.aliasOf);
      for (const anchor of anchors) {
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
  let holders = HOLDERS.get(compose);
  if (!holders) {
    const found = new Map<string, string>();
    for (const service of listServices(compose)) {
      const anchor = service.map?.anchor;
      if (anchor && !found.has(anchor)) found.set(anchor, service.name);
    }
    holders = found;
    HOLDERS.set(compose, holders);
  }
  return holders.get(name);
}

const HOLDERS = new WeakMap<ComposeDocument, ReadonlyMap<string, string>>();

/** Found once per document: a stack of many services asks for each of their fixes. */
const MERGERS = new WeakMap<ComposeDocument, Map<string, string[]>>();

function mergedAnchors(compose: ComposeDocument, map: YAMLMap, seen = new Set<string>()) {
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    for (const { target, anchor } of mergedBlocks(compose, pair.value as Node | null)) {
      if (seen.has(anchor)) continue;
      seen.add(anchor);
      mergedAnchors(compose, target, seen);
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

/** An anchor in a value, that aliases outside the value read, and the services they sit in. */
export interface AliasedAnchor {
  anchor: string;
  /** The services those aliases reach, in file order of the aliases; empty when none does. */
  services: string[];
}

/**
 * The anchor on `node`, or on a value inside it, that an alias outside it reads (`user: &u root`
 * and `user: *u`): changing the node in place changes what the alias stands for too.
 */
export function aliasedAnchor(compose: ComposeDocument, node: Node): AliasedAnchor | undefined {
  const uses = aliasUses(compose);
  // Most values are a plain scalar that no alias reads: no walk for those.
  if (isScalar(node) && !uses.has(node)) return undefined;
  const inside = new Set<Node>();
  visit(node, { Node: (_, n) => void inside.add(n) });
  const outside = [...inside]
    .flatMap((n) => uses.get(n) ?? [])
    .filter((use) => !inside.has(use.alias))
    .sort((a, b) => a.at - b.at);
  const first = outside[0];
  if (!first) return undefined;
  const services = new Set(outside.flatMap((use) => use.services));
  return { anchor: first.alias.source, services: [...services] };
}

/** An alias, where it starts in the file, and the services it sits in. */
interface AliasUse {
  alias: Alias;
  at: number;
  services: string[];
}

/** Each node some alias stands for, with those aliases: found in one walk per document. */
function aliasUses(compose: ComposeDocument): ReadonlyMap<Node, readonly AliasUse[]> {
  let known = USES.get(compose);
  if (!known) {
    const found = new Map<Node, AliasUse[]>();
    visit(compose.doc, {
      Alias(_, alias, path) {
        const target = compose.aliasTargets.get(alias);
        if (!target) return;
        const use = { alias, at: alias.range?.[0] ?? 0, services: servicesAt(compose, path) };
        const list = found.get(target);
        if (list) list.push(use);
        else found.set(target, [use]);
      },
    });
    known = found;
    USES.set(compose, known);
  }
  return known;
}

const USES = new WeakMap<ComposeDocument, ReadonlyMap<Node, readonly AliasUse[]>>();

/** The services a value at `path` belongs to: the one it is written in, and those merging it. */
function servicesAt(compose: ComposeDocument, path: readonly (Document | Node | Pair)[]) {
  const services = compose.doc.get('services', true);
  const names: string[] = [];
  path.forEach((step, i) => {
    const next = path[i + 1];
    if (step === services && isPair(next) && isScalar(next.key)) names.push(String(next.key.value));
    if (isMap(step) && step.anchor) names.push(...servicesMerging(compose, step.anchor));
  });
  return names;
}
