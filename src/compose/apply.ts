import { CST, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { insertPair, type Layout, replaceValue, setScalar } from './cst-edit.js';
import { syncSequence } from './cst-seq.js';
import { type ComposeDocument, parseCompose, printTokens } from './document.js';
import { detectLayout, insertionIndex } from './layout.js';
import { listServices, readSetting, type ServiceNode } from './services.js';

/** A change to one service, as plain data: what the plan proposes and the user may take. */
export type Edit =
  | { kind: 'set'; service: string; key: string; value: string | boolean | number | string[] }
  | { kind: 'port'; service: string; index: number; short: string; hostIp: string };

/**
 * Applies edits to a fresh copy of the file and returns the new text. Untouched bytes are
 * kept exactly. Edits to the same key of the same service: the last one wins.
 */
export function applyEdits(source: ComposeDocument, edits: readonly Edit[]): string {
  if (edits.length === 0) return source.text;
  const compose = parseCompose(source.text, source.file);
  const servicesNode = compose.doc.get('services', true) as YAMLMap;
  const layout = detectLayout(servicesNode.srcToken, compose.eol);
  const services = new Map(listServices(compose).map((s) => [s.name, s]));

  for (const edit of dedupe(edits)) {
    const service = services.get(edit.service);
    if (!service?.map) throw new Error(`service ${edit.service} has no mapping to edit`);
    if (edit.kind === 'set') setKey(compose, service, edit.key, edit.value, layout);
    else setPort(service, edit, layout);
  }
  return printTokens(compose.tokens);
}

function dedupe(edits: readonly Edit[]): Edit[] {
  const byTarget = new Map<string, Edit>();
  for (const edit of edits) {
    const target =
      edit.kind === 'set' ? `${edit.service}\0${edit.key}` : `${edit.service}\0port\0${edit.index}`;
    byTarget.delete(target);
    byTarget.set(target, edit);
  }
  return [...byTarget.values()];
}

function setKey(
  compose: ComposeDocument,
  service: ServiceNode,
  key: string,
  value: string | boolean | number | string[],
  layout: Layout,
): void {
  const map = service.map?.srcToken;
  if (map?.type !== 'block-map') throw new Error(`service ${service.name} is not a block mapping`);
  const setting = readSetting(compose, service, key);
  const item = setting.pair?.srcToken;
  if (!setting.pair || !item) {
    const keys = map.items.map((it) => (it.key ? (CST.resolveAsScalar(it.key)?.value ?? '') : ''));
    insertPair(map, insertionIndex(keys, key), key, value, layout);
    return;
  }
  const node = setting.pair.value as Node | null;
  if (!Array.isArray(value) && isScalar(node) && node.srcToken && CST.isScalar(node.srcToken)) {
    setScalar(node.srcToken, value);
    return;
  }
  const seqToken = isSeq<Node>(node) ? node.srcToken : undefined;
  const seqLike = seqToken?.type === 'block-seq' || seqToken?.type === 'flow-collection';
  if (Array.isArray(value) && seqLike && syncSequence(seqToken, value, layout)) return;
  replaceValue(item, value, map.indent, layout);
}

function setPort(
  service: ServiceNode,
  edit: Extract<Edit, { kind: 'port' }>,
  layout: Layout,
): void {
  const ports = service.map?.get('ports', true);
  const entry = isSeq(ports) ? (ports.items[edit.index] as Node | undefined) : undefined;
  if (isScalar(entry) && entry.srcToken && CST.isScalar(entry.srcToken)) {
    setScalar(entry.srcToken, edit.short);
    return;
  }
  if (isMap(entry)) {
    const hostIp = entry.get('host_ip', true);
    if (isScalar(hostIp) && hostIp.srcToken && CST.isScalar(hostIp.srcToken)) {
      setScalar(hostIp.srcToken, edit.hostIp);
      return;
    }
    const token = entry.srcToken;
    if (token?.type === 'block-map') {
      const keys = token.items.map((it) =>
        it.key ? (CST.resolveAsScalar(it.key)?.value ?? '') : '',
      );
      const after = Math.max(keys.indexOf('published'), keys.indexOf('target'), 0);
      insertPair(token, after, 'host_ip', edit.hostIp, layout);
      return;
    }
    if (token?.type === 'flow-collection') {
      insertFlowPair(token, 'host_ip', edit.hostIp);
      return;
    }
  }
  throw new Error(`port ${edit.index} of ${edit.service} cannot be edited in place`);
}

function insertFlowPair(token: CST.FlowCollection, key: string, value: string): void {
  const t = (type: CST.SourceToken['type'], source: string): CST.SourceToken => ({
    type,
    offset: 0,
    indent: 0,
    source,
  });
  token.items.push({
    start: token.items.length ? [t('comma', ','), t('space', ' ')] : [],
    key: CST.createScalarToken(key, { indent: 0, inFlow: true }),
    sep: [t('map-value-ind', ':'), t('space', ' ')],
    value: CST.createScalarToken(value, { indent: 0, inFlow: true }),
  });
}
