import { decodeCapabilities } from '../proc-status.js';
import {
  type CheckInput,
  capList,
  capSetLine,
  comparable,
  listOrNone,
  NOT_SET,
  result,
  sameList,
  stale,
  type VerifyCheck,
  withStatus,
} from './check.js';

export const verifyCapDropAll: VerifyCheck = {
  id: 'cap-drop-all',
  check(input: CheckInput) {
    const { asked, facts } = input;
    const { HostConfig } = facts.inspect;
    const wanted = capList(asked.capDrop);
    const dropped = capList(HostConfig.CapDrop);
    const added = capList(HostConfig.CapAdd);
    const sources = withStatus(facts);
    const bounding = facts.status ? [capSetLine('CapBnd', facts.status.capBnd)] : [];
    const seen = [listOrNone('CapDrop', dropped), ...bounding];

    if (!sameList(wanted, dropped) && comparable(input, 'cap_drop')) {
      const asks = `the file asks cap_drop ${wanted.join(', ') || 'nothing'}`;
      return stale(this.id, input, sources, [asks, ...seen]);
    }
    if (HostConfig.Privileged) {
      const why = 'Privileged true: the engine ignores cap_drop and keeps every capability';
      return result(this.id, 'fail', ['inspect'], [why, listOrNone('CapDrop', dropped)]);
    }
    if (!dropped.includes('ALL')) {
      const why = dropped.length ? `the file drops only ${dropped.join(', ')}` : NOT_SET;
      return result(this.id, 'fail', sources, [why, ...seen]);
    }
    // The bounding set is what cap_drop controls; a non-root process's effective set is empty
    // anyway, so it would hide a drop the engine did not apply.
    const kept = facts.status
      ? decodeCapabilities(facts.status.capBnd).filter((name) => !added.includes(name))
      : [];
    if (kept.length) {
      const why = `set in the file, but the bounding set still holds ${kept.join(', ')}`;
      return result(this.id, 'fail', sources, [why, ...seen]);
    }
    return result(this.id, 'pass', sources, seen);
  },
};
