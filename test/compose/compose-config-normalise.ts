import path from 'node:path';

/**
 * One canonical form for a service's settings, whether they come from compose-harden's merged
 * view or from `docker-compose config` (1.29). It undoes only what 1.29 itself rewrites: it
 * sorts cap lists, security_opt, ports and volumes, writes ports in long or
 * `ip:published:target/protocol` form and range by range, turns environment into a mapping,
 * resolves relative host paths, adds `:rw`, casts numbers and booleans, writes `disable: true`
 * as `test: [NONE]`, and escapes `$` as `$$` in what it prints.
 */

/** Every setting compose-harden reads. */
export const SETTINGS = [
  'user',
  'read_only',
  'privileged',
  'cap_add',
  'cap_drop',
  'security_opt',
  'tmpfs',
  'ports',
  'volumes',
  'network_mode',
  'pid',
  'ipc',
  'userns_mode',
  'devices',
  'image',
  'environment',
  'healthcheck',
  'restart',
  'mem_limit',
  'pids_limit',
  'cpus',
  'logging',
  'profiles',
] as const;

export type Setting = (typeof SETTINGS)[number];
export type CanonicalService = Partial<Record<Setting, unknown>>;

export interface Port {
  host_ip: string;
  published: string;
  target: string;
  protocol: string;
}

type Data = Readonly<Record<string, unknown>>;

/** Single values: 1.29 prints `pids_limit: 50` and `user: '1000'` alike. */
const SCALARS = new Set<Setting>([
  'user',
  'network_mode',
  'pid',
  'ipc',
  'userns_mode',
  'image',
  'restart',
  'mem_limit',
  'pids_limit',
  'cpus',
]);
const BOOLEANS = new Set<Setting>(['read_only', 'privileged']);
/** Lists whose order and repeats mean nothing: 1.29 sorts them, and keeps repeats of tmpfs. */
const SETS = new Set<Setting>(['cap_add', 'cap_drop', 'security_opt', 'tmpfs', 'profiles']);

/** `projectDir` anchors relative host paths; a path under it is written `./...`. */
export function canonicalService(data: Data, projectDir: string): CanonicalService {
  const out: CanonicalService = {};
  for (const setting of SETTINGS) {
    const value = data[setting];
    if (value !== undefined) out[setting] = canonicalSetting(setting, value, projectDir);
  }
  return out;
}

function canonicalSetting(setting: Setting, value: unknown, projectDir: string): unknown {
  if (value === null) return null;
  // 1.29 casts cpus to a float, so "0.50" prints as 0.5.
  if (setting === 'cpus' && value !== '' && Number.isFinite(Number(value))) {
    return String(Number(value));
  }
  if (SCALARS.has(setting)) return String(value);
  if (BOOLEANS.has(setting)) return toBoolean(value);
  if (SETS.has(setting)) return [...new Set(asList(value).map(String))].sort();
  switch (setting) {
    case 'ports':
      return sorted(asList(value).flatMap(canonicalPorts));
    case 'volumes':
      return sorted(asList(value).map((v) => canonicalVolume(v, projectDir)));
    case 'devices':
      return asList(value).map(String).sort();
    case 'environment':
      return canonicalEnvironment(value);
    case 'healthcheck':
      return canonicalHealthcheck(value);
    default:
      return stringifyScalars(value);
  }
}

/** 1.29's `to_boolean`, which Compose v2 shares: these words, in any case, else as written. */
export function toBoolean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const word = value.toLowerCase();
  if (['y', 'yes', 'true', 'on'].includes(word)) return true;
  if (['n', 'no', 'false', 'off'].includes(word)) return false;
  return value;
}

/** Short or long syntax, one entry per port of a range. */
export function canonicalPorts(entry: unknown): Port[] {
  if (typeof entry === 'object' && entry !== null) {
    const spec = entry as Data;
    const target = String(spec.target);
    const published = spec.published === undefined ? '' : String(spec.published);
    const host_ip = spec.host_ip === undefined ? '' : String(spec.host_ip);
    const protocol = spec.protocol === undefined ? 'tcp' : String(spec.protocol);
    return [{ host_ip, published, target, protocol }];
  }
  const [body = '', protocol = 'tcp'] = String(entry).split('/');
  // An IPv6 address is written `[::1]:8081:81`, and printed by 1.29 as `::1:8081:81`.
  const bracketed = /^\[([^\]]*)\]:(.*)$/.exec(body);
  const rest = (bracketed ? (bracketed[2] ?? '') : body).split(':');
  const target = rest.pop() ?? '';
  const published = rest.pop() ?? '';
  const host_ip = bracketed ? (bracketed[1] ?? '') : rest.join(':');
  const targets = expandRange(target);
  const publishedPorts = published.includes('-') ? expandRange(published) : undefined;
  return targets.map((each, i) => ({
    host_ip,
    published: publishedPorts?.[i] ?? published,
    target: each,
    protocol,
  }));
}

function expandRange(text: string): string[] {
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (!range) return [text];
  const [from, to] = [Number(range[1]), Number(range[2])];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** Short syntax as {source, target, options} without the default `rw`; long syntax as is. */
function canonicalVolume(entry: unknown, projectDir: string): unknown {
  if (typeof entry === 'object' && entry !== null) {
    const spec = { ...(entry as Data) };
    if (typeof spec.source === 'string') spec.source = hostPath(spec.source, projectDir);
    return stringifyScalars(spec);
  }
  const parts = String(entry).split(':');
  if (parts.length === 1) return { target: parts[0] };
  const [source = '', target, options = ''] = parts;
  const flags = options.split(',').filter((o) => o !== '' && o !== 'rw');
  return { source: hostPath(source, projectDir), target, options: flags.sort() };
}

/** A relative host path resolved, then written from the project folder when it lies in it. */
function hostPath(source: string, projectDir: string): string {
  if (!source.startsWith('.') && !source.startsWith('/')) return source; // a named volume
  const absolute = source.startsWith('/') ? source : path.resolve(projectDir, source);
  const relative = path.relative(projectDir, absolute);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : `./${relative}`;
}

/** A mapping of name to string, or null for a name with no value. */
function canonicalEnvironment(value: unknown): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (Array.isArray(value)) {
    for (const entry of value.map(String)) {
      const at = entry.indexOf('=');
      if (at < 0) out[entry] = null;
      else out[entry.slice(0, at)] = entry.slice(at + 1);
    }
    return out;
  }
  for (const [key, item] of Object.entries(value as Data)) {
    out[key] = item === null || item === undefined ? null : String(item);
  }
  return out;
}

function canonicalHealthcheck(value: unknown): unknown {
  const check = { ...(value as Data) };
  if (toBoolean(check.disable) === true) return { test: ['NONE'] };
  delete check.disable;
  return stringifyScalars(check);
}

/** Numbers as strings, deeply: 1.29 prints `retries: 3` whether it was written 3 or "3". */
function stringifyScalars(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(stringifyScalars);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringifyScalars(v)]));
  }
  return value;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function sorted<T>(items: T[]): T[] {
  const key = (item: T) => JSON.stringify(item);
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** 1.29 prints every `$` of a value as `$$`, so that its output reads back the same. */
export function unescapeDollars(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll('$$', '$');
  if (Array.isArray(value)) return value.map(unescapeDollars);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unescapeDollars(v)]));
  }
  return value;
}
