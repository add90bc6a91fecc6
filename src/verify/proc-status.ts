import type { ProcessTable } from '../docker/client.js';
import { LINUX_CAPABILITIES } from '../presets/capabilities.js';
import type { ProcessInfo, ProcStatus } from './types.js';

/** The fields of /proc/<pid>/status that the rules read; undefined when it is not that file. */
export function parseProcStatus(text: string): ProcStatus | undefined {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  const uid = fields.get('Uid');
  const capBnd = fields.get('CapBnd');
  const capEff = fields.get('CapEff');
  if (uid === undefined || capBnd === undefined || capEff === undefined) return undefined;

  const noNewPrivs = fields.get('NoNewPrivs');
  return {
    uids: uid.split(/\s+/).map(Number),
    // Kernels before 4.10 do not print NoNewPrivs.
    noNewPrivs: noNewPrivs === undefined ? undefined : noNewPrivs === '1',
    capBnd,
    capEff,
  };
}

/**
 * The capability names in a CapBnd/CapEff mask, sorted. LINUX_CAPABILITIES lists them in the
 * kernel's bit order; a bit newer than the list shows as its number.
 */
export function decodeCapabilities(hex: string): string[] {
  const mask = BigInt(`0x${hex.trim() || '0'}`);
  const names: string[] = [];
  for (let bit = 0; bit < 64; bit++) {
    if ((mask >> BigInt(bit)) & 1n) names.push(LINUX_CAPABILITIES[bit] ?? `CAP_${bit}`);
  }
  return names.sort();
}

/**
 * Processes from `top`, read by column title. The client asks for numeric UIDs; an engine whose
 * `ps` ignored that prints names, of which only `root` is known to be UID 0.
 */
export function parseProcesses(table: ProcessTable): ProcessInfo[] {
  const uidColumn = table.Titles.indexOf('UID');
  const commandColumn = table.Titles.findIndex((title) => title === 'COMMAND' || title === 'CMD');
  return table.Processes.map((row) => {
    const uid = row[uidColumn] ?? '';
    return {
      uid: /^\d+$/.test(uid) ? Number(uid) : uid === 'root' ? 0 : undefined,
      command: row[commandColumn] ?? row[row.length - 1] ?? '',
    };
  });
}
