import type { Edit } from '../compose/apply.js';
import type { Setting, SettingSource } from '../compose/services.js';
import type { Preset } from '../presets/schema.js';
import type { CisItem, OwaspRule } from './references.js';

export const RULE_IDS = [
  'user-non-root',
  'no-new-privileges',
  'cap-drop-all',
  'cap-add-minimal',
  'read-only-rootfs',
  'ports-loopback',
  'no-privileged',
  'no-docker-socket',
  'no-sensitive-mounts',
  'no-host-namespaces',
  'no-unconfined-profiles',
  'no-host-devices',
  'no-shared-propagation',
  'no-secrets-in-env',
  'memory-limit',
  'cpu-limit',
  'pids-limit',
  'healthcheck',
  'restart-policy',
  'image-pinned',
  'privileged-ports',
  'logging-enabled',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** From worst to mildest; `info` findings cost nothing in the score. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * ok: compliant; fail: a change is recommended; unknown: the value comes from a variable or
 * cannot be judged; not-applicable: the preset says the setting does not fit this image.
 */
export type Status = 'ok' | 'fail' | 'unknown' | 'not-applicable';

/** What a rule sees of one service: its settings as written, and its preset. */
export interface RuleContext {
  service: string;
  image: string | undefined;
  preset: Preset;
  setting(key: string): Setting;
  /** Whether the service will start as root once the recommended user is taken. */
  startsAsRoot: boolean;
  /** The capabilities the preset says the service needs after cap_drop ALL. */
  neededCaps: readonly string[];
}

export interface Check {
  status: Status;
  /** The setting as written, or "not set". Never a secret value. */
  current: string;
  recommended: string;
  /** One line: why the recommendation, for this image. */
  reason: string;
  /** Where the current value is written. */
  source: SettingSource;
  /** The change that makes the service compliant; empty when there is none to make. */
  edits: Edit[];
  /** A guess the user must confirm: not selected by default. */
  review?: boolean;
  /** Overrides the rule's severity for this finding (graded rules such as cap-add-minimal). */
  severity?: Severity;
}

export interface Rule {
  id: RuleId;
  title: string;
  severity: Severity;
  /**
   * One of the settings of the first wizard. The wizard always shows core rows and shows the
   * other rules only when they are not ok.
   */
  core: boolean;
  /** What the rule flags, in a sentence or two: the "problem" of its doc page. */
  problem: string;
  /** Why the rule exists, in a sentence or two, for docs and SARIF help. */
  rationale: string;
  /** What the fix writes, or why there is none. */
  fix: string;
  /** What the rule cannot see or gets wrong. */
  limitations: string;
  /** Cases where the finding is expected and the rule should be ignored or suppressed. */
  whenNotToUse: string;
  /** CIS Docker Benchmark items it maps to. */
  cis: readonly CisItem[];
  /** OWASP Docker Security Cheat Sheet rules it maps to. */
  owasp: readonly OwaspRule[];
  check(context: RuleContext): Check;
}
