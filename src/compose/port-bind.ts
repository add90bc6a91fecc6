import { splitColons } from './volume-spec.js';

/**
 * A port written in short syntax (`8443:443`, `443`, `0.0.0.0:8443:443/tcp`, or a bare number)
 * bound to `ip`, its variables kept. Undefined when the address it would replace is a variable,
 * or the text is no port Compose would read.
 */
export function bindShortPort(written: string | number, ip: string): string | undefined {
  if (typeof written === 'number') return `${ip}::${written}`;
  const slash = written.lastIndexOf('/');
  const body = slash < 0 ? written : written.slice(0, slash);
  const protocol = slash < 0 ? '' : written.slice(slash);
  const parts = splitColons(body.trim());
  if (parts.length === 1) return `${ip}::${parts[0]}${protocol}`;
  if (parts.length === 2) return `${ip}:${parts.join(':')}${protocol}`;
  if (parts.length !== 3 || parts[0]?.includes('$')) return undefined;
  return `${ip}:${parts.slice(1).join(':')}${protocol}`;
}
