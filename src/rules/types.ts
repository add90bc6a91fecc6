import type { Edit } from '../compose/apply.js';
import type { Setting, SettingSource } from '../compose/services.js';
import type { Preset } from '../presets/schema.js';

export const RULE_IDS = [
  'user-non-root',
  'no-new-privileges',
  'cap-drop-all',
  'cap-add-minimal',
  'read-only-rootfs',
  'ports-loopback',
  'no-privileged',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'high' | 'medium' | 'low';

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
  /** The setting as written, or "not set". */
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
}

export interface Rule {
  id: RuleId;
  title: string;
  severity: Severity;
  /** Why the rule exists, in a sentence or two, for docs and SARIF help. */
  rationale: string;
  check(context: RuleContext): Check;
}
