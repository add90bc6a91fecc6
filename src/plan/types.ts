import type { Edit } from '../compose/apply.js';
import type { YamlProblem } from '../compose/document.js';
import type { SharedBlock } from '../compose/route.js';
import type { SettingSource } from '../compose/services.js';
import type { RuleId, Severity, Status } from '../rules/types.js';

/** One rule's verdict on one service: a row of the wizard's table, a line of `check`. */
export interface Finding {
  /** `service/rule`: stable, used to select changes. */
  key: string;
  service: string;
  rule: RuleId;
  title: string;
  severity: Severity;
  status: Status;
  current: string;
  recommended: string;
  reason: string;
  /**
   * The line the finding points at: the offending item of a list (the first, when several),
   * else the setting where written, else the service key.
   */
  line: number;
  /** The file that line is in, when it is not the main file. */
  file?: string;
  source: SettingSource;
  edits: Edit[];
  /**
   * The fix written into the block the service merges (`<<: *block`), which other services
   * share: offered instead of `edits`, which leave the block alone.
   */
  shared?: SharedBlock;
  /** Ignored by a comment or the config: shown, never selected by default. */
  ignored?: true;
  /** Unselected because the fix covers only part of it or reaches other services. */
  held?: true;
  /** Selected by default: a fix exists and it is not a guess to review. */
  proposed: boolean;
}

export interface ServicePlan {
  name: string;
  line: number;
  /** The file that defines its image or build, when it is not the main file. */
  file?: string;
  image: string | undefined;
  build: boolean;
  presetId: string;
  presetTitle: string;
  /** Why that preset matched, in a sentence. */
  why: string;
  notes: string[];
  profiles: string[];
  findings: Finding[];
}

/** The USER a service's own Dockerfile sets, read by the CLI. */
export interface BuildUser {
  /** As written: `65532:65532`, `app`, or a build variable such as `${APP_UID}`. */
  user: string;
  /** `app/Dockerfile:6` */
  where: string;
}

export interface Plan {
  /** The main file, as messages show it. */
  file: string;
  /** Every file read, the main one first. */
  files: string[];
  /** The same files' absolute paths, as an edit's `file` names one. */
  paths: string[];
  /** The files Compose is given (`-f` each, or found by name), in the order it merges them. */
  given: string[];
  services: ServicePlan[];
  warnings: YamlProblem[];
}
