import { proposedKeys } from '../../plan/select.js';
import type { Plan } from '../../plan/types.js';
import type { WizardResult } from '../result.js';
import { firstRow } from './selectors.js';

export type Step = 'service' | 'summary' | 'diff' | 'writing' | 'done';

/** A finished service screen, as the one line it leaves in the scrollback. */
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
  /** Names of the services the user skipped. */
  skipped: ReadonlySet<string>;
  /** Whether the preset notes and the full key list are shown. */
  help: boolean;
  /** First visible line of the summary or the diff. */
  scroll: number;
  log: readonly LogEntry[];
  /** Set once the wizard is over: the written file, the refusal, or the quit. */
  result: WizardResult | undefined;
}

export type WizardAction =
  | { type: 'move'; by: number }
  | { type: 'toggle' }
  | { type: 'select-all' }
  | { type: 'select-none' }
  | { type: 'skip' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'help' }
  | { type: 'scroll'; by: number; max: number }
  | { type: 'write' }
  | { type: 'written'; backup: string | undefined }
  | { type: 'failed'; message: string }
  | { type: 'quit' };

export function initialState(plan: Plan): WizardState {
  return {
    plan,
    step: plan.services.length > 0 ? 'service' : 'summary',
    service: 0,
    row: firstRow(plan.services[0]),
    chosen: proposedKeys(plan),
    skipped: new Set(),
    help: false,
    scroll: 0,
    log: [],
    result: undefined,
  };
}
