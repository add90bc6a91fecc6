import { type CST, Document, Parser, stringify, visit } from 'yaml';
import type { Item, Layout } from './cst-edit.js';
import { isRecord } from './services.js';
import { STRINGIFY_OPTIONS } from './yaml-options.js';

/**
 * New pairs are rendered by yaml's own stringifier and parsed back into tokens, so that what is
 * grafted into the tree is exactly what yaml would read.
 */

export function renderItem(key: string, value: unknown, indent: number, layout: Layout): Item {
  // A large stack gets the same few pairs in every service: render each shape once.
  const id = [key, indent, layout.indent, layout.indentSeq, layout.eol, JSON.stringify(value)];
  const cacheKey = id.join('\0');
  // Tokens are plain data, and each use gets its own copy to graft: JSON is the quickest copy.
  const known = RENDERED.get(cacheKey);
  if (known) return JSON.parse(known) as Item;
  const item = renderFresh(key, value, indent, layout);
  RENDERED.set(cacheKey, JSON.stringify(item));
  return item;
}

const RENDERED = new Map<string, string>();

function renderFresh(key: string, value: unknown, indent: number, layout: Layout): Item {
  const pad = ' '.repeat(indent);
  const lines = renderLines(key, value, layout);
  const parent = indent === 0 ? '' : '__parent:\n';
  const text = `${parent}${pad}__first: 0\n${lines.map((line) => pad + line).join('\n')}\n`;
  const map = firstValue(text.replaceAll('\n', layout.eol));
  const inner = indent === 0 ? map : (map as CST.BlockMap).items[0]?.value;
  const item = (inner as CST.BlockMap).items[1];
  if (!item) throw new Error(`could not render a YAML pair for ${key}`);
  return item;
}

/**
 * A scalar, or a list of scalars in block style like the file's own. A mapping (a healthcheck)
 * is written in block style with its own lists in flow style, as people write `test: [...]`.
 */
function renderLines(key: string, value: unknown, layout: Layout): string[] {
  if (isRecord(value)) return renderMapping(key, value, layout);
  if (!Array.isArray(value)) return [`${key}: ${renderScalar(value)}`];
  if (value.length === 0) return [`${key}: []`];
  const dash = `${' '.repeat(layout.indentSeq ? layout.indent : 0)}- `;
  return [`${key}:`, ...value.map((item) => dash + renderScalar(item))];
}

function renderMapping(key: string, value: Record<string, unknown>, layout: Layout): string[] {
  const doc = new Document({ [key]: value });
  visit(doc, {
    Seq(_, node) {
      node.flow = true;
    },
  });
  const options = { ...STRINGIFY_OPTIONS, indent: layout.indent, flowCollectionPadding: false };
  return doc.toString(options).replace(/\n$/, '').split('\n');
}

function renderScalar(value: unknown): string {
  if (typeof value === 'string' && looksNumeric(value)) return JSON.stringify(value);
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
    return String(value);
  }
  if (typeof value === 'string' && PLAIN.test(value) && !KEYWORDS.test(value)) return value;
  return stringify(value, STRINGIFY_OPTIONS).replace(/\n$/, '');
}

/** Strings yaml would print plain anyway: no indicator first, no `: ` or ` #` inside. */
const PLAIN = /^[A-Za-z_/.][\w./@+-]*(:[\w./@+-]+)*$/;
/** Words a YAML 1.1 or 1.2 reader takes for a boolean or null: these get quotes. */
const KEYWORDS = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

function firstValue(text: string): CST.Token | undefined {
  for (const tok of new Parser().parse(text)) {
    if (tok.type === 'document') return tok.value;
  }
  return undefined;
}

/**
 * YAML 1.1 readers (Compose v1) take 22:22 for a base-60 number, so strings of digits and
 * colons, such as a UID:GID, are written quoted.
 */
export function looksNumeric(value: string): boolean {
  return /^[\d:]+$/.test(value);
}
