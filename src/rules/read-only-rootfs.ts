import type { Rule, RuleContext } from './types.js';
import { asList, describe, fromWhere, isInterpolated, isTrue, notAList } from './values.js';

/** `/tmp:size=64m,mode=1777` mounts /tmp. */
function tmpfsPath(entry: string): string {
  return entry.split(':')[0]?.trim() ?? entry;
}

/** tmpfs paths from `tmpfs:` and from long-syntax volumes of type tmpfs. */
function mountedTmpfs(context: RuleContext): string[] {
  const paths = asList(context.setting('tmpfs').value).map(tmpfsPath);
  const volumes = context.setting('volumes').value;
  for (const volume of Array.isArray(volumes) ? volumes : []) {
    const spec = volume as { type?: unknown; target?: unknown };
    if (
      spec &&
      typeof spec === 'object' &&
      spec.type === 'tmpfs' &&
      typeof spec.target === 'string'
    ) {
      paths.push(spec.target);
    }
  }
  return paths;
}

export const readOnlyRootfs: Rule = {
  id: 'read-only-rootfs',
  title: 'Read-only root filesystem',
  severity: 'low',
  core: true,
  problem: "`read_only` is not true, or the preset's scratch paths have no tmpfs.",
  rationale:
    'With a read-only root an intruder cannot drop tools or change binaries; scratch paths get ' +
    'a tmpfs and data lives in volumes.',
  fix:
    "Sets `read_only: true` and adds the preset's tmpfs paths (usually /tmp and a run folder). " +
    'Images that cannot run read-only are marked not applicable.',
  limitations:
    'Paths the application writes beyond those the preset knows (uploads, caches, plugins) need a ' +
    'volume or tmpfs that only testing reveals.',
  whenNotToUse:
    'Applications that update themselves in place or write into their code folder, such as stock ' +
    'WordPress or Nextcloud.',
  cis: ['5.12'],
  owasp: ['RULE #8'],
  check(context: RuleContext) {
    const readOnly = context.setting('read_only');
    const tmpfs = context.setting('tmpfs');
    const { supported, tmpfs: needed } = context.preset.readOnly;
    const mounted = mountedTmpfs(context);
    const missing = needed.filter((path) => !mounted.includes(path));
    const tmpfsText = mounted.length ? `; tmpfs ${mounted.join(', ')}` : '';
    const current = `${describe(readOnly.value)}${fromWhere(readOnly.source)}${tmpfsText}`;
    const recommended = `true${needed.length ? `; tmpfs ${needed.join(', ')}` : ''}`;
    const base = { current, source: readOnly.source };
    const misshapen =
      notAList(tmpfs, recommended) ?? notAList(context.setting('volumes'), recommended, 'any');
    if (misshapen) return misshapen;

    if (isInterpolated(readOnly.value)) {
      return {
        ...base,
        status: 'unknown',
        recommended,
        reason: 'read_only comes from a variable; check its value',
        edits: [],
      };
    }
    if (!supported && !isTrue(readOnly.value)) {
      return {
        ...base,
        status: 'not-applicable',
        recommended: 'leave writable',
        reason: `${context.preset.title} writes to its root filesystem`,
        edits: [],
      };
    }
    if (isTrue(readOnly.value) && missing.length === 0) {
      return {
        ...base,
        status: 'ok',
        recommended,
        reason: 'the root filesystem is read-only',
        edits: [],
      };
    }
    const edits = [];
    if (!isTrue(readOnly.value)) {
      edits.push({ kind: 'set' as const, service: context.service, key: 'read_only', value: true });
    }
    if (missing.length) {
      const value = [...asList(tmpfs.value), ...missing];
      edits.push({ kind: 'set' as const, service: context.service, key: 'tmpfs', value });
    }
    const scratch = needed.length ? `, with tmpfs for ${needed.join(', ')}` : '';
    return {
      ...base,
      status: 'fail',
      recommended,
      reason: `the image runs read-only${scratch}`,
      edits,
    };
  },
};
