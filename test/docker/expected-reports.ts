/**
 * The JSON that `formatJson` must print for the fixture stacks, written out field by field.
 * Only the container names depend on the run (project name, Compose's separator).
 */

const DEFAULT_CAPS =
  '00000000a80425fb: AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, ' +
  'NET_BIND_SERVICE, NET_RAW, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT';
const RECREATE = 'recreate it with `docker compose up -d web`';
const WITH_STATUS = ['inspect', 'proc-status'];

/** A container of hardened.yml; the nocat image has no /proc/1/status evidence. */
export function hardenedContainer(name: string, options: { ports: boolean; cat: boolean }) {
  const status = (line: string) => (options.cat ? [line] : []);
  const sources = options.cat ? WITH_STATUS : ['inspect'];
  return {
    name,
    state: 'running',
    outcome: 'pass',
    sources: options.cat ? ['inspect', 'top', 'proc-status'] : ['inspect', 'top'],
    notes: options.cat
      ? []
      : ['/proc/1/status unread: the image has no cat; judged from inspect and top'],
    rules: [
      rule('cap-add-minimal', 'pass', sources, [
        'CapAdd is empty',
        ...status('/proc/1/status: CapEff 0000000000000000 (empty)'),
      ]),
      rule('cap-drop-all', 'pass', sources, [
        'CapDrop ALL',
        ...status('/proc/1/status: CapBnd 0000000000000000 (empty)'),
      ]),
      rule('no-new-privileges', 'pass', sources, [
        'SecurityOpt has no-new-privileges:true',
        ...status('/proc/1/status: NoNewPrivs 1'),
      ]),
      rule('no-privileged', 'pass', ['inspect'], ['Privileged false']),
      rule(
        'ports-loopback',
        'pass',
        ['inspect'],
        [options.ports ? '127.0.0.1:18080->8080/tcp' : 'no published ports'],
      ),
      rule('read-only-rootfs', 'pass', ['inspect'], ['ReadonlyRootfs true', 'tmpfs on /tmp']),
      rule(
        'user-non-root',
        'pass',
        options.cat ? ['inspect', 'top', 'proc-status'] : ['inspect', 'top'],
        [
          'Config.User is "1000:1000"',
          'top: 1 process, none as UID 0',
          ...status('/proc/1/status: Uid 1000'),
        ],
      ),
    ],
  };
}

/** unhardened.yml's only container: every rule but no-privileged fails. */
export function unhardenedContainer(name: string) {
  return {
    name,
    state: 'running',
    outcome: 'fail',
    sources: ['inspect', 'top', 'proc-status'],
    notes: [],
    rules: [
      rule('cap-add-minimal', 'fail', WITH_STATUS, [
        "without cap_drop ALL the process keeps Docker's default capabilities",
        'CapAdd is empty',
        `/proc/1/status: CapEff ${DEFAULT_CAPS}`,
      ]),
      rule('cap-drop-all', 'fail', WITH_STATUS, [
        'not set in the file',
        'CapDrop is empty',
        `/proc/1/status: CapBnd ${DEFAULT_CAPS}`,
      ]),
      rule('no-new-privileges', 'fail', WITH_STATUS, [
        'not set in the file',
        'SecurityOpt is empty',
        '/proc/1/status: NoNewPrivs 0',
      ]),
      rule('no-privileged', 'pass', ['inspect'], ['Privileged false']),
      rule(
        'ports-loopback',
        'fail',
        ['inspect'],
        [
          'the file publishes "18081:8080" beyond loopback',
          '*:18081->8080/tcp on all interfaces (empty HostIp)',
        ],
      ),
      rule(
        'read-only-rootfs',
        'fail',
        ['inspect'],
        [
          'not set in the file, and the container runs with a writable root',
          'ReadonlyRootfs false',
          'no tmpfs mounts',
        ],
      ),
      rule(
        'user-non-root',
        'fail',
        ['inspect', 'top', 'proc-status'],
        [
          'not set in the file',
          'Config.User is empty (root)',
          'top: "sleep 3600" runs as UID 0',
          '/proc/1/status: Uid 0',
        ],
      ),
    ],
  };
}

/** stale-before.yml's container, checked against stale-after.yml. */
export function staleContainer(name: string) {
  const stale = (id: string, sources: string[], evidence: string[]) => ({
    ...rule(id, 'stale', sources, evidence),
    hint: RECREATE,
  });
  return {
    name,
    state: 'running',
    outcome: 'stale',
    sources: ['inspect', 'top', 'proc-status'],
    notes: [],
    rules: [
      stale('cap-add-minimal', WITH_STATUS, [
        'the file asks cap_drop ALL',
        'CapAdd is empty',
        `/proc/1/status: CapEff ${DEFAULT_CAPS}`,
      ]),
      stale('cap-drop-all', WITH_STATUS, [
        'the file asks cap_drop ALL',
        'CapDrop is empty',
        `/proc/1/status: CapBnd ${DEFAULT_CAPS}`,
      ]),
      stale('no-new-privileges', WITH_STATUS, [
        'the file asks no-new-privileges:true',
        'SecurityOpt is empty',
        '/proc/1/status: NoNewPrivs 0',
      ]),
      rule('no-privileged', 'pass', ['inspect'], ['Privileged false']),
      stale(
        'ports-loopback',
        ['inspect'],
        [
          'the file publishes "127.0.0.1:18082:8080"',
          '*:18082->8080/tcp on all interfaces (empty HostIp)',
        ],
      ),
      stale(
        'read-only-rootfs',
        ['inspect'],
        [
          'the file asks read_only: true',
          'the file asks tmpfs on /tmp',
          'ReadonlyRootfs false',
          'no tmpfs mounts',
        ],
      ),
      stale(
        'user-non-root',
        ['inspect', 'top', 'proc-status'],
        [
          'the file asks user "1000:1000"',
          'Config.User is empty (root)',
          'top: "sleep 3600" runs as UID 0',
          '/proc/1/status: Uid 0',
        ],
      ),
    ],
  };
}

function rule(id: string, outcome: string, sources: string[], evidence: string[]) {
  return { rule: id, outcome, sources, evidence };
}

export function service(
  name: string,
  outcome: string,
  containers: object[],
  expected: number | null = null,
) {
  const running = containers.length;
  return { service: name, outcome, replicas: { expected, running }, containers };
}

/** The bytes formatJson prints for this report. */
export function reportJson(
  head: { project: string; engine: string; outcome: string },
  services: object[],
): string {
  const report = { ...head, services };
  return `${JSON.stringify(report, null, 2)}\n`;
}
