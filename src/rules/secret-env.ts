import { writtenText } from './interpolation.js';

/*
 * Which environment entries hold a credential written into the file. Values are only tested,
 * never returned: callers get variable names.
 */

const CREDENTIAL =
  /(^|_)(PASS(WORD|WD)?|PWD|SECRET(_?KEY)?|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH_?KEY|SALT)(_|$)/;
/** Names that hold a setting about a credential, not the credential. */
const ABOUT = /_(FILE|PATH|DIR|LENGTH|TTL|EXPIRY|EXPIRES|EXPIRATION|ENABLED|MODE|TYPE|METHOD|URL)$/;
const NOT_SECRET = /^(true|false|yes|no|on|off|null|none)$/i;
const PASSWORD_IN_URL = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^@\s]+)@/i;

/** `KEY: value` and `- KEY=value` alike; a bare `- KEY` passes the shell's value, so it is fine. */
export function environmentEntries(value: unknown): [string, unknown][] {
  if (Array.isArray(value)) {
    return value.flatMap((item): [string, unknown][] => {
      const text = String(item);
      const at = text.indexOf('=');
      return at === -1 ? [] : [[text.slice(0, at), text.slice(at + 1)]];
    });
  }
  if (value && typeof value === 'object') return Object.entries(value as Record<string, unknown>);
  return [];
}

function literal(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  return writtenText(value).trim();
}

/** The variable holds a credential that is written in the file, not taken from elsewhere. */
export function holdsSecret(key: string, value: unknown): boolean {
  const url = typeof value === 'string' ? PASSWORD_IN_URL.exec(value) : null;
  if (url && literal(url[1]) !== '') return true;
  const name = key.toUpperCase();
  if (!CREDENTIAL.test(name) || ABOUT.test(name)) return false;
  const text = literal(value);
  return text !== '' && !NOT_SECRET.test(text) && !text.startsWith('/run/secrets/');
}
