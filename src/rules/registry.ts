import { capAddMinimal } from './cap-add-minimal.js';
import { capDropAll } from './cap-drop-all.js';
import { cpuLimit } from './cpu-limit.js';
import { healthcheck } from './healthcheck.js';
import { imagePinned } from './image-pinned.js';
import { loggingEnabled } from './logging-enabled.js';
import { memoryLimit } from './memory-limit.js';
import { noDockerSocket } from './no-docker-socket.js';
import { noHostDevices } from './no-host-devices.js';
import { noHostNamespaces } from './no-host-namespaces.js';
import { noNewPrivileges } from './no-new-privileges.js';
import { noPrivileged } from './no-privileged.js';
import { noSecretsInEnv } from './no-secrets-in-env.js';
import { noSensitiveMounts } from './no-sensitive-mounts.js';
import { noSharedPropagation } from './no-shared-propagation.js';
import { noUnconfinedProfiles } from './no-unconfined-profiles.js';
import { pidsLimit } from './pids-limit.js';
import { portsLoopback } from './ports-loopback.js';
import { privilegedPorts } from './privileged-ports.js';
import { readOnlyRootfs } from './read-only-rootfs.js';
import { restartPolicy } from './restart-policy.js';
import type { Rule, RuleId } from './types.js';
import { userNonRoot } from './user-non-root.js';

/** Every rule, in the order the wizard shows them: the core seven first. */
export const RULES: readonly Rule[] = [
  userNonRoot,
  noNewPrivileges,
  capDropAll,
  capAddMinimal,
  readOnlyRootfs,
  portsLoopback,
  noPrivileged,
  noDockerSocket,
  noSensitiveMounts,
  noHostNamespaces,
  noUnconfinedProfiles,
  noHostDevices,
  noSharedPropagation,
  noSecretsInEnv,
  memoryLimit,
  cpuLimit,
  pidsLimit,
  healthcheck,
  restartPolicy,
  imagePinned,
  privilegedPorts,
  loggingEnabled,
];

export function ruleById(id: RuleId): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

/** The rule with this id, for ids typed by a person (`explain`, `--rule`); undefined if none. */
export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
