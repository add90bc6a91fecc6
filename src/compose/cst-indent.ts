import type { CST } from 'yaml';
import type { Item } from './cst-edit.js';

/*
 * Where a line's indentation lives in yaml's token tree. Usually the spaces that open a line
 * start the item written on it. After an item that has no value (`image:`), or whose nested
 * collection ends with one, the parser is still inside that item's separator when the next line
 * begins, and keeps the next line's spaces there. An edit that splices a pair in after such an
 * item would find the indentation of the line after it already written, and its own newline
 * would land after those spaces. Settling moves each such run of spaces to the item it indents,
 * and a newline that opens an item back to the comment it ends, so that every item ends with
 * its newline (or with the end of the file).
 */

/** The token list an item's text ends with; undefined when that is a block scalar's body. */
export function tailOf(item: Item): CST.SourceToken[] | undefined {
  const value = item.value;
  if (!value) return item.sep?.length ? item.sep : item.start;
  if (value.type === 'block-map' || value.type === 'block-seq') {
    const last = value.items[value.items.length - 1];
    return last ? tailOf(last) : undefined;
  }
  return 'end' in value && Array.isArray(value.end) ? value.end : undefined;
}

/** Removes and returns the spaces after an item's last newline: the next line's indentation. */
export function takeIndent(item: Item): CST.SourceToken[] {
  const tail = tailOf(item);
  if (!tail) return [];
  let at = tail.length;
  while (at > 0 && tail[at - 1]?.type === 'space') at--;
  if (at === tail.length || tail[at - 1]?.type !== 'newline') return [];
  return tail.splice(at);
}

/** Gives every line's indentation to the item on that line, throughout the file's documents. */
export function settleIndentation(tokens: readonly CST.Token[]): void {
  for (const token of tokens) {
    if (token.type !== 'document' || !token.value) continue;
    settle(token.value);
    // Spaces after the last line belong to no item: they stay at the end of the document.
    const trailing = takeIndent({ start: [], value: token.value });
    if (trailing.length) token.end = [...trailing, ...(token.end ?? [])];
  }
}

function settle(token: CST.Token): void {
  if (token.type !== 'block-map' && token.type !== 'block-seq') return;
  const items = token.items as Item[];
  items.forEach((item, index) => {
    const next = items[index + 1];
    if (next) {
      closeLine(item, next);
      next.start.unshift(...takeIndent(item));
    }
    if (item.value) settle(item.value);
  });
}

/** `image: # why` with no value: the parser can leave the comment's newline to the next item. */
function closeLine(item: Item, next: Item): void {
  const tail = tailOf(item);
  const newline = next.start[0];
  if (tail?.[tail.length - 1]?.type !== 'comment' || newline?.type !== 'newline') return;
  next.start.shift();
  tail.push(newline);
}
