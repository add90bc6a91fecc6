/** An image reference split the way the Docker engine splits it. */
export interface ImageRef {
  /** Lower-case registry host; `docker.io` for Docker Hub under any of its aliases. */
  registry: string;
  /** Path between registry and name: `library` for official images, '' when there is none. */
  namespace: string;
  name: string;
  tag?: string;
  digest?: string;
  /** `registry/namespace/name` in lower case, without tag or digest: what presets match. */
  normalized: string;
}

const DOCKER_HUB = 'docker.io';
const HUB_ALIASES: ReadonlySet<string> = new Set([
  DOCKER_HUB,
  'index.docker.io',
  'registry-1.docker.io',
]);

// The grammar of github.com/distribution/reference, applied after lower-casing.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST_PART = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const DOMAIN = new RegExp(`^(?:${HOST_PART}(?:\\.${HOST_PART})*|\\[[a-f0-9:]+\\])(?::\\d+)?$`);
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-f0-9]{32,}$/i;

/**
 * Parses `postgres:16`, `ghcr.io/org/app@sha256:...` and the like. Returns undefined for an
 * empty or invalid reference, and for one that Compose interpolates (`${REGISTRY}/app`,
 * `$TAG`): its value is unknown until run time, so it cannot be matched.
 */
export function parseImageRef(ref: string): ImageRef | undefined {
  const text = ref.trim();
  if (text === '' || text.includes('$')) return undefined;

  const { path, tag, digest } = splitSuffixes(text);
  if (tag !== undefined && !TAG.test(tag)) return undefined;
  if (digest !== undefined && !DIGEST.test(digest)) return undefined;

  const parts = splitPath(path, false);
  if (!parts) return undefined;
  return {
    ...parts,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

/**
 * Normalises a preset pattern (`postgres`, `grafana/grafana`) like an image reference. `*`
 * may appear inside any segment. A first segment holding `*` in a pattern of two or more
 * segments stands for the registry, so one pattern covers Docker Hub and its mirrors on
 * ghcr.io or quay.io. Returns undefined for a pattern with a tag, a digest or bad characters.
 */
export function normalizePattern(pattern: string): string | undefined {
  const text = pattern.trim();
  const { path, tag, digest } = splitSuffixes(text);
  if (text === '' || tag !== undefined || digest !== undefined) return undefined;
  return splitPath(path, true)?.normalized;
}

function splitSuffixes(text: string): { path: string; tag?: string; digest?: string } {
  const at = text.indexOf('@');
  const digest = at >= 0 ? text.slice(at + 1) : undefined;
  const named = at >= 0 ? text.slice(0, at) : text;

  // A colon after the last slash starts the tag; one before it belongs to a registry port.
  const colon = named.lastIndexOf(':');
  if (colon <= named.lastIndexOf('/')) return { path: named, ...(digest ? { digest } : {}) };
  return {
    path: named.slice(0, colon),
    tag: named.slice(colon + 1),
    ...(digest ? { digest } : {}),
  };
}

function splitPath(path: string, wildcards: boolean): Omit<ImageRef, 'tag' | 'digest'> | undefined {
  const segments = path.toLowerCase().split('/');
  const first = segments[0] ?? '';
  const hasRegistry =
    segments.length > 1 &&
    (first.includes('.') ||
      first.includes(':') ||
      first === 'localhost' ||
      (wildcards && first.includes('*')));

  const written = hasRegistry ? first : DOCKER_HUB;
  const registry = HUB_ALIASES.has(written) ? DOCKER_HUB : written;
  const repo = hasRegistry ? segments.slice(1) : segments;
  // Docker Hub keeps official images under `library/`; `postgres` is `library/postgres`.
  if (registry === DOCKER_HUB && repo.length === 1) repo.unshift('library');

  // Validate a pattern as if each `*` were a plain character.
  const plain = (s: string) => (wildcards ? s.replaceAll('*', 'x') : s);
  if (!DOMAIN.test(plain(registry))) return undefined;
  if (!repo.every((segment) => COMPONENT.test(plain(segment)))) return undefined;

  const name = repo.pop() ?? '';
  const namespace = repo.join('/');
  const normalized = [registry, namespace, name].filter((s) => s !== '').join('/');
  return { registry, namespace, name, normalized };
}
