import { isRootUser } from '../../rules/user-non-root.js';
import type { EvidenceSource, ProcessInfo, ProcStatus } from '../types.js';
import { type CheckInput, comparable, NOT_SET, result, stale, type VerifyCheck } from './check.js';

const SHOWN = 3;

export const verifyUserNonRoot: VerifyCheck = {
  id: 'user-non-root',
  check(input: CheckInput) {
    const { asked, facts } = input;
    const configured = facts.inspect.Config.User ?? '';
    const sources: EvidenceSource[] = ['inspect'];
    if (facts.processes) sources.push('top');
    if (facts.status) sources.push('proc-status');
    const seen = [
      configured ? `Config.User is "${configured}"` : 'Config.User is empty (root)',
      ...processLines(facts.processes),
      ...statusLines(facts.status),
    ];

    if (asked.user !== undefined && asked.user !== configured && comparable(input, 'user')) {
      return stale(this.id, input, sources, [`the file asks user "${asked.user}"`, ...seen]);
    }
    const fromFile =
      asked.user === undefined
        ? [NOT_SET]
        : isRootUser(asked.user)
          ? [`the file sets user "${asked.user}"`]
          : [];
    const observed = facts.processes !== undefined || facts.status !== undefined;
    const root = observed
      ? runsAsRoot(facts.processes, facts.status)
      : isRootUser(configured || '0');
    if (root) return result(this.id, 'fail', sources, [...fromFile, ...seen]);
    // A file without user: relies on the image's USER, which is fine when it is not root.
    const note = asked.user === undefined ? [`${NOT_SET}; the image's user is not root`] : [];
    return result(this.id, 'pass', sources, [...note, ...seen]);
  },
};

function runsAsRoot(processes: ProcessInfo[] | undefined, status: ProcStatus | undefined): boolean {
  const statusRoot = status !== undefined && (status.uids[0] === 0 || status.uids[1] === 0);
  return statusRoot || (processes ?? []).some((process) => process.uid === 0);
}

function processLines(processes: ProcessInfo[] | undefined): string[] {
  if (!processes) return [];
  const root = processes.filter((process) => process.uid === 0);
  if (root.length === 0) {
    const count = `${processes.length} process${processes.length === 1 ? '' : 'es'}`;
    return [`top: ${count}, none as UID 0`];
  }
  const lines = root.slice(0, SHOWN).map((process) => `top: "${process.command}" runs as UID 0`);
  if (root.length > SHOWN) lines.push(`top: ${root.length - SHOWN} more processes run as UID 0`);
  return lines;
}

function statusLines(status: ProcStatus | undefined): string[] {
  if (!status) return [];
  const [real, effective] = status.uids;
  const extra = effective !== undefined && effective !== real ? `, effective ${effective}` : '';
  return [`/proc/1/status: Uid ${real}${extra}`];
}
