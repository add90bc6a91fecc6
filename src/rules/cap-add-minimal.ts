import { capAddEdit, capsOf, dropsAll } from './caps.js';
import type { Rule, RuleContext, Severity } from './types.js';
import { describeWhere, firstItemSource, notAList } from './values.js';

export const capAddMinimal: Rule = {
  id: 'cap-add-minimal',
  title: 'Add back only the capabilities the image needs',
  severity: 'medium',
  core: true,
  problem:
    '`cap_add` grants capabilities the image does not need, or lacks one its root entrypoint ' +
    'needs once every capability is dropped. The grade follows the worst extra: ALL, SYS_ADMIN ' +
    'and SYS_MODULE are critical; NET_ADMIN, SYS_PTRACE and DAC_READ_SEARCH high; anything else ' +
    'medium.',
  rationale:
    'Every added capability widens what a compromised process can do. On Docker a non-root ' +
    'process gets none of them anyway, so for non-root services cap_add only misleads.',
  fix:
    "Rewrites `cap_add` to exactly the preset's set, keeping the entries that stay as they are " +
    'spelled and turning the comments of removed ones into comment lines.',
  limitations:
    "Presets describe the image's stock entrypoint. A custom command, an extra plugin or a " +
    'sidecar role may need more.',
  whenNotToUse:
    'Tools whose purpose needs a capability: packet capture (NET_RAW), VPN clients (NET_ADMIN), ' +
    'debuggers (SYS_PTRACE).',
  cis: ['5.3'],
  owasp: ['RULE #3'],
  check(context: RuleContext) {
    const setting = context.setting('cap_add');
    const current = describeWhere(setting);
    const wanted = context.neededCaps;
    const recommended = wanted.length ? wanted.join(', ') : 'none';
    const misshapen = notAList(setting, recommended);
    if (misshapen) return misshapen;
    const written = capsOf(setting.value);
    const extras = written.flatMap((cap, index) => (wanted.includes(cap.name) ? [] : [index]));
    const extra = extras.map((index) => written[index]?.written ?? '');
    const missing = wanted.filter((name) => !written.some((cap) => cap.name === name));
    const compliant = extra.length === 0 && (missing.length === 0 || !dropsAll(context));
    const edit = compliant ? undefined : capAddEdit(context);

    const reason = extra.length
      ? `not needed by this image: ${extra.join(', ')}`
      : missing.length
        ? `with cap_drop ALL the entrypoint needs ${missing.join(', ')}`
        : context.startsAsRoot
          ? wanted.length
            ? `the root entrypoint needs ${wanted.join(', ')} and nothing more`
            : 'the image needs no capability'
          : 'a non-root process gets no capabilities from cap_add on Docker';
    return {
      status: edit ? 'fail' : 'ok',
      ...(edit ? { severity: gradeExtras(extra.map((written) => capsOf(written)[0]?.name)) } : {}),
      current,
      recommended,
      reason,
      source: firstItemSource(setting, extras),
      edits: edit ? [edit] : [],
    };
  },
};

/** Each one is enough on its own to reach the host (modules, mounts, every capability). */
const CRITICAL = new Set(['ALL', 'SYS_ADMIN', 'SYS_MODULE']);
/** Each one defeats a boundary: network config, other processes' memory, any file's content. */
const HIGH = new Set(['NET_ADMIN', 'SYS_PTRACE', 'DAC_READ_SEARCH']);

/** The severity of the worst capability granted beyond the preset; medium when none is extra. */
export function gradeExtras(names: readonly (string | undefined)[]): Severity {
  if (names.some((name) => name && CRITICAL.has(name))) return 'critical';
  if (names.some((name) => name && HIGH.has(name))) return 'high';
  return 'medium';
}
