import { UserError } from '../errors.js';
import { DockerApiError } from './client.js';

const UNREACHABLE = new Set([
  'ENOENT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** `0.5s`, `10s`: the unit the messages use whatever the option was given in. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))}s`;
}

export function timeoutError(endpoint: string, timeoutMs: number): UserError {
  return new UserError(
    `the Docker engine at ${endpoint} did not answer within ${seconds(timeoutMs)}`,
    {
      hint: 'check that the engine is healthy (`docker info`), or set DOCKER_HOST to another one',
    },
  );
}

/**
 * Expected failures become UserErrors naming the endpoint; an HTTP error from a running engine
 * becomes a DockerApiError, since the caller may know what it means (a container just removed).
 * Anything else is a bug and passes through unchanged.
 */
export function describeFailure(error: unknown, endpoint: string): unknown {
  if (error instanceof UserError || error instanceof DockerApiError) return error;
  if (!(error instanceof Error)) return error;

  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof statusCode === 'number') {
    const reason = (error as { json?: { message?: unknown } }).json?.message;
    const message = typeof reason === 'string' ? reason : error.message;
    return new DockerApiError(message.trim(), statusCode);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new UserError(`permission denied on the Docker socket at ${endpoint}`, {
      hint: 'add your user to the docker group (`sudo usermod -aG docker $USER`, then log in again), or run as root',
    });
  }
  if (typeof code === 'string' && UNREACHABLE.has(code)) {
    return new UserError(`cannot reach the Docker engine at ${endpoint}`, {
      hint: 'start Docker or set DOCKER_HOST',
    });
  }
  return error;
}

/**
 * Runs one engine call with a deadline. The signal aborts the request when the deadline
 * passes, so a silent engine does not keep the socket, or the process, alive.
 */
export async function withDeadline<T>(
  endpoint: string,
  timeoutMs: number,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(timeoutError(endpoint, timeoutMs));
    }, timeoutMs);
  });

  try {
    return await Promise.race([call(controller.signal), deadline]);
  } catch (error) {
    throw describeFailure(error, endpoint);
  } finally {
    clearTimeout(timer);
  }
}
