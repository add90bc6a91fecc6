import { Box, Text } from 'ink';
import { Fragment } from 'react';
import type { Plan, ServicePlan } from '../../plan/types.js';
import {
  CURSOR_WIDTH,
  GAP,
  HEADINGS,
  MARK_WIDTH,
  rowWindow,
  tableLayout,
} from '../layout/table-layout.js';
import { tableRows } from '../state/selectors.js';
import { blockRefusal } from '../state/shared-block.js';
import { useTheme } from '../theme.js';
import { FindingDetail } from './finding-detail.js';
import { Cell, FindingRow } from './finding-row.js';

interface Props {
  plan: Plan;
  service: ServicePlan;
  chosen: ReadonlySet<string>;
  shared: ReadonlySet<string>;
  row: number;
  columns: number;
  /** Most rows to show at once; the table scrolls with the cursor beyond that. */
  height: number;
}

function More({ count, arrow }: { count: number; arrow: string }) {
  const theme = useTheme();
  if (count === 0) return null;
  return (
    <Box marginLeft={CURSOR_WIDTH + MARK_WIDTH}>
      <Text color={theme.muted}>
        {arrow} {count} more
      </Text>
    </Box>
  );
}

/** The service's settings, one row each, sized to the terminal; the focused row explains itself. */
export function FindingsTable({ plan, service, chosen, shared, row, columns, height }: Props) {
  const theme = useTheme();
  const rows = tableRows(service);
  const layout = tableLayout(columns, rows);
  const { start, end } = rowWindow(rows.length, row, height);
  return (
    <Box flexDirection="column" marginTop={1}>
      <Box>
        <Cell width={CURSOR_WIDTH + MARK_WIDTH}>
          <Text> </Text>
        </Cell>
        <Cell width={layout.label} gap={GAP}>
          <Text color={theme.muted}>{HEADINGS.label}</Text>
        </Cell>
        <Cell width={layout.current} gap={GAP}>
          <Text color={theme.muted}>{HEADINGS.current}</Text>
        </Cell>
        <Cell width={layout.recommended}>
          <Text color={theme.muted}>{HEADINGS.recommended}</Text>
        </Cell>
      </Box>
      <More count={start} arrow="↑" />
      {rows.slice(start, end).map((finding, index) => (
        <Fragment key={finding.key}>
          <FindingRow
            finding={finding}
            chosen={chosen.has(finding.key)}
            focused={start + index === row}
            layout={layout}
          />
          {start + index === row && (
            <FindingDetail
              finding={finding}
              plan={plan}
              inShared={shared.has(finding.key)}
              refusal={blockRefusal(plan, finding)}
              layout={layout}
              columns={columns}
            />
          )}
        </Fragment>
      ))}
      <More count={rows.length - end} arrow="↓" />
    </Box>
  );
}
