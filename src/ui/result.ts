import type { VerifyReport } from '../verify/types.js';

/**
 * How a verification in the wizard ended: pass when `compose-harden verify` would exit 0 (not
 * running is no failure), fail on any failing or stale container, error when it could not run.
 */
export type Verified = 'pass' | 'fail' | 'error';

/** How the wizard ended; the CLI maps it to an exit code. */
export type WizardResult =
  | {
      outcome: 'written';
      /** What was written, as the user reads it: one file, or several joined. */
      file: string;
      /** The files to pass to Compose with -f, when the stack has more than one. */
      composeFiles?: string[];
      backup: string | undefined;
      changes: number;
      /** The last verification's outcome, when the user ran one after writing. */
      verified?: Verified;
    }
  /** The user quit before writing: the file is untouched. */
  | { outcome: 'quit' }
  /** Every service already follows the recommendations. */
  | { outcome: 'nothing-to-do' }
  /** The write was refused (a UserError); the message is on screen too. */
  | { outcome: 'failed'; message: string };

export type WrittenResult = Extract<WizardResult, { outcome: 'written' }>;

/** A file of the stack and its text, as read or as the chosen changes leave it. */
export interface FileText {
  /** As messages show it. */
  file: string;
  text: string;
}

/**
 * Writes the new texts of the files that change, all or none; resolves with what was written
 * and the backups, or undefined without a backup.
 */
export type WriteFile = (
  files: readonly FileText[],
) => Promise<{ backup: string | undefined; file?: string }>;

/** Checks the running containers against the file as written; a UserError when it cannot. */
export type VerifyStack = () => Promise<VerifyReport>;

/** A score out of 100 and its letter. */
export interface Grade {
  score: number;
  grade: string;
}

/** The stack's score as the file is, and once the chosen changes are written. */
export type ScoreOf = (
  chosen: ReadonlySet<string>,
  shared: ReadonlySet<string>,
) => { before: Grade; after: Grade };
