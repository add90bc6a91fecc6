import type { Severity } from '../rules/types.js';

/** One failing rule on one service, as every output format reports it. */
export interface ReportFinding {
  /** The file the line is in, relative to the working folder when inside it. */
  file: string;
  line: number;
  service: string;
  rule: string;
  severity: Severity;
  current: string;
  recommended: string;
  message: string;
  /** `compose-harden apply` can change it. */
  fixable: boolean;
}

/** A finding a comment or the config file asked not to report. */
export interface SuppressedFinding extends ReportFinding {
  reason: string | null;
  /** A comment on the service key, or `.compose-harden.yaml`. */
  suppressedBy: 'comment' | 'config';
  suppressedAt: { file: string; line: number };
}

export interface Summary {
  total: number;
  /** Services with at least one finding. */
  services: number;
  servicesChecked: number;
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
  suppressed: number;
}

/** 0-100 and a letter grade, for the stack and each service (see src/plan/score.ts). */
export interface ReportScore {
  score: number;
  grade: string;
  services: { name: string; score: number; grade: string }[];
}

/** What `check` found in one compose file: plain data, the input of every formatter. */
export interface CheckReport {
  file: string;
  findings: ReportFinding[];
  suppressed: SuppressedFinding[];
  summary: Summary;
  score: ReportScore;
}
