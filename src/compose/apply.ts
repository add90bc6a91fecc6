import { CST, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { anchoredMap, serviceHolding, servicesMerging, topLevelKeyOf } from './anchors.js';
import { assertOnlyEdited } from './check-edits.js';
import { insertPair, type Layout, replaceValue, setScalar } from './cst-edit.js';
import { flowList, setFlowPair } from './cst-flow.js';
import { settleIndentation } from './cst-indent.js';
import { changeList } from './cst-list.js';
import { findKey, removePair } from './cst-map.js';
import { setPort } from './cst-port.js';
import { syncSequence } from './cst-seq.js';
import { settleReset } from './cst-tags.js';
import { changeVolume } from './cst-volume.js';
import { type ComposeDocument, parseCompose, printTokens } from './document.js';
import { detectLayout, insertionIndex } from './layout.js';
import { listServices, readSetting, type ServiceNode } from './services.js';

/** A value a `set` edit writes: a scalar, a list of strings, or a small mapping (healthcheck). */
export type EditValue =
  | string
  | boolean
  | number
  | string[]
  | { readonly [key: string]: string | boolean | number | string[] };

/**
 * A change to one service, as plain data: what the plan proposes and the user may take. `file`
 * is the absolute path of the file to change, when it is not the stack's main file.
 */
export type Edit = EditOf & {
  file?: string;
  /**
   * Change the block `&anchor` that the service merges (`<<: *anchor`) instead of the service:
   * every service merging it gets the change.
   */
  anchor?: string;
};

type EditOf =
  | { kind: 'set'; service: string; key: string; value: EditValue }
  | { kind: 'port'; service: string; index: number; short: string; hostIp: string }
  /** Removes a key; its comments stay as comment lines where it stood. */
  | { kind: 'delete'; service: string; key: string }
  /** Removes and adds items of a list setting, against the list as it is when applied. */
  | { kind: 'list'; service: string; key: string; remove: string[]; add: string[] }
  /** Makes one `volumes:` entry read-only, or its bind propagation private. */
  | { kind: 'volume'; service: string; index: number; readOnly?: true; propagation?: 'rprivate' };

/**
 * Applies edits to a fresh copy of the file and returns the new text. Untouched bytes are
 * kept exactly. Edits to the same key of the same service: the last one wins, except that
 * `list` edits to one key merge, and `volume` edits apply to what the edits before them left.
 * With `inPlace` the source's own token tree is edited, which saves parsing the file again;
 * for a caller that renders once and never uses the source after (`apply`).
 */
export function applyEdits(
  source: ComposeDocument,
  edits: readonly Edit[],
  { inPlace = false }: { inPlace?: boolean } = {},
): string {
  if (edits.length === 0) return source.text;
  const compose = inPlace ? source : parseCompose(source.text, source.file);
  settleIndentation(compose.tokens);
  const servicesNode = compose.doc.get('services', true) as YAMLMap;
  const layout = detectLayout(servicesNode.srcToken, compose.eol);
  const services = new Map(listServices(compose).map((s) => [s.name, s]));

  for (const edit of dedupe(edits)) {
    const service = edit.anchor
      ? anchorNode(compose, edit.service, edit.anchor)
      : services.get(edit.service);
    if (!service?.map) throw new Error(`service ${edit.service} has no mapping to edit`);
    const map = service.map?.srcToken;
    const reset = map?.type === 'block-map' || map?.type === 'flow-collection' ? map : undefined;
    if (reset && edit.kind === 'set') settleReset(reset, edit.key, edit.value);
    if (reset && edit.kind === 'list') settleReset(reset, edit.key, edit.add);
    if (edit.kind === 'set') setKey(compose, service, edit.key, edit.value, layout);
    else if (edit.kind === 'port') setPort(service, edit, layout);
    else if (edit.kind === 'delete') deleteKey(service, edit.key, layout);
    else if (edit.kind === 'list') changeAnyList(compose, service, edit, layout);
    else changeVolume(service, edit.index, edit, layout);
  }
  const text = printTokens(compose.tokens);
  const shared = sharedChanges(source, edits);
  assertOnlyEdited(source, text, source.file, [...edits, ...shared.edits], shared.topLevel);
  return text;
}

/** The block an anchored edit changes, standing in for the service that merges it. */
function anchorNode(compose: ComposeDocument, service: string, anchor: string): ServiceNode {
  const map = anchoredMap(compose, anchor);
  if (!map) throw new Error(`no block &${anchor} to edit for ${service}`);
  return { name: `&${anchor}`, line: 0, map, aliasOf: undefined };
}

/**
 * An edit to a shared block changes the same key in every service that merges it, and the
 * top-level key that holds the block: the last check must expect those changes too.
 */
function sharedChanges(compose: ComposeDocument, edits: readonly Edit[]) {
  const shared: Edit[] = [];
  const topLevel: string[] = [];
  for (const edit of edits) {
    if (!edit.anchor) continue;
    const owner = serviceHolding(compose, edit.anchor);
    const reached = [...servicesMerging(compose, edit.anchor), ...(owner ? [owner] : [])];
    for (const service of reached) shared.push({ ...edit, service });
    const map = anchoredMap(compose, edit.anchor);
    const holder = map && topLevelKeyOf(compose, map);
    if (holder && holder !== 'services') topLevel.push(holder);
  }
  return { edits: shared, topLevel };
}

/** The service setting an edit changes: `ports` for a port, `volumes` for a volume. */
export function settingOf(edit: Edit): string {
  if (edit.kind === 'port') return 'ports';
  if (edit.kind === 'volume') return 'volumes';
  return edit.key;
}

function targetOf(edit: Edit): string {
  return edit.anchor ? `&${edit.anchor}\0${editTarget(edit)}` : editTarget(edit);
}

function editTarget(edit: Edit): string {
  switch (edit.kind) {
    case 'set':
    case 'delete':
      return `${edit.service}\0${edit.key}`;
    case 'port':
      return `${edit.service}\0port\0${edit.index}`;
    case 'list':
      return `${edit.service}\0list\0${edit.key}`;
    case 'volume':
      return `${edit.service}\0volume\0${edit.index}\0${edit.readOnly}\0${edit.propagation}`;
  }
}

/** One edit per target, the last one winning; list edits to one key merge into one. */
function dedupe(edits: readonly Edit[]): Edit[] {
  const byTarget = new Map<string, Edit>();
  for (const edit of edits) {
    const target = targetOf(edit);
    const earlier = byTarget.get(target);
    if (edit.kind === 'list' && earlier?.kind === 'list') {
      const union = (a: string[], b: string[]) => [...a, ...b.filter((v) => !a.includes(v))];
      const remove = union(earlier.remove, edit.remove);
      byTarget.set(target, { ...edit, remove, add: union(earlier.add, edit.add) });
      continue;
    }
    byTarget.delete(target);
    byTarget.set(target, edit);
  }
  return [...byTarget.values()];
}

function deleteKey(service: ServiceNode, key: string, layout: Layout): void {
  const map = service.map?.srcToken;
  if (map?.type !== 'block-map' && map?.type !== 'flow-collection') {
    throw new Error(`service ${service.name} is not a mapping`);
  }
  const index = findKey(map, key);
  if (index !== -1) removePair(map, index, layout);
}

function setKey(
  compose: ComposeDocument,
  service: ServiceNode,
  key: string,
  value: EditValue,
  layout: Layout,
): void {
  const map = service.map?.srcToken;
  if (map?.type === 'flow-collection') {
    setInFlow(compose, service, map, key, value);
    return;
  }
  if (map?.type !== 'block-map') throw new Error(`service ${service.name} is not a block mapping`);
  const setting = readSetting(compose, service, key);
  const item = setting.pair?.srcToken;
  if (!setting.pair || !item) {
    const keys = map.items.map((it) => (it.key ? (CST.resolveAsScalar(it.key)?.value ?? '') : ''));
    insertPair(map, insertionIndex(keys, key), key, value, layout);
    return;
  }
  const node = setting.pair.value as Node | null;
  const scalar = typeof value === 'object' ? undefined : value;
  if (scalar !== undefined && isScalar(node) && node.srcToken && CST.isScalar(node.srcToken)) {
    setScalar(node.srcToken, scalar);
    return;
  }
  const seqToken = isSeq<Node>(node) ? node.srcToken : undefined;
  const seqLike = seqToken?.type === 'block-seq' || seqToken?.type === 'flow-collection';
  if (Array.isArray(value) && seqLike && syncSequence(seqToken, value, layout)) return;
  replaceValue(item, value, map.indent, layout);
}

/** In a flow mapping a scalar keeps its quoting; anything else is written anew in flow style. */
function setInFlow(
  compose: ComposeDocument,
  service: ServiceNode,
  map: CST.FlowCollection,
  key: string,
  value: EditValue,
): void {
  const node = readSetting(compose, service, key).pair?.value as Node | null | undefined;
  const token = isScalar(node) ? node.srcToken : undefined;
  if (typeof value !== 'object' && token && CST.isScalar(token)) setScalar(token, value);
  else setFlowPair(map, key, value);
}

function changeAnyList(
  compose: ComposeDocument,
  service: ServiceNode,
  edit: Extract<Edit, { kind: 'list' }>,
  layout: Layout,
): void {
  const map = service.map?.srcToken;
  if (map?.type !== 'flow-collection') {
    changeList(compose, service, edit.key, edit, layout);
    return;
  }
  const before = flowList(map, edit.key, { remove: [], add: [] });
  const wanted = flowList(map, edit.key, edit);
  const same = wanted.length === before.length && wanted.every((v, i) => v === before[i]);
  if (!same || findKey(map, edit.key) === -1) setFlowPair(map, edit.key, wanted);
}
