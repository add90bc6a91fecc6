import { parseShortVolume, splitColons } from './volume-spec.js';

/**
 * Merges Compose service definitions the way an override file, or `extends`, merges into its
 * base: the Compose Specification's merge rules (13-merge.md), on plain data.
 *
 * Where docker-compose 1.29 differs in meaning, this follows the specification:
 * - secrets and configs are unique by target (short syntax: `/run/secrets/<source>` and
 *   `/<source>`); 1.29 keys them by source, so one secret mounted twice collapses to one;
 * - ports are unique by ip, published, target and protocol with the defaults filled in; 1.29
 *   keeps `53:53` next to `53:53/tcp` and `8080:80` next to `0.0.0.0:8080:80`;
 * - devices are a plain sequence; 1.29 lets an override replace a device by container path;
 * - tmpfs, dns, dns_search and env_file drop repeated entries; 1.29 keeps them.
 */

type Data = Record<string, unknown>;

/** A list element and the index of the layer it came from. */
interface Item {
  value: unknown;
  layer: number;
}

type Identity = (value: unknown) => string;
type ListMerge = (items: Item[]) => Item[];

interface Slot {
  value: unknown;
  origins: number[];
}

const REPLACED = new Set(['command', 'entrypoint', 'healthcheck.test']);
const LIST_OR_STRING = new Set(['tmpfs', 'dns', 'dns_search', 'env_file']);
const KEY_VALUE = new Set([
  ...['environment', 'labels', 'extra_hosts', 'sysctls', 'annotations'],
  ...['build.args', 'build.labels', 'build.extra_hosts', 'deploy.labels'],
]);

/** The Compose Specification's unique keys for the sequences it calls unique resources. */
const UNIQUE = new Map<string, Identity>([
  ['ports', portKey],
  ['volumes', volumeKey],
  ['secrets', mountKey('/run/secrets')],
  ['configs', mountKey('')],
]);

/** Lists of names that may also be written as a mapping, and what a bare name stands for. */
const NAMES = new Map<string, unknown>([
  ['networks', null],
  ['depends_on', { condition: 'service_started' }],
]);

export function mergeService(base: Data, override: Data): Data {
  return mergeServiceWithOrigins([base, override]).merged;
}

/**
 * Merges layers earliest first. `origins` gives, for a list, the layer of each element (the
 * entry that won, for entries unique by key; the first, for repeated values); for any other
 * value, the last layer that set it. A string where a list may stand counts as one element.
 */
export function mergeServiceWithOrigins(layers: readonly Data[]): {
  merged: Data;
  origins: Map<string, number[]>;
} {
  const slots = new Map<string, Slot>();
  layers.forEach((layer, index) => {
    for (const [key, next] of Object.entries(layer)) {
      if (next !== undefined) slots.set(key, mergeSlot(key, slots.get(key), next, index));
    }
  });

  const merged: Data = {};
  const origins = new Map<string, number[]>();
  for (const [key, slot] of slots) {
    merged[key] = slot.value;
    origins.set(key, slot.origins);
  }
  return { merged, origins };
}

function mergeSlot(key: string, slot: Slot | undefined, next: unknown, layer: number): Slot {
  if (slot && next === null && isContainer(slot.value)) return slot;

  const list = slot && listMerger(key, slot.value, next);
  if (slot && list) {
    const items = list([...slotItems(slot), ...toItems(next, layer)]);
    return { value: items.map((item) => item.value), origins: items.map((item) => item.layer) };
  }

  const value = slot ? mergeValue(key, slot.value, next) : structuredClone(next);
  return { value, origins: Array.isArray(value) ? value.map(() => layer) : [layer] };
}

function mergeValue(path: string, prev: unknown, next: unknown): unknown {
  if (prev === undefined || prev === null) return structuredClone(next);
  // An empty `cap_add:` or `labels:` adds nothing; it does not erase the base's entries.
  if (next === null) return isContainer(prev) ? structuredClone(prev) : null;
  if (REPLACED.has(path)) return structuredClone(next);

  const list = listMerger(path, prev, next);
  if (list) return list([...toItems(prev, 0), ...toItems(next, 1)]).map((item) => item.value);

  // Options of one logging driver mean nothing to another, so a new driver brings only its own.
  if (path === 'logging' && isMapping(prev) && isMapping(next)) {
    if (prev.driver != null && next.driver != null && prev.driver !== next.driver) {
      return structuredClone(next);
    }
  }
  const [a, b] = [toMapping(path, prev), toMapping(path, next)];
  if (a && b) return mergeMappings(path, a, b);
  return structuredClone(next);
}

function mergeMappings(path: string, base: Data, override: Data): Data {
  const out: Data = structuredClone(base);
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    out[key] = Object.hasOwn(base, key)
      ? mergeValue(`${path}.${key}`, base[key], value)
      : structuredClone(value);
  }
  return out;
}

/** How two list forms of `path` combine; undefined when the values are not both lists. */
function listMerger(path: string, prev: unknown, next: unknown): ListMerge | undefined {
  if (REPLACED.has(path)) return undefined;
  const listLike = (value: unknown) =>
    Array.isArray(value) || (LIST_OR_STRING.has(path) && typeof value === 'string');
  if (!listLike(prev) || !listLike(next)) return undefined;

  const unique = UNIQUE.get(path);
  if (unique) return uniqueBy(unique, 'replaces');
  if (KEY_VALUE.has(path)) return uniqueBy((value) => splitEntry(path, value)[0], 'replaces');
  return uniqueBy(valueKey, 'dropped');
}

/** Keeps one element per identity, where the first was seen; a later one replaces it or not. */
function uniqueBy(identity: Identity, later: 'replaces' | 'dropped'): ListMerge {
  return (items) => {
    const out: Item[] = [];
    const seen = new Map<string, number>();
    for (const item of items) {
      const key = identity(item.value);
      const at = seen.get(key);
      if (at === undefined) {
        seen.set(key, out.length);
        out.push({ value: structuredClone(item.value), layer: item.layer });
      } else if (later === 'replaces') {
        out[at] = { value: structuredClone(item.value), layer: item.layer };
      }
    }
    return out;
  };
}

/** What makes two ports one entry: address (0.0.0.0 when none), published, target, protocol. */
export function portKey(value: unknown): string {
  if (isMapping(value)) {
    const { host_ip = '', published = '', target, protocol = 'tcp' } = value;
    return [host_ip || '0.0.0.0', published, target, protocol].join('|');
  }
  const [body = '', protocol = 'tcp'] = String(value).split('/');
  const parts = splitColons(body.trim());
  const target = parts.pop();
  const published = parts.pop() ?? '';
  const ip = parts.join(':').replace(/^\[(.*)\]$/, '$1');
  return [ip || '0.0.0.0', published, target, protocol].join('|');
}

function volumeKey(value: unknown): string {
  if (typeof value === 'string') return parseShortVolume(value)?.target ?? value;
  return isMapping(value) && typeof value.target === 'string' ? value.target : valueKey(value);
}

function mountKey(directory: string): Identity {
  return (value) => {
    if (!isMapping(value)) return `${directory}/${String(value)}`;
    const target = value.target;
    if (typeof target !== 'string') return `${directory}/${String(value.source)}`;
    return target.startsWith('/') ? target : `${directory}/${target}`;
  };
}

/** `KEY=VALUE` (extra_hosts also `host:ip`) as [key, value]; a bare `KEY` has a null value. */
function splitEntry(path: string, entry: unknown): [string, string | null] {
  const text = String(entry);
  const separator = path.endsWith('extra_hosts') && !text.includes('=') ? ':' : '=';
  const at = text.indexOf(separator);
  return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + 1)];
}

/** The mapping form of a value that may also be written as a list or, for build, a string. */
function toMapping(path: string, value: unknown): Data | undefined {
  if (isMapping(value)) return value;
  if (path === 'build' && typeof value === 'string') return { context: value };
  if (!Array.isArray(value)) return undefined;
  if (KEY_VALUE.has(path)) return Object.fromEntries(value.map((e) => splitEntry(path, e)));
  if (!NAMES.has(path)) return undefined;
  const fill = NAMES.get(path);
  return Object.fromEntries(value.map((name) => [String(name), structuredClone(fill)]));
}

function toItems(value: unknown, layer: number): Item[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map((each) => ({ value: each, layer }));
}

function slotItems(slot: Slot): Item[] {
  const values = Array.isArray(slot.value) ? slot.value : [slot.value];
  return values.map((value, i) => ({ value, layer: slot.origins[i] ?? slot.origins[0] ?? 0 }));
}

/** 80 and "80" are one port to expose; objects compare by content. */
function valueKey(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function isMapping(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isContainer(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
