import { verifyCapAddMinimal } from './cap-add-minimal.js';
import { verifyCapDropAll } from './cap-drop-all.js';
import type { VerifyCheck } from './check.js';
import { verifyNoNewPrivileges } from './no-new-privileges.js';
import { verifyNoPrivileged } from './no-privileged.js';
import { verifyPortsLoopback } from './ports-loopback.js';
import { verifyReadOnlyRootfs } from './read-only-rootfs.js';
import { verifyUserNonRoot } from './user-non-root.js';

/** Every rule's verification, sorted by rule id as the report is. */
export const VERIFY_CHECKS: readonly VerifyCheck[] = [
  verifyCapAddMinimal,
  verifyCapDropAll,
  verifyNoNewPrivileges,
  verifyNoPrivileged,
  verifyPortsLoopback,
  verifyReadOnlyRootfs,
  verifyUserNonRoot,
];
