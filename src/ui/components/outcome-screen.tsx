import { Box, Text } from 'ink';
import { plural } from '../layout/text.js';
import type { WizardResult } from '../result.js';
import { useTheme } from '../theme.js';

/** Quotes a path for a shell only when it needs it. */
function shellWord(text: string): string {
  return /^[\w./@%+=:,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

function Written({ file, backup, changes }: Extract<WizardResult, { outcome: 'written' }>) {
  const theme = useTheme();
  const f = shellWord(file);
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

/** The last frame, which stays on screen after the wizard exits. */
export function OutcomeScreen({ result, file }: { result: WizardResult; file: string }) {
  const theme = useTheme();
  switch (result.outcome) {
    case 'written':
      return <Written {...result} />;
    case 'failed':
      return <Text color={theme.danger}>✖ Nothing written: {result.message}</Text>;
    case 'nothing-to-do':
      return <Text color={theme.ok}>Nothing for the wizard to change: {file} is as it was.</Text>;
    case 'quit':
      return <Text color={theme.muted}>Quit: {file} was not changed.</Text>;
  }
}
