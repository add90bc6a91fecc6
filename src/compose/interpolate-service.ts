import { interpolateString } from './interpolate.js';

export type Lookup = (name: string) => string | undefined;

/** Where in a service a variable problem sits: its top-level key, then the path below it. */
export interface VariableProblem {
  path: readonly (string | number)[];
  message: string;
  /** The variables `${NAME:?message}` requires and does not find. */
  required?: readonly string[];
}

export interface InterpolatedService {
  data: Readonly<Record<string, unknown>>;
  /** The variables each top-level setting uses. */
  variables: Map<string, string[]>;
  /** Of those, the ones not set: Compose put an empty string in their place. */
  unset: Map<string, string[]>;
  /** Variables not set (Compose puts in an empty string) and lone `$`: Compose goes on. */
  warnings: VariableProblem[];
  /** Expressions Compose refuses the file for: a `?` whose variable is missing, bad syntax. */
  refusals: VariableProblem[];
}

interface Found {
  used: string[];
  unset: string[];
  warnings: VariableProblem[];
  refusals: VariableProblem[];
}

/**
 * A service's settings with variables substituted as Compose substitutes them: an unset
 * variable with no default becomes an empty string, so the rules judge what will run. An
 * expression Compose refuses stays as written; the caller refuses the file, as Compose does.
 */
export function interpolateService(
  raw: Readonly<Record<string, unknown>>,
  lookup: Lookup | undefined,
): InterpolatedService {
  const variables = new Map<string, string[]>();
  const unset = new Map<string, string[]>();
  const warnings: VariableProblem[] = [];
  const refusals: VariableProblem[] = [];
  if (!lookup) return { data: raw, variables, unset, warnings, refusals };

  let data: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(raw)) {
    const found: Found = { used: [], unset: [], warnings, refusals };
    const substituted = walk(value, [key], lookup, found);
    if (found.used.length > 0) variables.set(key, [...new Set(found.used)]);
    if (found.unset.length > 0) unset.set(key, [...new Set(found.unset)]);
    if (substituted === value) continue;
    data ??= { ...raw };
    data[key] = substituted;
  }
  // Most services use no variable: they keep the parsed object, with nothing copied.
  return { data: data ? Object.freeze(data) : raw, variables, unset, warnings, refusals };
}

function walk(
  value: unknown,
  path: readonly (string | number)[],
  lookup: Lookup,
  found: Found,
): unknown {
  if (typeof value === 'string') return substitute(value, path, lookup, found);
  if (Array.isArray(value)) {
    const items = value.map((item, i) => walk(item, [...path, i], lookup, found));
    return items.every((item, i) => item === value[i]) ? value : items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const out = entries.map(([key, item]) => [key, walk(item, [...path, key], lookup, found)]);
    return out.every(([, item], i) => item === entries[i]?.[1]) ? value : Object.fromEntries(out);
  }
  return value;
}

function substitute(
  value: string,
  path: readonly (string | number)[],
  lookup: Lookup,
  found: Found,
): string {
  if (!value.includes('$')) return value;
  const result = interpolateString(value, lookup);
  found.used.push(...result.variables);
  found.unset.push(...result.missing);
  for (const name of result.missing) {
    found.warnings.push({
      path,
      message: `variable ${name} is not set: Compose puts an empty string in its place`,
    });
  }
  for (const message of new Set(result.warnings)) found.warnings.push({ path, message });
  if (result.errors.length === 0) return result.value;
  const { required } = result;
  const message = [...new Set(result.errors)].join('; ');
  found.refusals.push({ path, message, ...(required.length > 0 ? { required } : {}) });
  return value;
}
