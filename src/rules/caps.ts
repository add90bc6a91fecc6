import type { Edit } from '../compose/apply.js';
import { normalizeCap } from '../presets/capabilities.js';
import type { RuleContext } from './types.js';
import { asList } from './values.js';

/** The capability names as written, with their canonical form (`ALL` stays `ALL`). */
export function capsOf(value: unknown): { written: string; name: string }[] {
  // An empty item (an unset `${CAP}`) names no capability.
  return asList(value).flatMap((written) => {
    if (written.trim() === '') return [];
    const upper = written.trim().toUpperCase();
    const bare = upper.startsWith('CAP_') ? upper.slice(4) : upper;
    return [{ written, name: bare === 'ALL' ? 'ALL' : (normalizeCap(written) ?? bare) }];
  });
}

export function dropsAll(context: RuleContext): boolean {
  return capsOf(context.setting('cap_drop').value).some((cap) => cap.name === 'ALL');
}

/**
 * The cap_add edit that leaves exactly the needed capabilities, keeping the spelling of the
 * ones already written. Undefined when cap_add is already exactly that.
 */
export function capAddEdit(context: RuleContext): Edit | undefined {
  const current = capsOf(context.setting('cap_add').value);
  const wanted = context.neededCaps;
  // `chown` in one file and `CHOWN` in another are one capability: keep its first spelling.
  const kept = current.filter(
    (cap, i) => wanted.includes(cap.name) && current.findIndex((c) => c.name === cap.name) === i,
  );
  const missing = wanted.filter((name) => !current.some((cap) => cap.name === name));
  const unchanged = kept.length === current.length && missing.length === 0;
  if (unchanged) return undefined;
  if (wanted.length === 0 && context.setting('cap_add').value === undefined) return undefined;
  const value = [...kept.map((cap) => cap.written), ...missing];
  return { kind: 'set', service: context.service, key: 'cap_add', value };
}
