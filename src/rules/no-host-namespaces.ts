import type { Edit } from '../compose/apply.js';
import type { Setting } from '../compose/services.js';
import type { Rule, RuleContext } from './types.js';
import { fromWhere, isInterpolated } from './values.js';

/** Each namespace key, and what the service loses when it goes back to its own namespace. */
const KEYS: Record<string, string> = {
  network_mode: 'the host network (publish the ports it serves under ports:)',
  pid: "the host's processes (monitors and debuggers then see only the container)",
  ipc: "the host's shared memory",
  uts: "the host's hostname",
  userns_mode: 'the host user namespace (only matters with userns-remap)',
  cgroup: "the host's cgroup tree",
};
const SEVERE = new Set(['network_mode', 'pid']);

export const noHostNamespaces: Rule = {
  id: 'no-host-namespaces',
  title: "Do not share the host's namespaces",
  severity: 'high',
  core: false,
  problem:
    '`network_mode: host`, `pid: host`, `ipc: host`, `uts: host`, `userns_mode: host` or ' +
    '`cgroup: host`. Host network and host PID are high severity, the others medium.',
  rationale:
    'Namespaces are what make a container a container. With the host network it can reach every ' +
    'local service and listen on any interface; with the host PID namespace it can see, signal ' +
    "and (as root) trace every process on the host; with the host IPC it reads the host's " +
    'shared memory.',
  fix:
    'Removes the key, unselected, and the reason says what the service loses. Removing ' +
    '`network_mode: host` means publishing the ports it serves under `ports:`.',
  limitations:
    'A key merged from an anchor is reported but not removed, since the anchor is shared. A ' +
    'value from a variable is judged as the environment and `.env` of the check set it, an ' +
    'unset one as empty, which shares nothing.',
  whenNotToUse:
    'Host agents that exist to observe the host (node-exporter, cAdvisor, netdata) and network ' +
    'tools that need the host stack (DHCP, mDNS, some VPNs).',
  cis: ['5.9', '5.15', '5.16', '5.20', '5.30'],
  owasp: [],
  check(context: RuleContext) {
    const settings = Object.keys(KEYS).map((key) => context.setting(key));
    const shared = settings.filter(
      (s) =>
        String(s.value ?? '')
          .trim()
          .toLowerCase() === 'host',
    );
    const unknown = settings.filter((s) => isInterpolated(s.value));
    const recommended = "the container's own namespaces";
    const first = shared[0] ?? unknown[0];
    const source = first?.source ?? { kind: 'unset' as const };
    if (!first) {
      return {
        status: 'ok',
        current: 'own namespaces',
        recommended,
        reason: 'no namespace is shared with the host',
        source,
        edits: [],
      };
    }
    if (shared.length === 0) {
      return {
        status: 'unknown',
        current: unknown.map(written).join(', '),
        recommended,
        reason: 'a namespace comes from a variable; check its value',
        source,
        edits: [],
      };
    }
    const edits = shared
      .filter((s) => s.source.kind === 'own')
      .map((s): Edit => ({ kind: 'delete', service: context.service, key: s.key }));
    // A merged key is not removed, so the finding stays after the edit: say where to change it.
    const merged = shared.flatMap((s) =>
      s.source.kind === 'merged' ? [`${s.key} comes from &${s.source.anchor}`] : [],
    );
    return {
      status: 'fail',
      current: shared.map(written).join(', '),
      recommended: merged.length
        ? `${recommended} (${merged.join(', ')}: change it there)`
        : recommended,
      reason: `shares ${shared.map((s) => KEYS[s.key]).join('; ')}`,
      source,
      edits,
      review: true,
      severity: shared.some((s) => SEVERE.has(s.key)) ? 'high' : 'medium',
    };
  },
};

function written(setting: Setting): string {
  return `${setting.key}: ${String(setting.value)}${fromWhere(setting.source)}`;
}
