import { readdirSync, readFileSync } from 'node:fs';
import { parseProcStatus } from './proc-status.js';
import type { ProcessInfo, ProcStatus } from './types.js';

/** A container's processes and PID 1's status, read from the kernel of the engine's host. */
export interface HostProcesses {
  processes: ProcessInfo[];
  status: ProcStatus;
}

/** Reads one file or lists one folder under /proc; undefined when it cannot. */
export interface ProcFiles {
  read(path: string): string | undefined;
  list(path: string): string[] | undefined;
}

export const HOST_PROC: ProcFiles = {
  read(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  list(path) {
    try {
      return readdirSync(path);
    } catch {
      return undefined;
    }
  },
};

/**
 * When the engine runs on this machine, the PID it reports for a container's first process is
 * a PID of this machine's /proc too: the same status file an exec of `cat /proc/1/status`
 * prints, and the same process tree `top` lists, without starting anything in the container.
 * The process must sit in a cgroup named after the container: a PID from another machine
 * (Docker Desktop's VM, a remote engine) or one reused since gives undefined, and the caller
 * asks the engine instead. So does a kernel without /proc/<pid>/task/<tid>/children.
 */
export function readHostProcesses(
  pid: number,
  containerId: string,
  files: ProcFiles = HOST_PROC,
  root = '/proc',
): HostProcesses | undefined {
  if (!Number.isInteger(pid) || pid <= 0 || !/^[0-9a-f]{64}$/.test(containerId)) return undefined;
  const ours = () => files.read(`${root}/${pid}/cgroup`)?.includes(containerId) === true;
  if (!ours()) return undefined;

  const status = parseProcStatus(files.read(`${root}/${pid}/status`) ?? '');
  if (!status) return undefined;
  const processes: ProcessInfo[] = [];
  const queue = [pid];
  const seen = new Set(queue);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const children = childrenOf(next, files, root);
    // Without the children files the tree cannot be walked: all or nothing.
    if (children === undefined) return undefined;
    const process = processOf(next, files, root);
    if (process) processes.push(process);
    for (const child of children) {
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
  // Read again: the container may have stopped, and its PID gone to another, meanwhile.
  return ours() ? { processes, status } : undefined;
}

function childrenOf(pid: number, files: ProcFiles, root: string): number[] | undefined {
  const tasks = files.list(`${root}/${pid}/task`);
  // A process that exited since its parent listed it has no tasks left: no children either.
  if (tasks === undefined) return files.read(`${root}/${pid}/stat`) === undefined ? [] : undefined;
  const children: number[] = [];
  for (const task of tasks) {
    const text = files.read(`${root}/${pid}/task/${task}/children`);
    if (text === undefined) {
      if (files.read(`${root}/${pid}/stat`) === undefined) return [];
      return undefined;
    }
    for (const word of text.split(/\s+/)) if (word) children.push(Number(word));
  }
  return children;
}

/** As `top` with `-o pid,uid,args` shows it: the effective UID and the command line. */
function processOf(pid: number, files: ProcFiles, root: string): ProcessInfo | undefined {
  const status = files.read(`${root}/${pid}/status`);
  if (status === undefined) return undefined;
  const uids = /^Uid:\s*(\d+)\s+(\d+)/m.exec(status);
  const name = /^Name:\s*(.*)$/m.exec(status)?.[1] ?? '';
  const args = (files.read(`${root}/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
  return {
    uid: uids ? Number(uids[2]) : undefined,
    command: args.length ? args.join(' ') : `[${name}]`,
  };
}
