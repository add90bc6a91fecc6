import type { CST } from 'yaml';
import type { Layout } from './cst-edit.js';

/**
 * Reads how the file indents, so new keys look like their neighbours: the step between the
 * services mapping and a service, and whether lists sit indented below their key.
 */
export function detectLayout(servicesToken: CST.Token | undefined, eol: string): Layout {
  const layout: Layout = { eol, indent: 2, indentSeq: true };
  if (servicesToken?.type !== 'block-map') return layout;
  for (const service of servicesToken.items) {
    const map = service.value;
    if (map?.type !== 'block-map') continue;
    layout.indent = Math.max(1, map.indent - servicesToken.indent);
    for (const item of map.items) {
      const value = item.value;
      if (value?.type === 'block-seq') {
        layout.indentSeq = value.indent > map.indent;
        return layout;
      }
    }
  }
  return layout;
}

/**
 * Service keys in the order people usually write them. A new key goes after the key, lowest in
 * the file, of those that come before it here, so hardening settings gather near the image.
 */
const ORDER = [
  'image',
  'build',
  'container_name',
  'hostname',
  'restart',
  'user',
  'privileged',
  'security_opt',
  'cap_drop',
  'cap_add',
  'read_only',
  'tmpfs',
];

export function insertionIndex(keys: readonly string[], key: string): number {
  const rank = ORDER.indexOf(key);
  if (rank === -1) return keys.length - 1;
  let best = -1;
  keys.forEach((existing, index) => {
    const r = ORDER.indexOf(existing);
    if (r !== -1 && r < rank) best = index;
  });
  if (best !== -1) return best;
  // Nothing that comes before it: go just before the first key that comes after it.
  const next = keys.findIndex((existing) => ORDER.indexOf(existing) > rank);
  return next === -1 ? keys.length - 1 : next - 1;
}
