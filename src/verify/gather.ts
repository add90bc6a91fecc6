import { type ContainerSummary, DockerApiError, type DockerClient } from '../docker/client.js';
import type { HostProcesses } from './host-proc.js';
import { parseProcesses, parseProcStatus } from './proc-status.js';
import type { ContainerFacts, ProcessInfo, ProcStatus } from './types.js';

const STATUS_FILE = '/proc/1/status';

/** The host's view of a container's processes, when the engine shares this machine's /proc. */
export type HostReader = (pid: number, containerId: string) => HostProcesses | undefined;

/**
 * Reads one container: inspect, then its processes and PID 1's status, from the host's /proc
 * when `host` finds the container there, else `top` and an exec of `cat` side by side. Only
 * reads. An engine that refuses top or exec leaves a note instead of evidence; an engine that
 * cannot be reached throws.
 */
export async function gatherFacts(
  client: DockerClient,
  container: ContainerSummary,
  host?: HostReader,
): Promise<ContainerFacts> {
  const base = { name: container.name, service: container.service, state: container.state };
  const none = { inspect: undefined, processes: undefined, status: undefined };
  if (container.state !== 'running') return { ...base, ...none, notes: [] };

  let inspect: ContainerFacts['inspect'];
  try {
    inspect = await client.inspect(container.id);
  } catch (error) {
    // Removed between the listing and now.
    if (error instanceof DockerApiError && error.statusCode === 404) {
      return { ...base, ...none, state: 'removed', notes: [] };
    }
    throw error;
  }
  if (!inspect.State.Running) return { ...base, ...none, state: inspect.State.Status, notes: [] };

  const seen = host?.(inspect.State.Pid ?? 0, inspect.Id);
  if (seen) return { ...base, inspect, ...seen, fromHost: true, notes: [] };

  const notes: string[] = [];
  const [processes, status] = await Promise.all([
    readProcesses(client, container.id, notes),
    readStatus(client, container.id, notes),
  ]);
  return { ...base, inspect, processes, status, notes };
}

async function readProcesses(
  client: DockerClient,
  id: string,
  notes: string[],
): Promise<ProcessInfo[] | undefined> {
  try {
    return parseProcesses(await client.top(id));
  } catch (error) {
    if (!(error instanceof DockerApiError)) throw error;
    notes.push(`top failed: ${error.message}`);
    return undefined;
  }
}

async function readStatus(
  client: DockerClient,
  id: string,
  notes: string[],
): Promise<ProcStatus | undefined> {
  const fallback = 'judged from inspect and top';
  try {
    const output = await client.exec(id, ['cat', STATUS_FILE]);
    if (output.exitCode !== 0) {
      // runc reports a missing binary on the exec's own stream, with exit code 126 or 127.
      const missing = /executable file not found|no such file/i.test(output.stdout + output.stderr);
      const why = missing ? 'the image has no cat' : `cat exited with ${output.exitCode}`;
      notes.push(`${STATUS_FILE} unread: ${why}; ${fallback}`);
      return undefined;
    }
    const status = parseProcStatus(output.stdout);
    if (!status) notes.push(`${STATUS_FILE} unread: its output was not a status file; ${fallback}`);
    return status;
  } catch (error) {
    if (!(error instanceof DockerApiError)) throw error;
    notes.push(`${STATUS_FILE} unread: exec failed (${error.message}); ${fallback}`);
    return undefined;
  }
}
