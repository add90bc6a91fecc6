import {
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
  let found: YAMLMap | undefined;
  visit(compose.doc, {
    Map(_, map) {
      if (map.anchor === name) found = map;
    },
  });
  return found;
}

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
  return listServices(compose).find((service) => service.map?.anchor === name)?.name;
}

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
  const targets = aliasTargetSet(compose);
  const inside = new Set<Node>();
  visit(node, { Node: (_, n) => void inside.add(n) });
  if (![...inside].some((n) => targets.has(n))) return undefined;

  let anchor: string | undefined;
  const services = new Set<string>();
  visit(compose.doc, {
    Alias(_, alias, path) {
      const target = compose.aliasTargets.get(alias);
      if (inside.has(alias) || !target || !inside.has(target)) return;
      anchor ??= alias.source;
      for (const name of servicesAt(compose, path)) services.add(name);
    },
  });
  return anchor === undefined ? undefined : { anchor, services: [...services] };
}

/** The nodes some alias stands for, found once per document: most values are none of them. */
function aliasTargetSet(compose: ComposeDocument): ReadonlySet<Node> {
  let known = TARGETS.get(compose);
  if (!known) {
    known = new Set(compose.aliasTargets.values());
    TARGETS.set(compose, known);
  }
  return known;
}

const TARGETS = new WeakMap<ComposeDocument, ReadonlySet<Node>>();

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
