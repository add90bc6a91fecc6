import { describe, expect, it } from 'vitest';
import { type ProcFiles, readHostProcesses } from '../../src/verify/host-proc.js';

const ID = 'a4453f588b5600e74719703bab57b0f81b4b4ac6f20eedeb3b30678063348513';
const OTHER = 'b'.repeat(64);

function status(uid: number, name: string): string {
  return [
    `Name:\t${name}`,
    `Uid:\t${uid}\t${uid}\t${uid}\t${uid}`,
    'CapBnd:\t0000000000000000',
    'CapEff:\t0000000000000000',
    'NoNewPrivs:\t1',
    '',
  ].join('\n');
}

/** A /proc of plain data: PID -> its files, with tasks and their children. */
function procOf(
  processes: Record<number, { uid: number; args: string[]; children?: number[]; cgroup?: string }>,
): ProcFiles & { files: Map<string, string> } {
  const files = new Map<string, string>();
  for (const [pid, p] of Object.entries(processes)) {
    files.set(`/proc/${pid}/status`, status(p.uid, p.args[0] ?? 'kworker'));
    files.set(`/proc/${pid}/stat`, `${pid} (x) S`);
    files.set(`/proc/${pid}/cmdline`, p.args.map((a) => `${a}\0`).join(''));
    files.set(`/proc/${pid}/cgroup`, `0::/docker/${p.cgroup ?? ID}\n`);
    files.set(`/proc/${pid}/task/${pid}/children`, (p.children ?? []).join(' '));
  }
  return {
    files,
    read: (path) => files.get(path),
    list: (path) => {
      const prefix = `${path}/`;
      const names = [...files.keys()]
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length).split('/')[0] ?? '');
      return names.length ? [...new Set(names)] : undefined;
    },
  };
}

describe("a container's processes from the host's /proc", () => {
  it('walks the tree from the first process, with effective UIDs and command lines', () => {
    const proc = procOf({
      40: { uid: 0, args: ['postgres'], children: [41, 42] },
      41: { uid: 999, args: ['postgres:', 'checkpointer'] },
      42: { uid: 999, args: [], children: [43] },
      43: { uid: 999, args: ['sleep', '1'] },
    });
    const seen = readHostProcesses(40, ID, proc);
    expect(seen?.processes).toEqual([
      { uid: 0, command: 'postgres' },
      { uid: 999, command: 'postgres: checkpointer' },
      { uid: 999, command: '[kworker]' },
      { uid: 999, command: 'sleep 1' },
    ]);
    expect(seen?.status).toEqual({
      uids: [0, 0, 0, 0],
      noNewPrivs: true,
      capBnd: '0000000000000000',
      capEff: '0000000000000000',
    });
  });

  it("refuses a PID whose cgroup does not name the container: another machine's, or reused", () => {
    const proc = procOf({ 40: { uid: 0, args: ['sh'], cgroup: OTHER } });
    expect(readHostProcesses(40, ID, proc)).toBeUndefined();
    expect(readHostProcesses(0, ID, proc)).toBeUndefined();
    expect(readHostProcesses(40, 'short', proc)).toBeUndefined();
    expect(readHostProcesses(41, ID, proc)).toBeUndefined();
  });

  it('refuses when the PID changes hands while it is read', () => {
    const proc = procOf({ 40: { uid: 1000, args: ['sh'] } });
    let reads = 0;
    const racing: ProcFiles = {
      list: proc.list,
      read: (path) => {
        if (path.endsWith('/cgroup') && reads++ > 0) return `0::/docker/${OTHER}\n`;
        return proc.read(path);
      },
    };
    expect(readHostProcesses(40, ID, racing)).toBeUndefined();
  });

  it('skips a child that exited meanwhile, and gives up on a kernel without children files', () => {
    const proc = procOf({ 40: { uid: 1000, args: ['sh'], children: [41] } });
    expect(readHostProcesses(40, ID, proc)?.processes).toEqual([{ uid: 1000, command: 'sh' }]);

    proc.files.delete('/proc/40/task/40/children');
    expect(readHostProcesses(40, ID, proc)).toBeUndefined();
  });
});
