/*
 * The outside catalogues a rule maps to. CIS numbers follow the CIS Docker Benchmark v1.6.0 as
 * docker-bench-security implements it; the titles are shortened. OWASP rules are those of the
 * Docker Security Cheat Sheet.
 */

export const CIS_BENCHMARK = 'CIS Docker Benchmark v1.6.0';
export const OWASP_SHEET = 'OWASP Docker Security Cheat Sheet';

export const CIS_ITEMS = {
  '2.13': 'Centralized and remote logging is configured',
  '4.1': 'A user for the container has been created',
  '4.6': 'HEALTHCHECK instructions have been added to container images',
  '4.10': 'Secrets are not stored in Dockerfiles',
  '5.1': 'An AppArmor profile is enabled, if applicable',
  '5.2': 'SELinux security options are set, if applicable',
  '5.3': 'Linux kernel capabilities are restricted within containers',
  '5.4': 'Privileged containers are not used',
  '5.5': 'Sensitive host system directories are not mounted on containers',
  '5.7': 'Privileged ports are not mapped within containers',
  '5.9': "The host's network namespace is not shared",
  '5.10': 'Memory usage for containers is limited',
  '5.11': 'CPU priority is set appropriately on containers',
  '5.12': "The container's root filesystem is mounted as read only",
  '5.13': 'Incoming container traffic is bound to a specific host interface',
  '5.14': "The 'on-failure' container restart policy is set to '5'",
  '5.15': "The host's process namespace is not shared",
  '5.16': "The host's IPC namespace is not shared",
  '5.17': 'Host devices are not directly exposed to containers',
  '5.19': 'Mount propagation mode is not set to shared',
  '5.20': "The host's UTS namespace is not shared",
  '5.21': 'The default seccomp profile is not disabled',
  '5.25': 'The container is restricted from acquiring additional privileges',
  '5.26': 'Container health is checked at runtime',
  '5.28': 'The PIDs cgroup limit is used',
  '5.30': "The host's user namespaces are not shared",
  '5.31': 'The Docker socket is not mounted inside any containers',
} as const;

export const OWASP_RULES = {
  'RULE #1': 'Do not expose the Docker daemon socket (even to the containers)',
  'RULE #2': 'Set a user',
  'RULE #3': 'Limit capabilities',
  'RULE #4': 'Prevent in-container privilege escalation',
  'RULE #6': 'Use Linux Security Module (seccomp, AppArmor, or SELinux)',
  'RULE #7': 'Limit resources (memory, CPU, file descriptors, processes, restarts)',
  'RULE #8': 'Set filesystem and volumes to read-only',
  'RULE #9': 'Integrate container scanning tools into your CI/CD pipeline',
  'RULE #12': 'Utilize Docker Secrets for Sensitive Data Management',
  'RULE #13': 'Enhance Supply Chain Security',
} as const;

export type CisItem = keyof typeof CIS_ITEMS;
export type OwaspRule = keyof typeof OWASP_RULES;

export function cisLabel(item: CisItem): string {
  return `${item}: ${CIS_ITEMS[item]}`;
}

export function owaspLabel(rule: OwaspRule): string {
  return `${rule}: ${OWASP_RULES[rule]}`;
}
