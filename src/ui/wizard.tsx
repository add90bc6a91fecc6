import { Box, Static, useApp } from 'ink';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { diffStats } from '../plan/diff.js';
import type { Plan } from '../plan/types.js';
import { LogLine } from './components/log-line.js';
import { StepView } from './components/step-view.js';
import { useFirstFrameDrawn } from './hooks/use-first-frame-drawn.js';
import { useScrollInput } from './hooks/use-scroll-input.js';
import { useServiceInput } from './hooks/use-service-input.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { useVerify } from './hooks/use-verify.js';
import { useWrite } from './hooks/use-write.js';
import { diffLines } from './layout/diff-lines.js';
import { summaryCounts, summaryLines } from './layout/summary-lines.js';
import { verifyLines } from './layout/verify-lines.js';
import type { FileText, ScoreOf, VerifyStack, WizardResult, WriteFile } from './result.js';
import { stackDiff } from './stack-diff.js';
import { wizardReducer } from './state/wizard-reducer.js';
import { initialState } from './state/wizard-state.js';
import {
  DIFF_INTENTS,
  EMPTY_DIFF_INTENTS,
  SUMMARY_INTENTS,
  VERIFY_INTENTS,
} from './step-intents.js';
import { COLORS, NO_COLORS, ThemeContext } from './theme.js';

export interface WizardProps {
  plan: Plan;
  /** The stack's files as read, the main one first. */
  before: readonly FileText[];
  /**
   * The same files for a set of chosen finding keys, in the same order (pure, fast); those also
   * in `shared` are fixed in the block their service merges.
   */
  render(chosen: ReadonlySet<string>, shared: ReadonlySet<string>): readonly FileText[];
  /**
   * Writes the texts; resolves with the backup paths (or undefined without a backup); rejects
   * with a UserError when it refuses, e.g. because a file changed on disk.
   */
  write: WriteFile;
  /**
   * Checks the running containers against the file as written, when the user asks after the
   * write; rejects with a UserError when it cannot (no engine, permission denied, timeout).
   * Without it the wizard ends once the file is written.
   */
  verify?: VerifyStack;
  /** Scores the stack before and after the chosen changes, for the header. */
  score?: ScoreOf;
  /** False to draw without colours: chalk does not read NO_COLOR, so the CLI passes it on. */
  color?: boolean;
  /** Fixed terminal size (tests); otherwise the terminal's, followed on resize. */
  columns?: number;
  rows?: number;
  /** Called once with the result, just before the app exits with it. */
  onExit?: (result: WizardResult) => void;
}

/** Rows around the scrolled text of the summary and diff: titles, stats, position, footer. */
const CHROME_ROWS = 7;
/** Around the verification report: what was written, the report's title and totals, footer. */
const VERIFY_CHROME_ROWS = 17;

/** The root: holds the state, wires each step's keys, writes once asked, exits with a result. */
export function Wizard(props: WizardProps) {
  const { plan, before, render, write, verify, score, color, columns, rows, onExit } = props;
  const size = useTerminalSize({ columns, rows });
  const { exit } = useApp();
  const [state, dispatch] = useReducer(wizardReducer, plan, (p) =>
    initialState(p, { canVerify: verify !== undefined }),
  );
  const { step, chosen, shared, skipped, verification, result } = state;
  const height = Math.max(size.rows - (step === 'verify' ? VERIFY_CHROME_ROWS : CHROME_ROWS), 3);

  // The score plans the stack again: the first frame is drawn without it, then it follows.
  const drawn = useFirstFrameDrawn();
  const scores = useMemo(
    () => (drawn ? score?.(chosen, shared) : undefined),
    [drawn, score, chosen, shared],
  );
  const reviewing = step === 'diff' || step === 'writing';
  const after = useMemo(
    () => (reviewing ? render(chosen, shared) : before),
    [reviewing, render, chosen, shared, before],
  );
  const patch = useMemo(() => stackDiff(before, after), [before, after]);
  const diff = useMemo(() => ({ lines: diffLines(patch), stats: diffStats(patch) }), [patch]);
  const summary = useMemo(
    () => ({
      lines: summaryLines(plan, chosen, skipped, shared),
      counts: summaryCounts(plan, chosen, skipped),
    }),
    [plan, chosen, skipped, shared],
  );

  useServiceInput(dispatch, step === 'service');
  useScrollInput(
    SUMMARY_INTENTS,
    { total: summary.lines.length, height },
    dispatch,
    step === 'summary',
  );
  const diffIntents = chosen.size > 0 ? DIFF_INTENTS : EMPTY_DIFF_INTENTS;
  useScrollInput(diffIntents, { total: diff.lines.length, height }, dispatch, step === 'diff');
  const report = verification.status === 'done' ? verification.report : undefined;
  const checked = useMemo(() => (report ? verifyLines(report) : []), [report]);
  useScrollInput(
    VERIFY_INTENTS[verification.status],
    { total: checked.length, height },
    dispatch,
    step === 'verify',
  );

  const onBug = useCallback(
    (error: unknown) => exit(error instanceof Error ? error : new Error(String(error))),
    [exit],
  );
  useWrite(step === 'writing', after, write, dispatch, onBug);
  const running = verification.status === 'running' ? verification.run : undefined;
  useVerify(running, verify, dispatch, onBug);

  useEffect(() => {
    if (!result) return;
    onExit?.(result);
    exit(result);
  }, [result, onExit, exit]);

  return (
    <ThemeContext.Provider value={color === false ? NO_COLORS : COLORS}>
      <Static items={[...state.log]}>
        {(entry) => (
          <Box key={entry.id} width={size.columns}>
            <LogLine entry={entry} />
          </Box>
        )}
      </Static>
      <Box flexDirection="column" width={size.columns}>
        <StepView
          state={state}
          columns={size.columns}
          rows={size.rows}
          height={height}
          summary={summary}
          diff={diff}
          verifyLines={checked}
          scores={scores}
        />
      </Box>
    </ThemeContext.Provider>
  );
}
