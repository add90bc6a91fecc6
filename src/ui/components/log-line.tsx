import { Text } from 'ink';
import { plural } from '../../text/plural.js';
import type { LogEntry } from '../state/wizard-state.js';
import { useTheme } from '../theme.js';

/** A service's final choice as one line of scrollback. */
export function LogLine({ entry }: { entry: LogEntry }) {
  const theme = useTheme();
  const { service, chosen, selectable, skipped } = entry;
  if (skipped) {
    return (
      <Text wrap="truncate-end">
        <Text color={theme.warn}>–</Text> {service}: skipped
      </Text>
    );
  }
  const what =
    selectable === 0
      ? 'nothing to change'
      : `${chosen === 0 ? 'no change' : plural(chosen, 'change')} chosen`;
  return (
    <Text wrap="truncate-end">
      <Text color={chosen > 0 ? theme.ok : theme.muted}>✔</Text> {service}: {what}
    </Text>
  );
}
