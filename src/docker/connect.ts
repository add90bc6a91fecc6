import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Docker from 'dockerode';
import { UserError } from '../errors.js';
import type { Endpoint } from './endpoint.js';

/**
 * A dockerode instance for the endpoint. No API version is set: unversioned paths get the
 * engine's own version, so an old engine (20.10 speaks 1.41) works as with the docker CLI.
 */
export function connect(endpoint: Endpoint, env: Record<string, string | undefined>): Docker {
  try {
    return new Docker(dockerodeOptions(endpoint, env));
  } catch (error) {
    // docker-modem reads DOCKER_HOST and DOCKER_CERT_PATH itself and throws on bad values.
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`cannot set up the Docker connection to ${endpoint.url}: ${reason}`, {
      hint: 'check DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH',
    });
  }
}

function dockerodeOptions(
  endpoint: Endpoint,
  env: Record<string, string | undefined>,
): Docker.DockerOptions {
  // docker-modem also reads DOCKER_HOST itself; every field is set so that it cannot win.
  if (endpoint.kind === 'unix') {
    return { socketPath: endpoint.socketPath, host: undefined, port: undefined, protocol: 'http' };
  }
  if (endpoint.kind === 'ssh') {
    return {
      protocol: 'ssh',
      host: endpoint.host,
      port: endpoint.port,
      username: endpoint.username,
      sshOptions: { agent: env.SSH_AUTH_SOCK },
    };
  }
  if (!endpoint.tls) {
    return { protocol: 'http', host: endpoint.host, port: endpoint.port };
  }
  return {
    protocol: 'https',
    host: endpoint.host,
    port: endpoint.port,
    ...tlsFiles(endpoint.certDir),
  };
}

function tlsFiles(certDir: string): { ca: Buffer; cert: Buffer; key: Buffer } {
  const read = (name: string) => {
    try {
      return readFileSync(join(certDir, name));
    } catch {
      throw new UserError(`cannot read ${name} for the Docker engine's TLS`, {
        file: join(certDir, name),
        hint: 'set DOCKER_CERT_PATH to the folder holding ca.pem, cert.pem and key.pem',
      });
    }
  };
  return { ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') };
}
