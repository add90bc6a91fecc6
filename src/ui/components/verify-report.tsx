import { Box, Text } from 'ink';
import { Fragment } from 'react';
import { plural } from '../../text/plural.js';
import type { VerifyReport as Report } from '../../verify/types.js';
import { printable, shellWord } from '../layout/text.js';
import {
  OUTCOME_LABELS,
  OUTCOME_TONES,
  VERIFY_GAP,
  VERIFY_HEADINGS,
  type VerifyColumns,
  type VerifyLine,
  verifyColumns,
  verifyTotals,
} from '../layout/verify-lines.js';
import { useTheme } from '../theme.js';
import { Cell } from './finding-row.js';
import { ScrollWindow } from './scroll-window.js';

interface Props {
  report: Report;
  lines: readonly VerifyLine[];
  file: string;
  columns: number;
  scroll: number;
  height: number;
}

function Row({ line, widths }: { line: VerifyLine; widths: VerifyColumns }) {
  const theme = useTheme();
  const tone = theme[OUTCOME_TONES[line.outcome]];
  if (line.kind === 'rule') {
    return (
      <Box marginLeft={2}>
        <Text wrap="truncate-end">
          <Text color={tone}>{line.rule}</Text>: {line.evidence}
        </Text>
      </Box>
    );
  }
  return (
    <Box>
      <Cell width={widths.service} gap={VERIFY_GAP}>
        <Text bold wrap="truncate-end">
          {printable(line.service)}
        </Text>
      </Cell>
      <Cell width={widths.container} gap={VERIFY_GAP}>
        <Text color={line.container ? undefined : theme.muted} wrap="truncate-end">
          {line.container ? printable(line.container) : '–'}
        </Text>
      </Cell>
      <Cell width={widths.outcome}>
        <Text color={tone}>{OUTCOME_LABELS[line.outcome]}</Text>
      </Cell>
    </Box>
  );
}

function Totals({ report, file }: { report: Report; file: string }) {
  const theme = useTheme();
  const { counts, stale } = verifyTotals(report);
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text wrap="truncate-end">
        {plural(report.services.length, 'service')}:{' '}
        {counts.map(({ outcome, count }, index) => (
          <Fragment key={outcome}>
            {index > 0 && ', '}
            <Text color={theme[OUTCOME_TONES[outcome]]}>
              {count} {OUTCOME_LABELS[outcome]}
            </Text>
          </Fragment>
        ))}
      </Text>
      {stale.length > 0 && (
        <Text wrap="truncate-end">
          <Text color={theme.warn}>stale</Text>: recreate with{' '}
          <Text color={theme.accent}>
            docker compose -f {shellWord(file)} up -d {stale.map(shellWord).join(' ')}
          </Text>
        </Text>
      )}
    </Box>
  );
}

/** A table of the containers, each with the rules it fails, then the totals. */
export function VerifyReport({ report, lines, file, columns, scroll, height }: Props) {
  const theme = useTheme();
  const widths = verifyColumns(columns, lines);
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>Running containers</Text>{' '}
        <Text color={theme.muted}>
          project {printable(report.project)} on {report.engine}
        </Text>
      </Text>
      <Box>
        <Cell width={widths.service} gap={VERIFY_GAP}>
          <Text color={theme.muted}>{VERIFY_HEADINGS.service}</Text>
        </Cell>
        <Cell width={widths.container} gap={VERIFY_GAP}>
          <Text color={theme.muted}>{VERIFY_HEADINGS.container}</Text>
        </Cell>
        <Cell width={widths.outcome}>
          <Text color={theme.muted}>{VERIFY_HEADINGS.outcome}</Text>
        </Cell>
      </Box>
      <ScrollWindow
        lines={lines.map((line) => <Row key={line.id} line={line} widths={widths} />)}
        offset={scroll}
        height={height}
      />
      <Totals report={report} file={file} />
    </Box>
  );
}
