import { Text } from 'ink';
import type { DiffLine } from '../layout/diff-lines.js';
import { stackLabel } from '../layout/stack-label.js';
import type { SummaryCounts, SummaryLine } from '../layout/summary-lines.js';
import type { VerifyLine } from '../layout/verify-lines.js';
import type { ScoreOf } from '../result.js';
import { hasAnythingToChange } from '../state/selectors.js';
import type { WizardState } from '../state/wizard-state.js';
import { useTheme } from '../theme.js';
import { DiffScreen } from './diff-screen.js';
import { OutcomeScreen } from './outcome-screen.js';
import { ServiceScreen } from './service-screen.js';
import { SummaryScreen } from './summary-screen.js';
import { Verification } from './verification.js';
import { VerifyScreen } from './verify-screen.js';

interface Props {
  state: WizardState;
  columns: number;
  rows: number;
  /** Rows the summary, the diff or the verification report may show at once. */
  height: number;
  summary: { lines: readonly SummaryLine[]; counts: SummaryCounts };
  diff: { lines: readonly DiffLine[]; stats: { added: number; removed: number } };
  verifyLines: readonly VerifyLine[];
  scores: ReturnType<ScoreOf> | undefined;
}

/** The screen of the current step; it draws the state and decides nothing. */
export function StepView(props: Props) {
  const { state, columns, rows, height, summary, diff, verifyLines, scores } = props;
  const theme = useTheme();
  const { plan, verification } = state;
  switch (state.step) {
    case 'service':
      return (
        <ServiceScreen
          plan={plan}
          index={state.service}
          row={state.row}
          chosen={state.chosen}
          shared={state.shared}
          help={state.help}
          columns={columns}
          rows={rows}
          scores={scores}
        />
      );
    case 'summary':
      return (
        <SummaryScreen
          plan={plan}
          lines={summary.lines}
          counts={summary.counts}
          nothingToChange={!hasAnythingToChange(plan)}
          scroll={state.scroll}
          height={height}
          columns={columns}
        />
      );
    case 'diff':
      return (
        <DiffScreen
          file={stackLabel(plan)}
          lines={diff.lines}
          stats={diff.stats}
          changes={state.chosen.size}
          scroll={state.scroll}
          height={height}
        />
      );
    case 'writing':
      return <Text color={theme.muted}>Writing {stackLabel(plan)}…</Text>;
    case 'verify':
      return state.written ? (
        <VerifyScreen
          written={state.written}
          verification={verification}
          lines={verifyLines}
          columns={columns}
          scroll={state.scroll}
          height={height}
        />
      ) : null;
    case 'done': {
      if (!state.result) return null;
      // The last frame keeps a finished check, whole: it stays in the scrollback.
      const checked = verification.status === 'done' || verification.status === 'error';
      return (
        <OutcomeScreen result={state.result} file={plan.given.join(', ')}>
          {checked && (
            <Verification
              verification={verification}
              lines={verifyLines}
              file={plan.file}
              columns={columns}
              scroll={0}
              height={verifyLines.length}
            />
          )}
        </OutcomeScreen>
      );
    }
  }
}
