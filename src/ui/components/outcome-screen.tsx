import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { plural } from '../../text/plural.js';
import { shellWord } from '../layout/text.js';
import type { WizardResult, WrittenResult } from '../result.js';
import { useTheme } from '../theme.js';

/** What was written, and how to bring the running containers in line with it. */
export function Written({ file, backup, changes, composeFiles }: WrittenResult) {
  const theme = useTheme();
  const f = (composeFiles ?? [file]).map(shellWord).join(' -f ');
  return (
    <Box flexDirection="column">
      <Text color={theme.ok}>
        ✔ Wrote {plural(changes, 'change')} to {file}
      </Text>
      <Text color={theme.muted}>{backup ? `  backup: ${backup}` : '  no backup kept'}</Text>
      <Box flexDirection="column" marginTop={1}>
        <Text>Next, recreate the containers with the new settings:</Text>
        <Box marginLeft={2}>
          <Text color={theme.accent}>docker compose -f {f} up -d</Text>
        </Box>
        <Text>then check that they run as intended:</Text>
        <Box marginLeft={2}>
          <Text color={theme.accent}>compose-harden verify -f {f}</Text>
        </Box>
      </Box>
    </Box>
  );
}

/**
 * The last frame, which stays on screen after the wizard exits; `children` is what followed
 * the write (the verification), drawn in full.
 */
export function OutcomeScreen({
  result,
  file,
  children,
}: {
  result: WizardResult;
  file: string;
  children?: ReactNode;
}) {
  const theme = useTheme();
  // `file` names every file of the stack, comma-separated.
  const asWas = file.includes(', ') ? 'left as they were' : 'left as it was';
  switch (result.outcome) {
    case 'written':
      return (
        <Box flexDirection="column">
          <Written {...result} />
          {children}
        </Box>
      );
    case 'failed':
      // The refusal says for itself what was and was not written: a heading would repeat it.
      return <Text color={theme.danger}>✖ {result.message}</Text>;
    case 'nothing-to-do':
      return (
        <Text color={theme.ok}>
          Nothing for the wizard to change: {file} {asWas}.
        </Text>
      );
    case 'quit':
      return (
        <Text color={theme.muted}>
          Quit: {file} {asWas}.
        </Text>
      );
  }
}
