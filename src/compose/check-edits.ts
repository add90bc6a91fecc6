import { isDeepStrictEqual } from 'node:util';
import { LineCounter, parseDocument } from 'yaml';
import { type Edit, settingOf } from './apply.js';
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
  before: unknown,
  afterText: string,
  file: string,
  edits: readonly Edit[],
  /** Top-level keys an edit may change: the extension block that holds a shared anchor. */
  topLevel: readonly string[] = [],
): void {
  const after = asMap(reparse(afterText, file).data);
  const old = asMap(before);
  const touched = new Set(edits.map((edit) => `${edit.service}\0${settingOf(edit)}`));
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
  if (changed.length > 0) {
    throw new Error(`an edit changed ${changed.join(', ')} unasked; nothing was written`);
  }
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
