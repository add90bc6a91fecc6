import { Box } from 'ink';
import type { VerifyLine } from '../layout/verify-lines.js';
import type { WrittenResult } from '../result.js';
import type { Verification as State } from '../state/wizard-state.js';
import { footerIntents, VERIFY_INTENTS } from '../step-intents.js';
import { Footer } from './footer.js';
import { Written } from './outcome-screen.js';
import { Verification } from './verification.js';

interface Props {
  written: WrittenResult;
  verification: State;
  lines: readonly VerifyLine[];
  columns: number;
  scroll: number;
  height: number;
}

/** After the write: what was written, and the check of the running containers on demand. */
export function VerifyScreen({ written, verification, lines, columns, scroll, height }: Props) {
  const { status } = verification;
  const scrollable = status === 'done' && lines.length > height;
  return (
    <Box flexDirection="column">
      <Written {...written} />
      <Verification
        verification={verification}
        lines={lines}
        file={written.file}
        columns={columns}
        scroll={scroll}
        height={height}
      />
      <Footer
        intents={footerIntents(VERIFY_INTENTS[status], scrollable)}
        labels={{ up: 'scroll', again: status === 'error' ? 'retry' : 'run again' }}
      />
    </Box>
  );
}
