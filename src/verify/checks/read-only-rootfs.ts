import type { ContainerInspect } from '../../docker/client.js';
import { type CheckInput, comparable, result, sameList, stale, type VerifyCheck } from './check.js';

export const verifyReadOnlyRootfs: VerifyCheck = {
  id: 'read-only-rootfs',
  check(input: CheckInput) {
    const { asked, facts } = input;
    const configured = facts.inspect.HostConfig.ReadonlyRootfs === true;
    const mounted = tmpfsMounts(facts.inspect);
    const seen = [
      `ReadonlyRootfs ${configured}`,
      mounted.length ? `tmpfs on ${mounted.join(', ')}` : 'no tmpfs mounts',
    ];

    if (comparable(input, 'read_only', 'tmpfs')) {
      const wanted: string[] = [];
      if (asked.readOnly !== configured) {
        wanted.push(
          asked.readOnly ? 'the file asks read_only: true' : 'the file does not set read_only',
        );
      }
      // Without read_only a missing tmpfs changes nothing this rule is about.
      if (asked.readOnly && !sameList(asked.tmpfs, mounted)) {
        wanted.push(`the file asks tmpfs on ${asked.tmpfs.join(', ') || 'nothing'}`);
      }
      if (wanted.length) return stale(this.id, input, ['inspect'], [...wanted, ...seen]);
    }
    if (!configured) {
      const why = comparable(input, 'read_only')
        ? 'not set in the file, and the container runs with a writable root'
        : 'read_only comes from a variable, and the container runs with a writable root';
      return result(this.id, 'fail', ['inspect'], [why, ...seen]);
    }
    return result(this.id, 'pass', ['inspect'], seen);
  },
};

/** From `tmpfs:` (HostConfig.Tmpfs) and from volumes of type tmpfs (Mounts). */
function tmpfsMounts(inspect: ContainerInspect): string[] {
  const paths = new Set(Object.keys(inspect.HostConfig.Tmpfs ?? {}));
  for (const mount of inspect.Mounts ?? []) {
    if (mount.Type === 'tmpfs') paths.add(mount.Destination);
  }
  return [...paths].sort();
}
