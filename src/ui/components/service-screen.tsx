import { Box } from 'ink';
import type { Plan } from '../../plan/types.js';
import { stackLabel } from '../layout/stack-label.js';
import type { ScoreOf } from '../result.js';
import { SERVICE_INTENTS } from '../step-intents.js';
import { FindingsTable } from './findings-table.js';
import { Footer } from './footer.js';
import { PresetHelp } from './preset-help.js';
import { ServiceHeader } from './service-header.js';

interface Props {
  plan: Plan;
  index: number;
  row: number;
  chosen: ReadonlySet<string>;
  shared: ReadonlySet<string>;
  help: boolean;
  columns: number;
  rows: number;
  scores?: ReturnType<ScoreOf> | undefined;
}

/** Rows of a service screen around its table: header, headings, detail, more, footer. */
const CHROME_ROWS = 14;

export function ServiceScreen(props: Props) {
  const { plan, index, row, chosen, shared, help, columns, rows, scores } = props;
  const service = plan.services[index];
  if (!service) return null;
  const last = index === plan.services.length - 1;
  return (
    <Box flexDirection="column">
      <ServiceHeader
        file={stackLabel(plan)}
        index={index}
        total={plan.services.length}
        service={service}
        columns={columns}
        scores={scores}
      />
      <FindingsTable
        plan={plan}
        service={service}
        chosen={chosen}
        shared={shared}
        row={row}
        columns={columns}
        height={Math.max(rows - CHROME_ROWS, 5)}
      />
      {help && <PresetHelp service={service} columns={columns} />}
      <Footer intents={SERVICE_INTENTS} labels={last ? { next: 'summary' } : {}} />
    </Box>
  );
}
