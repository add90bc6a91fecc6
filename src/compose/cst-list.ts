import { type CST, isAlias, isScalar, isSeq, type Node } from 'yaml';
import { type Item, insertPair, type Layout, replaceValue } from './cst-edit.js';
import { findKey, keyOf, scalarItems } from './cst-map.js';
import { syncSequence } from './cst-seq.js';
import type { ComposeDocument } from './document.js';
import { insertionIndex } from './layout.js';
import { readSetting, type ServiceNode } from './services.js';

/**
 * Removes and adds items of a list setting (security_opt) against the list as the token tree
 * holds it now, so that two rules changing the same list compose in either order. A list the
 * service merges from an anchor becomes the service's own, leaving the anchor alone.
 */
export function changeList(
  compose: ComposeDocument,
  service: ServiceNode,
  key: string,
  change: { remove: readonly string[]; add: readonly string[] },
  layout: Layout,
): void {
  const map = service.map?.srcToken;
  if (map?.type !== 'block-map') throw new Error(`service ${service.name} is not a block mapping`);
  const at = findKey(map, key);
  const item = at === -1 ? undefined : (map.items[at] as Item);
  const setting = readSetting(compose, service, key);
  // `security_opt:` with no value is an empty list, as Compose reads it.
  const written =
    item?.value === undefined
      ? []
      : (scalarItems(item.value) ?? aliasedItems(compose, setting.pair?.value));
  const current = item ? written : asStrings(setting);
  if (current === undefined) throw new Error(`${key} of ${service.name} is not a list of strings`);

  const kept = current.filter((value) => !change.remove.includes(value));
  const wanted = [...kept, ...change.add.filter((value) => !kept.includes(value))];
  if (wanted.length === current.length && wanted.every((value, i) => value === current[i])) return;

  if (item) {
    const seq = item.value;
    if (isSequence(seq) && syncSequence(seq, wanted, layout)) return;
    replaceValue(item, wanted, map.indent, layout);
    return;
  }
  const keys = (map.items as Item[]).map((it) => keyOf(it) ?? '');
  insertPair(map, insertionIndex(keys, key), key, wanted, layout);
}

function isSequence(token: CST.Token | undefined): token is CST.BlockSequence | CST.FlowCollection {
  return token?.type === 'block-seq' || token?.type === 'flow-collection';
}

/**
 * A list that is an alias (`security_opt: *opts`) or holds some (`- *opt`), read through them.
 * No edit has touched it yet: the first one writes the list anew, with no alias left.
 */
function aliasedItems(compose: ComposeDocument, node: Node | null | undefined) {
  const through = (n: unknown) => (isAlias(n) ? compose.aliasTargets.get(n) : n);
  const list = through(node);
  const items = isSeq(list) ? list.items.map(through) : [list];
  if (!items.every(isScalar)) return undefined;
  return items.map((item) => String(item.value));
}

function asStrings(setting: { value: unknown }): string[] {
  const { value } = setting;
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}
