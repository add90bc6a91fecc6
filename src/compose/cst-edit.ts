import { CST } from 'yaml';
import { tailOf } from './cst-indent.js';
import { looksNumeric, renderItem } from './cst-render.js';

/**
 * Lossless edits on yaml's concrete syntax tree. The tree keeps every byte of the source, so
 * whatever an edit does not touch prints back exactly as it was read. New nodes are rendered by
 * yaml's own stringifier and parsed back into tokens before they are grafted in.
 */

/** A collection item with its key optional, the shape every item of the tree satisfies. */
export type Item = {
  start: CST.SourceToken[];
  key?: CST.Token | null;
  sep?: CST.SourceToken[];
  value?: CST.Token;
};
type Scalar = CST.FlowScalar | CST.BlockScalar;

export interface Layout {
  eol: string;
  /** Spaces per nesting level for new mappings. */
  indent: number;
  /** Whether block sequences are indented below their key (`key:\n  - a`). */
  indentSeq: boolean;
}

const token = (type: CST.SourceToken['type'], source: string, indent = 0): CST.SourceToken => ({
  type,
  offset: 0,
  indent,
  source,
});

export function itemText(item: Item): string {
  let text = '';
  for (const t of item.start) text += CST.stringify(t);
  if (item.key) text += CST.stringify(item.key);
  for (const t of item.sep ?? []) text += CST.stringify(t);
  if (item.value) text += CST.stringify(item.value);
  return text;
}

/**
 * Inserts a new `key: value` pair into a block map after the item at `after` (-1: first). The
 * tree must be settled (`settleIndentation`): every item then ends with its newline, or with the
 * end of the file, where the new pair takes over ending without one.
 */
export function insertPair(
  map: CST.BlockMap,
  after: number,
  key: string,
  value: unknown,
  layout: Layout,
): void {
  const item = renderItem(key, value, map.indent, layout);
  const before = map.items
    .slice(0, after + 1)
    .map(itemText)
    .join('');
  if (after === -1) {
    // The first item's indentation lives in the parent's separator: swap it over.
    const first = map.items[0];
    if (first) first.start.unshift(token('space', ' '.repeat(map.indent)));
    item.start = item.start.filter((t) => t.type !== 'space');
  } else if (!before.endsWith('\n')) {
    item.start.unshift(token('newline', layout.eol));
    dropTrailingNewline(item);
  }
  (map.items as Item[]).splice(after + 1, 0, item);
}

export function dropTrailingNewline(item: Item): void {
  const tail = tailOf(item);
  if (tail?.[tail.length - 1]?.type === 'newline') tail.pop();
}

/**
 * Replaces the value of a pair, keeping its key; comments after the key or inside the old value
 * move above it. A pair that ended the file without a newline still does.
 */
export function replaceValue(item: Item, value: unknown, indent: number, layout: Layout): void {
  const comments = [...(item.sep ?? []).flatMap(collectComments), ...collectComments(item.value)];
  const fresh = renderItem('__key', value, indent, layout);
  const trailing = trailingNewline(item);
  item.sep = withProps(fresh.sep ?? [], item.sep ?? []);
  item.value = fresh.value;
  if (!trailing) dropTrailingNewline(item);
  for (const comment of comments) {
    item.start.push(
      token('comment', comment, indent),
      token('newline', layout.eol),
      token('space', ' '.repeat(indent)),
    );
  }
}

/**
 * The new value keeps the tag and anchor the old one had: `cap_add: !override [NET_ADMIN]`
 * emptied is `cap_add: !override []`, which still replaces what earlier files add.
 */
function withProps(fresh: CST.SourceToken[], old: CST.SourceToken[]): CST.SourceToken[] {
  const props = old.filter((tok) => tok.type === 'tag' || tok.type === 'anchor');
  const [indicator, ...rest] = fresh;
  if (props.length === 0 || indicator?.type !== 'map-value-ind') return fresh;
  return [indicator, ...props.flatMap((prop) => [token('space', ' '), prop]), ...rest];
}

function trailingNewline(item: Item): boolean {
  return itemText(item).endsWith('\n');
}

function collectComments(tok: CST.Token | undefined): string[] {
  if (!tok) return [];
  const found: string[] = [];
  const walk = (t: CST.Token | undefined): void => {
    if (!t) return;
    if (t.type === 'comment') found.push(t.source);
    if ('end' in t && Array.isArray(t.end)) t.end.forEach(walk);
    if ('props' in t && Array.isArray(t.props)) t.props.forEach(walk);
    if ('items' in t) {
      for (const it of t.items) {
        it.start.forEach(walk);
        walk(it.key ?? undefined);
        it.sep?.forEach(walk);
        walk(it.value);
      }
    }
  };
  walk(tok);
  return found;
}

export function setScalar(tok: Scalar, value: string | number | boolean): void {
  const quote = typeof value === 'string' && tok.type === 'scalar' && looksNumeric(value);
  CST.setScalarValue(tok, String(value), quote ? { type: 'QUOTE_DOUBLE' } : undefined);
}

export function isScalarToken(tok: CST.Token | undefined): tok is Scalar {
  return CST.isScalar(tok);
}
