import { type CST, Parser } from 'yaml';
import type { Item } from './cst-edit.js';
import { findKey, scalarItems } from './cst-map.js';
import { looksNumeric } from './cst-render.js';

/**
 * Edits of a service written as a flow mapping, `web: {image: x, ports: ["80:80"]}`: a pair is
 * added at the end or its value replaced, in flow style, keeping the rest of the line.
 */
export function setFlowPair(map: CST.FlowCollection, key: string, value: unknown): void {
  const rendered = renderFlowPair(key, value);
  const index = findKey(map, key);
  const item = map.items[index] as Item | undefined;
  if (item) {
    item.value = withEnd(rendered.value, item.value);
    return;
  }
  const last = map.items.at(-1) as Item | undefined;
  // A padded `{ image: x }` keeps its space before the brace on the new last pair.
  const padding = last?.value && 'end' in last.value ? takeTrailingSpace(last.value) : [];
  const start: CST.SourceToken[] = last ? [tok('comma', ','), tok('space', ' ')] : [];
  map.items.push({ ...rendered, start, value: withEnd(rendered.value, undefined, padding) });
}

/** The strings of a flow mapping's list setting, after removing and adding items. */
export function flowList(
  map: CST.FlowCollection,
  key: string,
  change: { remove: readonly string[]; add: readonly string[] },
): string[] {
  const item = map.items[findKey(map, key)] as Item | undefined;
  const current = scalarItems(item?.value) ?? [];
  const kept = current.filter((value) => !change.remove.includes(value));
  return [...kept, ...change.add.filter((value) => !kept.includes(value))];
}

function renderFlowPair(key: string, value: unknown): Item {
  const text = `{__first: 0, ${key}: ${flowText(value)}}\n`;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document' || token.value?.type !== 'flow-collection') continue;
    const item = token.value.items[1];
    if (item) return item;
  }
  throw new Error(`could not render a flow pair for ${key}`);
}

function flowText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const pairs = Object.entries(value).map(([k, v]) => `${k}: ${flowText(v)}`);
    return `{${pairs.join(', ')}}`;
  }
  const text = String(value);
  // Quoted where a plain scalar would read otherwise: `999:999` (base 60), `a, b`, `x: y`.
  const plain = typeof value !== 'string' || /^[\w./@-]+$/.test(text);
  return plain && !(typeof value === 'string' && looksNumeric(text)) ? text : JSON.stringify(text);
}

/** The new value keeps what ended the old one: a space before `}`, a newline, a comment. */
function withEnd(
  value: CST.Token | undefined,
  old: CST.Token | undefined,
  padding: CST.SourceToken[] = [],
): CST.Token | undefined {
  if (!value) return value;
  const trailing =
    old && 'end' in old && Array.isArray(old.end) ? old.end.filter(notClosing) : padding;
  // A flow list's `]` lives in its end tokens: it stays, and what followed the old value follows.
  const ends = 'end' in value && Array.isArray(value.end) ? value.end : [];
  const own = (ends as CST.SourceToken[]).filter((t) => !notClosing(t));
  return { ...value, end: [...own, ...trailing] } as CST.Token;
}

function notClosing(token: CST.SourceToken): boolean {
  return token.type !== 'flow-seq-end' && token.type !== 'flow-map-end';
}

function takeTrailingSpace(value: CST.Token): CST.SourceToken[] {
  if (!('end' in value) || !Array.isArray(value.end)) return [];
  const end = value.end as CST.SourceToken[];
  const at = end.findIndex((t) => notClosing(t) && (t.type === 'space' || t.type === 'newline'));
  if (at === -1) return [];
  return end.splice(at);
}

function tok(type: CST.SourceToken['type'], source: string): CST.SourceToken {
  return { type, offset: 0, indent: 0, source };
}
