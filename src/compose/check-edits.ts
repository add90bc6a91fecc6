import { isDeepStrictEqual } from 'node:util';
import { LineCounter, parseDocument } from 'yaml';
import { type Edit, settingOf } from './apply.js';
import { readBothQuickly } from './second-reader.js';
import { MAX_ALIAS_COUNT, parseOptions } from './yaml-options.js';

type Data = Record<string, unknown>;

const asMap = (value: unknown): Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {};

/**
 * The last guard before anything is written: the new text must parse, and every setting no
 * edit aimed at must read exactly as before, in every service and at the top level. A failure
 * here is a bug in compose-harden, so it throws a plain Error (reported with its stack).
 */
export function assertOnlyEdited(
  before: { text: string; data: unknown },
  afterText: string,
  file: string,
  edits: readonly Edit[],
  /** Top-level keys an edit may change: the extension block that holds a shared anchor. */
  topLevel: readonly string[] = [],
): void {
  const touched = new Set(edits.map((edit) => `${edit.service}\0${settingOf(edit)}`));
  // A second reader passes most writes at a fraction of the cost; only yaml may refuse one.
  const quick = readBothQuickly(before.text, afterText);
  if (quick && unasked(quick[0], quick[1], touched, topLevel).length === 0) return;

  const changed = unasked(before.data, reparse(afterText, file).data, touched, topLevel);
  if (changed.length > 0) {
    throw new Error(`an edit changed ${changed.join(', ')} unasked; nothing was written`);
  }
}

/** The settings that read differently, except those an edit aimed at. */
function unasked(
  before: unknown,
  afterData: unknown,
  touched: ReadonlySet<string>,
  topLevel: readonly string[],
): string[] {
  const after = asMap(afterData);
  const old = asMap(before);
  const changed: string[] = [];

  for (const key of new Set([...Object.keys(old), ...Object.keys(after)])) {
    if (key === 'services' || topLevel.includes(key)) continue;
    if (!isDeepStrictEqual(old[key], after[key])) changed.push(key);
  }
  const oldServices = asMap(old.services);
  const newServices = asMap(after.services);
  for (const name of new Set([...Object.keys(oldServices), ...Object.keys(newServices)])) {
    const was = asMap(oldServices[name]);
    const is = asMap(newServices[name]);
    for (const key of new Set([...Object.keys(was), ...Object.keys(is)])) {
      if (touched.has(`${name}\0${key}`)) continue;
      if (!isDeepStrictEqual(was[key], is[key])) changed.push(`services.${name}.${key}`);
    }
  }
  return changed;
}

/**
 * The edited text as data, read as Compose reads it. It must parse; when it does not, the edit
 * is at fault, not the user's file. Positions and token trees are not needed here, so the
 * text is read without them.
 */
function reparse(text: string, file: string): { data: unknown } {
  const doc = parseDocument(text, { ...parseOptions(new LineCounter()), keepSourceTokens: false });
  const error = doc.errors[0];
  if (error) {
    throw new Error(`an edit left ${file} unreadable (${error.message}); nothing was written`);
  }
  return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
}
