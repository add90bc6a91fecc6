import { Box, Text } from 'ink';
import { wrapWords } from '../layout/text.js';
import { type Tone, useTheme } from '../theme.js';

interface Props {
  text: string;
  width: number;
  tone?: Tone;
  /** Words at the start shown in bold, such as a title before its explanation. */
  lead?: string;
}

/** Prose wrapped at word boundaries to a width, one Text per line. */
export function Paragraph({ text, width, tone, lead = '' }: Props) {
  const theme = useTheme();
  const color = tone && theme[tone];
  const lines = wrapWords(`${lead}${text}`, width);
  return (
    <Box flexDirection="column">
      {lines.map((line, index) => {
        const bold = index === 0 && lead !== '' && line.startsWith(lead.trimEnd());
        const head = bold ? lead.trimEnd() : '';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a line's place is its identity here
          <Text key={index} color={color}>
            <Text bold>{head}</Text>
            {line.slice(head.length)}
          </Text>
        );
      })}
    </Box>
  );
}
