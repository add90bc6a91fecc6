import type { Node } from 'yaml';
import { andList } from '../text/and-list.js';
import { type AliasedAnchor, aliasedAnchor } from './anchors.js';
import type { ComposeDocument } from './document.js';
import { readSetting } from './services.js';
import type { Layer } from './stack.js';

/**
 * Why the value a layer writes for `key` cannot be changed in place: it carries an anchor that
 * other values alias (`user: &u root` and elsewhere `user: *u`), so the change would reach
 * them too. Undefined when changing it changes this service alone; a value that is itself an
 * alias is replaced by the new value, which leaves the anchor as it was.
 */
export function aliasedValue(layer: Layer, key: string): string | undefined {
  const node = readSetting(layer.file.compose, layer.service, key).pair?.value as Node | null;
  return node ? readElsewhere(layer.file.compose, node, layer.service.name) : undefined;
}

/** The same, for a node of the file: the anchor others read, named with who reads it. */
export function readElsewhere(
  compose: ComposeDocument,
  node: Node,
  service: string,
): string | undefined {
  const found = aliasedAnchor(compose, node);
  return found && sharedAnchorText(found, service);
}

/** `the anchor &u, that db also reads`, naming the services other than `service`. */
export function sharedAnchorText({ anchor, services }: AliasedAnchor, service: string): string {
  const others = services.filter((name) => name !== service);
  if (others.length === 0) return `the anchor &${anchor}, that other values alias`;
  const verb = others.length === 1 ? 'reads' : 'read';
  return `the anchor &${anchor}, that ${andList(others)} also ${verb}`;
}
