import { decodeCapabilities } from '../proc-status.js';
import {
  type CheckInput,
  capList,
  capSetLine,
  comparable,
  listOrNone,
  result,
  sameList,
  stale,
  type VerifyCheck,
  withStatus,
} from './check.js';

export const verifyCapAddMinimal: VerifyCheck = {
  id: 'cap-add-minimal',
  check(input: CheckInput) {
    const { asked, facts } = input;
    const { HostConfig } = facts.inspect;
    const wanted = { add: capList(asked.capAdd), drop: capList(asked.capDrop) };
    const added = capList(HostConfig.CapAdd);
    const dropped = capList(HostConfig.CapDrop);
    const sources = withStatus(facts);
    const effective = facts.status ? decodeCapabilities(facts.status.capEff) : undefined;
    const seen = [
      listOrNone('CapAdd', added),
      ...(facts.status ? [capSetLine('CapEff', facts.status.capEff)] : []),
    ];

    // The effective set follows from both lists, so a changed cap_drop makes this stale too.
    if (comparable(input, 'cap_add', 'cap_drop')) {
      const differs: string[] = [];
      if (!sameList(wanted.add, added)) {
        differs.push(`the file asks cap_add ${wanted.add.join(', ') || 'nothing'}`);
      }
      if (!sameList(wanted.drop, dropped)) {
        differs.push(`the file asks cap_drop ${wanted.drop.join(', ') || 'nothing'}`);
      }
      if (differs.length) return stale(this.id, input, sources, [...differs, ...seen]);
    }
    if (HostConfig.Privileged) {
      const why = 'Privileged true: the process may hold every capability';
      return result(this.id, 'fail', ['inspect'], [why, listOrNone('CapAdd', added)]);
    }
    if (added.includes('ALL')) {
      return result(this.id, 'fail', sources, ['the file adds ALL', ...seen]);
    }
    if (!dropped.includes('ALL')) {
      const why = "without cap_drop ALL the process keeps Docker's default capabilities";
      return result(this.id, 'fail', sources, [why, ...seen]);
    }
    const extra = (effective ?? []).filter((name) => !added.includes(name));
    if (extra.length) {
      const why = `set in the file, but PID 1 also holds ${extra.join(', ')}`;
      return result(this.id, 'fail', sources, [why, ...seen]);
    }
    // Docker gives a non-root process no ambient capabilities: cap_add does not reach it.
    const unused =
      effective?.length === 0 && added.length
        ? ['a non-root process gets nothing from cap_add']
        : [];
    return result(this.id, 'pass', sources, [...seen, ...unused]);
  },
};
