import type { Edit } from '../compose/apply.js';
import { mountsOf, volumeEdit } from './mounts.js';
import type { Rule, RuleContext } from './types.js';
import { notAList } from './values.js';

const SHARED = new Set(['shared', 'rshared']);

export const noSharedPropagation: Rule = {
  id: 'no-shared-propagation',
  title: 'Keep bind mounts private',
  severity: 'medium',
  core: false,
  problem:
    'A bind with `shared` or `rshared` propagation: the `:shared` option in short syntax, or ' +
    '`bind.propagation: shared` in long syntax.',
  rationale:
    'With shared propagation, mounts made inside the container appear on the host and the ' +
    'other way round. A compromised container can then mount over host paths that other ' +
    'processes trust.',
  fix:
    'Sets the propagation to `rprivate`, the default for binds: the option is replaced in short ' +
    'syntax, the value in long syntax.',
  limitations:
    'A list merged from an anchor is reported but not changed. `slave` and `rslave` are ' +
    'accepted: they only let host mounts in, not out.',
  whenNotToUse:
    'Storage plugins and tools that mount filesystems for the host to use (rclone mount, CSI ' +
    'node plugins, sshfs helpers); they need shared propagation by design.',
  cis: ['5.19'],
  owasp: [],
  check(context: RuleContext) {
    const { mounts, source, editable, sourceOf, listed } = mountsOf(context);
    const shared = mounts.filter((m) => m.propagation && SHARED.has(m.propagation));
    const recommended = 'rprivate (the default)';
    const misshapen = notAList(context.setting('volumes'), recommended, 'any');
    if (misshapen) return misshapen;
    if (shared.length === 0) {
      return {
        status: 'ok',
        current: 'no shared propagation',
        recommended,
        reason: 'mounts stay on their side of the container',
        source,
        edits: [],
      };
    }
    const edits: Edit[] = editable
      ? shared.map((mount) => volumeEdit(context, mount, { propagation: 'rprivate' }))
      : [];
    return {
      status: 'fail',
      current: listed(shared),
      recommended,
      reason: 'mounts made in the container would reach the host',
      source: shared[0] ? sourceOf(shared[0]) : source,
      edits,
    };
  },
};
