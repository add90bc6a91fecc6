import { CST } from 'yaml';
import { dropTrailingNewline, type Item, itemText, type Layout } from './cst-edit.js';

/*
 * Reading and removing the pairs of a mapping on the token tree itself, so that several edits
 * to the same service see each other's work (the parsed Document is not updated by edits).
 */

export type MapToken = CST.BlockMap | CST.FlowCollection;

export function keyOf(item: Item): string | undefined {
  return item.key ? CST.resolveAsScalar(item.key)?.value : undefined;
}

/** The index of `key` among the map's pairs as they are now; -1 when absent. */
export function findKey(map: MapToken, key: string): number {
  return (map.items as Item[]).findIndex((item) => keyOf(item) === key);
}

/** The scalar strings of a sequence value; undefined when it holds anything else. */
export function scalarItems(token: CST.Token | undefined): string[] | undefined {
  if (!token) return undefined;
  if (CST.isScalar(token)) return [CST.resolveAsScalar(token)?.value ?? ''];
  if (token.type !== 'block-seq' && token.type !== 'flow-collection') return undefined;
  const values: string[] = [];
  for (const item of token.items) {
    if (item.value === undefined) continue;
    if (!CST.isScalar(item.value)) return undefined;
    values.push(CST.resolveAsScalar(item.value)?.value ?? '');
  }
  return values;
}

/** Every comment inside a pair after its key: on its line, in its value, or after it. */
function innerComments(item: Item): CST.SourceToken[] {
  const found: CST.SourceToken[] = [];
  const walk = (t: CST.Token | undefined): void => {
    if (!t) return;
    if (t.type === 'comment') found.push(t);
    if ('end' in t && Array.isArray(t.end)) t.end.forEach(walk);
    if ('props' in t && Array.isArray(t.props)) t.props.forEach(walk);
    if ('items' in t) {
      for (const it of t.items as Item[]) {
        it.start.forEach(walk);
        walk(it.key ?? undefined);
        it.sep?.forEach(walk);
        walk(it.value);
      }
    }
  };
  item.sep?.forEach(walk);
  walk(item.value);
  return found;
}

const tok = (type: CST.SourceToken['type'], source: string): CST.SourceToken => ({
  type,
  offset: 0,
  indent: 0,
  source,
});

/**
 * Removes a pair from a mapping. The comment lines above it stay, and its own comments become
 * comment lines where it stood. Refuses to empty a mapping, which would change its meaning.
 */
export function removePair(map: MapToken, index: number, layout: Layout): void {
  const items = map.items as Item[];
  const item = items[index];
  if (!item) return;
  if (items.filter((it) => it.key || it.value).length <= 1) {
    throw new Error(`cannot remove ${keyOf(item)}: the mapping would be empty`);
  }
  if (map.type === 'flow-collection') {
    items.splice(index, 1);
    const next = items[index];
    if (index === 0 && next) next.start = next.start.filter((t) => t.type !== 'comma');
    if (index === 0 && next?.start[0]?.type === 'space') next.start.shift();
    return;
  }

  const comments = innerComments(item);
  const kept = [...item.start];
  const pad = ' '.repeat(map.indent);
  if (comments.length === 0) {
    if (!kept.some((t) => t.type === 'comment')) {
      items.splice(index, 1);
      const next = items[index];
      // The first pair's indentation lives in the parent: the next pair must not add its own.
      if (index === 0 && next?.start[0]?.type === 'space') next.start.shift();
      const previous = items[index - 1];
      if (!next && previous && !itemText(item).endsWith('\n')) dropTrailingNewline(previous);
      return;
    }
    if (kept[kept.length - 1]?.type === 'space') kept.pop();
    items[index] = { start: kept };
    return;
  }
  comments.forEach((comment, i) => {
    if (i > 0) kept.push(tok('space', pad));
    kept.push(tok('comment', comment.source), tok('newline', layout.eol));
  });
  items[index] = { start: kept };
}

/** Appends `key: value` to a flow mapping (`{target: 80}`), after a comma when it has pairs. */
export function insertFlowPair(token: CST.FlowCollection, key: string, value: string | boolean) {
  token.items.push({
    start: token.items.length ? [tok('comma', ','), tok('space', ' ')] : [],
    key: CST.createScalarToken(key, { indent: 0, inFlow: true, end: [] }),
    sep: [tok('map-value-ind', ':'), tok('space', ' ')],
    value: CST.createScalarToken(String(value), { indent: 0, inFlow: true, end: [] }),
  });
}
