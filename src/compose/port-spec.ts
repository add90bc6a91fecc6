import { splitColons } from './volume-spec.js';
/**
 * Compose's short port syntax: `[IP:][HOST:]CONTAINER[/PROTO]`, where IP may be `[::1]` and any
 * part may be a `${VAR}`. Splitting skips colons inside brackets and `${...}`.
 */
export interface ShortPort {
  ip: string | undefined;
  host: string | undefined;
  container: string;
  protocol: string | undefined;
}

export function parseShortPort(spec: string): ShortPort | undefined {
  const [body = '', protocol] = spec.split('/');
  const parts = splitColons(body.trim());
  const container = parts[parts.length - 1] ?? '';
  // An empty address or host port is Docker's default (`:80`, as an unset `${PORT}:80` gives).
  if (parts.length > 3 || container === '') return undefined;
  if (parts.length === 1) return { ip: undefined, host: undefined, container, protocol };
  if (parts.length === 2) return { ip: undefined, host: parts[0], container, protocol };
  return { ip: parts[0], host: parts[1], container, protocol };
}

export function formatShortPort(port: ShortPort): string {
  const proto = port.protocol ? `/${port.protocol}` : '';
  const host = port.host ?? '';
  return port.ip === undefined && port.host === undefined
    ? `${port.container}${proto}`
    : `${port.ip === undefined ? '' : `${port.ip}:`}${host}:${port.container}${proto}`;
}

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|\[?::1\]?|localhost)$/i;

export function isLoopback(ip: string | undefined): boolean {
  return ip !== undefined && LOOPBACK.test(ip.trim());
}

/**
 * A port written in short syntax (`8443:443`, `443`, `0.0.0.0:8443:443/tcp`, or a bare number)
 * bound to `ip`, its variables kept. Undefined when the address it would replace is a variable,
 * or the text is no port Compose would read.
 */
export function bindShortPort(written: string | number, ip: string): string | undefined {
  if (typeof written === 'number') return `${ip}::${written}`;
  const port = parseShortPort(written);
  if (!port || port.ip?.includes('$')) return undefined;
  return formatShortPort({ ...port, ip, host: port.host ?? '' });
}
