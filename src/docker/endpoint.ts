import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { UserError } from '../errors.js';

export type Endpoint =
  | { kind: 'unix'; url: string; socketPath: string }
  | { kind: 'tcp'; url: string; host: string; port: number; tls: boolean; certDir: string }
  | { kind: 'ssh'; url: string; host: string; port: number; username: string | undefined };

/** What endpoint resolution reads, so tests can resolve without touching the machine. */
export interface EndpointSources {
  env: Record<string, string | undefined>;
  home: string;
  exists(path: string): boolean;
  /** The file's text, or undefined when it cannot be read. */
  readText(path: string): string | undefined;
}

const DEFAULT_SOCKET = '/var/run/docker.sock';
const HINT = 'set DOCKER_HOST to unix:///path/to/docker.sock, tcp://host:port or ssh://user@host';

/**
 * The engine the docker CLI would talk to: DOCKER_HOST, else the current context, else the
 * first socket that exists among the system, rootless and Docker Desktop paths.
 */
export function resolveEndpoint(sources: EndpointSources): Endpoint {
  const { env } = sources;
  const configDir = env.DOCKER_CONFIG || join(sources.home, '.docker');
  if (env.DOCKER_HOST) {
    // The docker CLI turns TLS on for any non-empty DOCKER_TLS_VERIFY.
    const certDir = env.DOCKER_CERT_PATH || configDir;
    return parseHost(env.DOCKER_HOST, { tls: Boolean(env.DOCKER_TLS_VERIFY), certDir });
  }

  const context = env.DOCKER_CONTEXT || currentContext(sources, configDir);
  if (context && context !== 'default') {
    const host = contextHost(sources, configDir, context);
    const certDir = join(configDir, 'contexts', 'tls', sha256(context), 'docker');
    return parseHost(host, { tls: sources.exists(join(certDir, 'ca.pem')), certDir });
  }

  const candidates = [
    DEFAULT_SOCKET,
    env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, 'docker.sock') : undefined,
    join(sources.home, '.docker', 'run', 'docker.sock'),
  ].filter((path): path is string => path !== undefined);
  const socketPath = candidates.find((path) => sources.exists(path)) ?? DEFAULT_SOCKET;
  return { kind: 'unix', url: `unix://${socketPath}`, socketPath };
}

function parseHost(host: string, tlsFrom: { tls: boolean; certDir: string }): Endpoint {
  if (host.startsWith('unix://')) {
    const socketPath = host.slice('unix://'.length) || DEFAULT_SOCKET;
    return { kind: 'unix', url: `unix://${socketPath}`, socketPath };
  }
  let url: URL;
  try {
    url = new URL(host.includes('://') ? host : `tcp://${host}`);
  } catch {
    throw new UserError(`the Docker host "${host}" is not a URL`, { hint: HINT });
  }
  if (url.protocol === 'ssh:') {
    const port = Number(url.port || 22);
    const username = url.username || undefined;
    return {
      kind: 'ssh',
      url: `ssh://${url.username ? `${url.username}@` : ''}${url.host}`,
      host: url.hostname,
      port,
      username,
    };
  }
  if (url.protocol !== 'tcp:' && url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = url.protocol.slice(0, -1);
    throw new UserError(`the Docker host "${host}" uses ${scheme}://, which is not supported`, {
      hint: HINT,
    });
  }
  const port = Number(url.port || (url.protocol === 'https:' ? 2376 : 2375));
  // 2376 is the port Docker reserves for TLS; docker-modem assumes the same.
  const tls = tlsFrom.tls || url.protocol === 'https:' || port === 2376;
  const { certDir } = tlsFrom;
  return { kind: 'tcp', url: `tcp://${url.host}`, host: url.hostname, port, tls, certDir };
}

function currentContext(sources: EndpointSources, configDir: string): string | undefined {
  const text = sources.readText(join(configDir, 'config.json'));
  const config = text === undefined ? undefined : parseJson(text);
  const name = (config as { currentContext?: unknown } | undefined)?.currentContext;
  return typeof name === 'string' ? name : undefined;
}

function contextHost(sources: EndpointSources, configDir: string, context: string): string {
  const metaFile = join(configDir, 'contexts', 'meta', sha256(context), 'meta.json');
  const text = sources.readText(metaFile);
  const meta = text === undefined ? undefined : parseJson(text);
  const endpoints = (meta as { Endpoints?: { docker?: { Host?: unknown } } } | undefined)
    ?.Endpoints;
  const host = endpoints?.docker?.Host;
  if (typeof host !== 'string' || host === '') {
    throw new UserError(`the current Docker context "${context}" has no engine endpoint`, {
      file: metaFile,
      hint: 'run `docker context use default`, or set DOCKER_HOST',
    });
  }
  return host;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
