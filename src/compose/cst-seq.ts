import { CST } from 'yaml';
import { dropTrailingNewline, type Item, isScalarToken, type Layout } from './cst-edit.js';

/**
 * Brings a sequence to the wanted items while leaving the items that stay untouched:
 * unwanted items are removed (their comments stay behind as comment lines), missing ones are
 * appended in the style of their siblings. Returns false when the sequence cannot be edited
 * in place (it would become empty, or it holds non-scalar items).
 */
export function syncSequence(
  seq: CST.BlockSequence | CST.FlowCollection,
  wanted: readonly string[],
  layout: Layout,
): boolean {
  if (wanted.length === 0) return false;
  const real = seq.items.filter((item) => item.value !== undefined);
  if (!real.every((item) => isScalarToken(item.value))) return false;

  const last = real[real.length - 1]?.value;
  const style = isScalarToken(last) ? scalarType(last) : 'PLAIN';
  const endsFile = seq.type === 'block-seq' && !CST.stringify(seq).endsWith('\n');
  const present = new Set<string>();
  for (const item of real) {
    const text = scalarText(item);
    if (text !== undefined && wanted.includes(text) && !present.has(text)) present.add(text);
    else removeItem(seq, item, layout);
  }
  for (const value of wanted) {
    if (!present.has(value)) appendItem(seq, value, style, layout);
  }
  // A list that ended the file without a newline still does, whichever item now ends it.
  const lastItem = seq.items[seq.items.length - 1];
  if (endsFile && lastItem) dropTrailingNewline(lastItem);
  return true;
}

function scalarText(item: Item): string | undefined {
  const value = item.value;
  if (!isScalarToken(value)) return undefined;
  return CST.resolveAsScalar(value)?.value;
}

function removeItem(seq: CST.BlockSequence | CST.FlowCollection, item: Item, layout: Layout) {
  const index = (seq.items as Item[]).indexOf(item);
  const comments = (item.value && 'end' in item.value ? (item.value.end ?? []) : []).filter(
    (t) => t.type === 'comment',
  );
  if (seq.type === 'block-seq') {
    const indicator = item.start.findIndex((t) => t.type === 'seq-item-ind');
    // Whatever stood before the dash (comment lines, indentation) stays; so do inline comments.
    const before = item.start.slice(0, indicator === -1 ? item.start.length : indicator);
    const keptLines = before.some((t) => t.type === 'comment') || comments.length > 0;
    if (keptLines) {
      if (comments.length === 0 && before[before.length - 1]?.type === 'space') before.pop();
      for (const comment of comments) before.push(comment, newline(layout));
      (seq.items as Item[])[index] = { start: before };
      return;
    }
    (seq.items as Item[]).splice(index, 1);
    const next = seq.items[index];
    if (before.length === 0 && next?.start[0]?.type === 'space') next.start.shift();
    return;
  }
  (seq.items as Item[]).splice(index, 1);
  const next = seq.items[index];
  if (index === 0 && next) next.start = next.start.filter((t) => t.type !== 'comma');
  if (index === 0 && next && next.start[0]?.type === 'space') next.start.shift();
}

function appendItem(
  seq: CST.BlockSequence | CST.FlowCollection,
  value: string,
  type: ScalarStyle,
  layout: Layout,
) {
  const real = seq.items.filter((item) => item.value !== undefined);
  const sibling = real[real.length - 1];
  if (seq.type === 'flow-collection') {
    const scalar = CST.createScalarToken(value, {
      indent: seq.indent,
      inFlow: true,
      type,
      end: [],
    });
    const start = real.length ? [tok('comma', ','), tok('space', ' ')] : [];
    const at = sibling ? (seq.items as Item[]).indexOf(sibling) + 1 : seq.items.length;
    (seq.items as Item[]).splice(at, 0, { start, value: scalar });
    return;
  }
  const scalar = CST.createScalarToken(value, {
    indent: seq.indent + 2,
    type,
    end: [newline(layout)],
  });
  const at = sibling ? (seq.items as Item[]).indexOf(sibling) + 1 : seq.items.length;
  // The first item's indentation lives in the separator after the key, as for a map's first pair.
  const indent = at === 0 ? [] : [space(seq.indent)];
  const item: Item = {
    start: [...indent, tok('seq-item-ind', '-'), tok('space', ' ')],
    value: scalar,
  };
  if (sibling && !endsWithNewline(sibling)) {
    item.start.unshift(newline(layout));
    if ('end' in scalar) scalar.end = [];
  }
  (seq.items as Item[]).splice(at, 0, item);
}

function endsWithNewline(item: Item): boolean {
  const value = item.value;
  if (!value) return true;
  return CST.stringify(value).endsWith('\n');
}

type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

function scalarType(tok: CST.FlowScalar | CST.BlockScalar): ScalarStyle {
  if (tok.type === 'double-quoted-scalar') return 'QUOTE_DOUBLE';
  if (tok.type === 'single-quoted-scalar') return 'QUOTE_SINGLE';
  return 'PLAIN';
}

const tok = (type: CST.SourceToken['type'], source: string): CST.SourceToken => ({
  type,
  offset: 0,
  indent: 0,
  source,
});
const space = (n: number) => tok('space', ' '.repeat(n));
const newline = (layout: Layout) => tok('newline', layout.eol);
