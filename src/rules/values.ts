import type { Setting, SettingSource } from '../compose/services.js';
import type { Check } from './types.js';

/** Values as a person wrote them, for the "current" column; a mapping as `key=value`. */
export function describe(value: unknown): string {
  if (value === undefined || value === null) return 'not set';
  // An unset variable leaves an empty string: show it rather than nothing.
  if (value === '') return '""';
  if (Array.isArray(value)) return value.length ? value.map(describe).join(', ') : '[] (empty)';
  if (isMapping(value)) {
    const pairs = Object.entries(value).map(
      ([key, v]) => `${key}=${v === null ? '' : describe(v)}`,
    );
    return pairs.length ? pairs.join(' ') : '{} (empty)';
  }
  return String(value);
}

/**
 * A list setting (cap_drop, security_opt, tmpfs) as strings; a single string counts as one, and
 * a mapping, which Compose rejects here, as its `key=value` pairs.
 */
export function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((item) => itemText(item));
  if (isMapping(value)) return Object.entries(value).map(([key, v]) => describe({ [key]: v }));
  return [String(value)];
}

function itemText(item: unknown): string {
  return typeof item === 'object' && item !== null ? describe(item) : String(item);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The verdict on a list setting written as something else: unknown, with nothing to rewrite,
 * since what the author meant cannot be told. Undefined when the setting is a list (or a single
 * string). `items: 'strings'` also refuses entries that are mappings or lists.
 */
export function notAList(
  setting: Setting,
  recommended: string,
  items: 'strings' | 'any' = 'strings',
): Check | undefined {
  const { key, value } = setting;
  const nested = Array.isArray(value) && value.some((item) => typeof item === 'object' && item);
  const reason = isMapping(value)
    ? `${key} should be a list`
    : items === 'strings' && nested
      ? `${key} should be a list of strings`
      : undefined;
  if (reason === undefined) return undefined;
  return {
    status: 'unknown',
    current: describe(value) + fromWhere(setting.source),
    recommended,
    reason,
    source: setting.source,
    edits: [],
  };
}

export function isInterpolated(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/**
 * Where a value comes from when it is not simply written in the service: " (from &anchor,
 * line 3)", " (extends base, common.yml:4)", " (from ${PORT}, prod.yml:9)", and which of its
 * variables are not set: " (from ${U}, U is not set)".
 */
export function fromWhere(source: SettingSource): string {
  if (source.kind === 'unset') return '';
  const parts: string[] = [];
  if (source.variables?.length) {
    parts.push(`from ${source.variables.map((name) => `\${${name}}`).join(', ')}`);
  }
  if (source.unset?.length) {
    parts.push(`${source.unset.join(' and ')} ${source.unset.length > 1 ? 'are' : 'is'} not set`);
  }
  if (source.kind === 'merged') parts.push(`from &${source.anchor}`);
  if (source.extendsFrom) parts.push(`extends ${source.extendsFrom}`);
  if (source.file) parts.push(`${source.file}:${source.line}`);
  else if (source.kind === 'merged' || source.extendsFrom) parts.push(`line ${source.line}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** Where item `index` of a list setting is written; where the setting is, when not known. */
export function itemSource(setting: Setting, index: number): SettingSource {
  const item = setting.items?.[index];
  return item && item.kind !== 'unset' ? item : setting.source;
}

/** Where the first of the items found (by index) is written; the setting's place if none is. */
export function firstItemSource(setting: Setting, indexes: readonly number[]): SettingSource {
  const first = indexes[0];
  return first === undefined ? setting.source : itemSource(setting, first);
}

/** A whole list setting for the "current" column, with where its items are written. */
export function describeWhere(setting: Setting): string {
  const { value } = setting;
  if (!Array.isArray(value) || value.length === 0) {
    return describe(value) + fromWhere(setting.source);
  }
  return listedWhere(
    setting,
    value.map((item, index) => ({ text: describe(item), index })),
  );
}

/**
 * Items of a list setting (`text` standing for the item at `index`) for the "current" column:
 * then where the setting is written, as for any value; or, when the items come from different
 * places (files, blocks, a service extended), each run of items from one place, then where.
 */
export function listedWhere(
  setting: Setting,
  items: readonly { text: string; index: number }[],
): string {
  const sources = items.map(({ index }) => itemSource(setting, index));
  if (sources.every((source) => samePlace(source, setting.source))) {
    return items.map((item) => item.text).join(', ') + fromWhere(setting.source);
  }
  const runs: { texts: string[]; source: SettingSource }[] = [];
  items.forEach((item, i) => {
    const source = sources[i] ?? setting.source;
    const run = runs.at(-1);
    if (run && samePlace(run.source, source)) run.texts.push(item.text);
    else runs.push({ texts: [item.text], source });
  });
  return runs
    .map(({ texts, source }) => {
      const where = fromWhere(source) || (source.kind === 'unset' ? '' : ` (line ${source.line})`);
      return texts.join(', ') + where;
    })
    .join(', ');
}

function samePlace(a: SettingSource, b: SettingSource): boolean {
  if (a.kind === 'unset' || b.kind === 'unset') return a.kind === b.kind;
  const anchor = (source: SettingSource) => (source.kind === 'merged' ? source.anchor : undefined);
  return a.file === b.file && a.extendsFrom === b.extendsFrom && anchor(a) === anchor(b);
}

/** Compose's booleans: YAML true, or the strings Compose accepts. */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && /^(true|yes|y|on|1)$/i.test(value));
}
