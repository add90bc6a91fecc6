import type { CST } from 'yaml';
import type { Item } from './cst-edit.js';
import { findKey } from './cst-map.js';

/**
 * A value written under `!reset` is thrown away by Compose, so a fix written there must lose
 * the tag: a list or mapping becomes `!override` (it still replaces what earlier files set),
 * a scalar simply replaces it.
 */
export function settleReset(map: CST.BlockMap | CST.FlowCollection, key: string, value: unknown) {
  const item = map.items[findKey(map, key)] as Item | undefined;
  const sep = item?.sep;
  const at = sep?.findIndex((token) => token.type === 'tag' && token.source === '!reset') ?? -1;
  if (!sep || at === -1) return;
  const tag = sep[at] as CST.SourceToken;
  if (typeof value === 'object' && value !== null) {
    tag.source = '!override';
    return;
  }
  sep.splice(at, sep[at + 1]?.type === 'space' ? 2 : 1);
}
