import { proposedKeys } from '../../plan/select.js';
import type { Plan } from '../../plan/types.js';
import type { VerifyReport } from '../../verify/types.js';
import type { WizardResult, WrittenResult } from '../result.js';
import { firstRow } from './selectors.js';

export type Step = 'service' | 'summary' | 'diff' | 'writing' | 'verify' | 'done';

/**
 * The verification after a write: not asked for yet, checking, the report, or why it could not
 * run. `run` counts the checks, so that only the answer to the latest one is taken.
 */
export type Verification =
  | { status: 'idle' }
  | { status: 'running'; run: number }
  | { status: 'done'; run: number; report: VerifyReport }
  | { status: 'error'; run: number; message: string };

/** A service's final choice, as the one line it leaves in the scrollback once writing starts. */
export interface LogEntry {
  id: number;
  service: string;
  chosen: number;
  selectable: number;
  skipped: boolean;
}

export interface WizardState {
  plan: Plan;
  step: Step;
  /** Index of the service on screen. */
  service: number;
  /** Index of the focused row in that service's table. */
  row: number;
  chosen: ReadonlySet<string>;
  /** Chosen findings to fix in the block their service merges, which others share. */
  shared: ReadonlySet<string>;
  /** Names of the services the user skipped. */
  skipped: ReadonlySet<string>;
  /** Whether the preset notes and the full key list are shown. */
  help: boolean;
  /** First visible line of the summary or the diff. */
  scroll: number;
  log: readonly LogEntry[];
  /** Whether the wizard can check the running containers once the file is written. */
  canVerify: boolean;
  /** The write, once done, while the verify step is on screen. */
  written: WrittenResult | undefined;
  verification: Verification;
  /** Set once the wizard is over: the written file, the refusal, or the quit. */
  result: WizardResult | undefined;
}

export type WizardAction =
  | { type: 'move'; by: number }
  | { type: 'toggle' }
  | { type: 'select-all' }
  | { type: 'select-none' }
  | { type: 'skip' }
  | { type: 'shared' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'help' }
  | { type: 'scroll'; by: number; max: number }
  | { type: 'write' }
  | { type: 'written'; backup: string | undefined; file?: string | undefined }
  | { type: 'failed'; message: string }
  | { type: 'verify' }
  | { type: 'verified'; run: number; report: VerifyReport }
  | { type: 'verify-failed'; run: number; message: string }
  | { type: 'finish' }
  | { type: 'quit' };

export function initialState(plan: Plan, options: { canVerify?: boolean } = {}): WizardState {
  return {
    plan,
    step: plan.services.length > 0 ? 'service' : 'summary',
    service: 0,
    row: firstRow(plan.services[0]),
    chosen: proposedKeys(plan),
    shared: new Set(),
    skipped: new Set(),
    help: false,
    scroll: 0,
    log: [],
    canVerify: options.canVerify ?? false,
    written: undefined,
    verification: { status: 'idle' },
    result: undefined,
  };
}
