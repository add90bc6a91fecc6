/**
 * Every Linux capability name the kernel defines (capability.h, up to CHECKPOINT_RESTORE),
 * written the way Compose accepts them: upper case, without the `CAP_` prefix. `ALL` is a
 * Docker keyword, not a capability, so it is not in the list.
 */
export const LINUX_CAPABILITIES = [
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'KILL',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'LINUX_IMMUTABLE',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_ADMIN',
  'NET_RAW',
  'IPC_LOCK',
  'IPC_OWNER',
  'SYS_MODULE',
  'SYS_RAWIO',
  'SYS_CHROOT',
  'SYS_PTRACE',
  'SYS_PACCT',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_NICE',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'MKNOD',
  'LEASE',
  'AUDIT_WRITE',
  'AUDIT_CONTROL',
  'SETFCAP',
  'MAC_OVERRIDE',
  'MAC_ADMIN',
  'SYSLOG',
  'WAKE_ALARM',
  'BLOCK_SUSPEND',
  'AUDIT_READ',
  'PERFMON',
  'BPF',
  'CHECKPOINT_RESTORE',
] as const;

export type Capability = (typeof LINUX_CAPABILITIES)[number];

const KNOWN: ReadonlySet<string> = new Set(LINUX_CAPABILITIES);

export function isCapability(name: string): name is Capability {
  return KNOWN.has(name);
}

/**
 * Compose files write capabilities as `chown`, `CAP_CHOWN` or `CHOWN`; Docker treats them
 * alike. Returns the canonical name, or undefined when the name is not a capability.
 */
export function normalizeCap(name: string): Capability | undefined {
  const upper = name.trim().toUpperCase();
  const bare = upper.startsWith('CAP_') ? upper.slice(4) : upper;
  return isCapability(bare) ? bare : undefined;
}
