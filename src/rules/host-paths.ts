import { posix } from 'node:path';
import { withDefaults } from './interpolation.js';

/*
 * Host paths as Docker resolves them, to compare a bind's source with the places that give a
 * container the host: `//var/run/./docker.sock` is `/var/run/docker.sock`, `$HOME/.ssh` is
 * `~/.ssh`, and the Windows pipe is written with forward slashes.
 */

const PIPE = '//./pipe/docker_engine';

/** The normalised host path of a bind source; undefined for relative or unknown sources. */
export function hostPath(source: string): string | undefined {
  const home = source.replace(/^(\$HOME|\$\{HOME\})(?=\/|$)/, '~');
  const text = withDefaults(home);
  if (text === undefined) return undefined;
  const slashed = text.replaceAll('\\', '/');
  if (slashed.toLowerCase() === PIPE) return PIPE;
  if (slashed === '~' || slashed.startsWith('~/')) {
    const rest = trim(posix.normalize(slashed.slice(1) || '/'));
    return rest === '/' ? '~' : `~${rest}`;
  }
  if (!slashed.startsWith('/')) return undefined;
  return trim(posix.normalize(slashed)) || '/';
}

function trim(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

const SOCKETS = new Set(['docker.sock', 'docker.sock.raw', 'podman.sock', 'containerd.sock']);

/** A Docker (or Podman, containerd) API socket, or Docker's Windows pipe. */
export function isSocketPath(path: string | undefined): boolean {
  if (path === undefined) return false;
  return path === PIPE || SOCKETS.has(posix.basename(path));
}

/** A folder that holds the engine's socket at its usual place, such as `/`, `/var/run`. */
export function containsSocket(path: string | undefined): boolean {
  if (path === undefined) return false;
  return ['/', '/var', '/var/run', '/run'].includes(path) || /^\/run\/user(\/\d+)?$/.test(path);
}

/** Folders that are the host itself: binding them, or anything in them, exposes the host. */
const WHOLE = ['/proc', '/sys', '/boot', '/dev', '/root', '/var/run', '/run', '/var/lib/docker'];
const CREDENTIALS = ['.ssh', '.aws', '.docker', '.kube', '.gnupg', '.config/gcloud'];

/**
 * Why binding this host path is sensitive, or undefined when it is not. `/etc` itself is
 * sensitive; a file or folder below it only when written to (`/etc/localtime:ro` is fine).
 */
export function sensitivity(path: string | undefined, readOnly: boolean): string | undefined {
  if (path === undefined || isSocketPath(path)) return undefined;
  if (path === '/') return 'the whole host filesystem';
  const roots = [...WHOLE, '/etc', '/home', '/Users'];
  const holds = roots.find((root) => root.startsWith(`${path}/`));
  if (holds) return `${path} holds ${holds}`;
  const whole = WHOLE.find((root) => path === root || path.startsWith(`${root}/`));
  if (whole) return `${whole} belongs to the host`;
  if (path === '/etc') return "the host's configuration";
  if (path.startsWith('/etc/') && !readOnly) return "a writable part of the host's configuration";
  if (/^(~|\/home\/[^/]+|\/Users\/[^/]+)$/.test(path)) return 'a home folder';
  const home = /^(~|\/home\/[^/]+|\/Users\/[^/]+)\/(.+)$/.exec(path);
  const inHome = home?.[2];
  if (inHome && CREDENTIALS.some((dir) => inHome === dir || inHome.startsWith(`${dir}/`))) {
    return `credentials in ${path}`;
  }
  if (path === '/home' || path === '/Users') return 'every home folder';
  return undefined;
}
