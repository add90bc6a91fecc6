import { interpolateString } from './interpolate.js';

export type Lookup = (name: string) => string | undefined;

export interface InterpolatedService {
  data: Readonly<Record<string, unknown>>;
  /** The variables each top-level setting uses. */
  variables: Map<string, string[]>;
  problems: { key: string; message: string }[];
}

/**
 * A service's settings with variables substituted, for judging them. A value whose variable is
 * not set, or is required and missing, stays as written: the rules then call it unknown rather
 * than judge the blank Compose would put in its place.
 */
export function interpolateService(
  raw: Readonly<Record<string, unknown>>,
  lookup: Lookup | undefined,
): InterpolatedService {
  const variables = new Map<string, string[]>();
  const problems: { key: string; message: string }[] = [];
  if (!lookup) return { data: raw, variables, problems };

  let data: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(raw)) {
    const used: string[] = [];
    const found: { message: string }[] = [];
    const substituted = walk(value, lookup, used, found);
    for (const problem of found) problems.push({ key, ...problem });
    if (used.length > 0) variables.set(key, [...new Set(used)]);
    if (substituted === value) continue;
    data ??= { ...raw };
    data[key] = substituted;
  }
  // Most services use no variable: they keep the parsed object, with nothing copied.
  return { data: data ? Object.freeze(data) : raw, variables, problems };
}

function walk(
  value: unknown,
  lookup: Lookup,
  used: string[],
  problems: { message: string }[],
): unknown {
  if (typeof value === 'string') {
    if (!value.includes('$')) return value;
    const result = interpolateString(value, lookup);
    used.push(...result.variables);
    for (const name of result.missing) {
      problems.push({ message: `variable ${name} is not set; values that use it are unknown` });
    }
    for (const error of result.errors) problems.push({ message: error });
    return result.missing.length > 0 || result.errors.length > 0 ? value : result.value;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => walk(item, lookup, used, problems));
    return items.every((item, i) => item === value[i]) ? value : items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const out = entries.map(([key, item]) => [key, walk(item, lookup, used, problems)] as const);
    return out.every(([, item], i) => item === entries[i]?.[1]) ? value : Object.fromEntries(out);
  }
  return value;
}
