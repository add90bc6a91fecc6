import type { Edit } from '../compose/apply.js';
import { sensitivity } from './host-paths.js';
import { mountsOf, readOnlyText, volumeEdit } from './mounts.js';
import type { Rule, RuleContext } from './types.js';
import { notAList } from './values.js';

const NARROW = 'still exposed read-only; narrow it to the files the service needs';

export const noSensitiveMounts: Rule = {
  id: 'no-sensitive-mounts',
  title: 'Do not bind sensitive host folders',
  severity: 'high',
  core: false,
  problem:
    'A bind of `/`, `/etc`, `/proc`, `/sys`, `/boot`, `/dev`, `/root`, `/var/run` (or `/run`), ' +
    '`/var/lib/docker`, a home folder, the credential folders in one (`.ssh`, `.aws`, `.kube`, ' +
    '`.docker`, `.gnupg`), or a parent of any of these such as `/var`. A writable bind is high ' +
    'severity; a read-only one medium.',
  rationale:
    'These folders are the host: its configuration, its kernel interfaces, its devices, its ' +
    "users' keys and every container's files. Written to, they hand over the host; read, they " +
    'leak secrets and help an escape.',
  fix:
    'For a writable bind the wizard offers `:ro` in short syntax or `read_only: true` in long ' +
    'syntax, unselected: only you know whether the service writes there. A read-only bind has ' +
    'no automatic fix; narrow it to the file or folder the service reads.',
  limitations:
    'Binds below `/etc` are accepted when read-only (`/etc/localtime:ro`). Sources from ' +
    'variables are judged as the environment and `.env` of the check set them (an unset one ' +
    'as empty); relative paths are not judged. The named pipe and socket are left to ' +
    'no-docker-socket.',
  whenNotToUse:
    'Host monitoring agents (node-exporter, cAdvisor, Promtail) read `/proc`, `/sys` or `/` by ' +
    'design; keep those binds read-only and suppress the rule for them.',
  cis: ['5.5'],
  owasp: ['RULE #8'],
  check(context: RuleContext) {
    const { mounts, source, editable, sourceOf, listed } = mountsOf(context);
    const found = mounts.flatMap((mount) => {
      const why = mount.bind ? sensitivity(mount.host, mount.readOnly) : undefined;
      return why ? [{ mount, why }] : [];
    });
    const recommended = 'only the files the service needs, read-only';
    const misshapen = notAList(context.setting('volumes'), recommended, 'any');
    if (misshapen) return misshapen;
    if (found.length === 0) {
      return {
        status: 'ok',
        current: 'no sensitive host folder',
        recommended,
        reason: 'no bind reaches into the host system',
        source,
        edits: [],
      };
    }
    const writable = found.filter(({ mount }) => !mount.readOnly);
    const edits: Edit[] = editable
      ? writable.map(({ mount }) => volumeEdit(context, mount, { readOnly: true }))
      : [];
    // Read-only is enough below /etc; `/` or a home folder stays sensitive read-only, and the
    // finding with it.
    const stays = found.some(({ mount }) => sensitivity(mount.host, true) !== undefined);
    const fix = readOnlyText(writable.map(({ mount }) => mount));
    const offered = edits.length === 0 ? recommended : stays ? `${fix} (${NARROW})` : fix;
    const worst = writable[0] ?? found[0];
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
    return {
      status: 'fail',
      current: listed(found.map(({ mount }) => mount)),
      recommended: offered,
      reason: `${worst?.mount.readOnly ? '' : 'writable: '}${worst?.why}${more}`,
      // The line of the mount the reason names.
      source: worst ? sourceOf(worst.mount) : source,
      edits,
      review: true,
      severity: writable.length ? 'high' : 'medium',
    };
  },
};
