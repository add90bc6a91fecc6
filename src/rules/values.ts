import type { SettingSource } from '../compose/services.js';

/** Values as a person wrote them, for the "current" column. */
export function describe(value: unknown): string {
  if (value === undefined || value === null) return 'not set';
  if (Array.isArray(value)) return value.length ? value.map(describe).join(', ') : '[] (empty)';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}=${describe(v)}`)
      .join(' ');
  }
  return String(value);
}

/** A list setting (cap_drop, security_opt, tmpfs) as strings; a single string counts as one. */
export function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((item) => String(item));
  return [String(value)];
}

export function isInterpolated(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/** " (from &anchor)" when the value is merged from elsewhere in the file. */
export function fromWhere(source: SettingSource): string {
  return source.kind === 'merged' ? ` (from &${source.anchor}, line ${source.line})` : '';
}

/** Compose's booleans: YAML true, or the strings Compose accepts. */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && /^(true|yes|on|1)$/i.test(value));
}
