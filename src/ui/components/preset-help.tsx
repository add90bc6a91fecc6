import { Box, Text } from 'ink';
import type { ServicePlan } from '../../plan/types.js';
import { KEYMAP, keysOf } from '../keymap.js';
import { SERVICE_INTENTS } from '../step-intents.js';
import { Paragraph } from './paragraph.js';

interface Props {
  service: ServicePlan;
  columns: number;
}

/** The `?` panel: why the preset matched, its notes, and every key with all its spellings. */
export function PresetHelp({ service, columns }: Props) {
  const keys = SERVICE_INTENTS.map((intent) => `${keysOf(intent)}: ${KEYMAP[intent].label}`);
  return (
    <Box flexDirection="column" marginTop={1}>
      <Paragraph lead={`${service.presetTitle}: `} text={service.why} width={columns} />
      {service.notes.map((note) => (
        <Box key={note}>
          <Box width={2} flexShrink={0}>
            <Text>-</Text>
          </Box>
          <Paragraph text={note} width={columns - 2} />
        </Box>
      ))}
      <Box marginTop={1}>
        <Paragraph text={`Keys: ${keys.join(' · ')}`} width={columns} tone="muted" />
      </Box>
    </Box>
  );
}
