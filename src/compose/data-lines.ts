import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { lineOfNode } from './document.js';
import { parseOptions } from './yaml-options.js';

/** The line of a field of a small data file, by its path: `['ignore', 'web', 0]`. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Line lookup for a data file already read with `parseDataFile`, so that messages about a
 * field can name its line. A mapping entry points at its key, a list item at the item.
 */
export function dataLines(text: string): LineOf {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, parseOptions(lineCounter));
  return (path) => {
    const last = path.at(-1);
    const parents = path.slice(0, -1) as (string | number)[];
    const container = parents.length > 0 ? doc.getIn(parents, true) : doc.contents;
    if (isMap(container)) {
      const pair = container.items.find((p) => isScalar(p.key) && String(p.key.value) === last);
      return lineOfNode(lineCounter, pair?.key as Node | undefined);
    }
    if (isSeq(container) && typeof last === 'number') {
      return lineOfNode(lineCounter, container.items[last] as Node | undefined);
    }
    return undefined;
  };
}
