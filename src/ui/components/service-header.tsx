import { Box, Text } from 'ink';
import type { ServicePlan } from '../../plan/types.js';
import { textWidth } from '../layout/text.js';
import type { ScoreOf } from '../result.js';
import { useTheme } from '../theme.js';

interface Props {
  file: string;
  index: number;
  total: number;
  service: ServicePlan;
  columns: number;
  scores?: ReturnType<ScoreOf> | undefined;
}

function imageText(service: ServicePlan): string {
  if (service.image !== undefined)
    return service.build ? `${service.image} (built)` : service.image;
  return service.build ? 'built from Dockerfile' : 'no image';
}

const gradeText = (g: { score: number; grade: string }) => `${g.score} ${g.grade}`;

/** Width for a part of a line: what it needs, up to a share of the terminal. */
function share(text: string, columns: number, fraction: number): number {
  return Math.max(Math.min(textWidth(text), Math.floor(columns * fraction)), 1);
}

/** Which file, how far along, and what this service is: one line each, cut to fit. */
export function ServiceHeader({ file, index, total, service, columns, scores }: Props) {
  const theme = useTheme();
  const grade = scores ? `score ${gradeText(scores.before)} → ${gradeText(scores.after)}  ` : '';
  const progress = `${grade}service ${index + 1} of ${total}`;
  const profiles = service.profiles.length > 0 ? `profiles: ${service.profiles.join(', ')}` : '';
  const name = share(service.name, columns, 0.3);
  const tags = profiles ? share(profiles, columns, 0.2) + 2 : 0;
  return (
    <Box flexDirection="column">
      <Box>
        <Box width={Math.max(columns - textWidth(progress) - 2, 1)} marginRight={2}>
          <Text color={theme.muted} wrap="truncate-middle">
            {file}
          </Text>
        </Box>
        <Text color={theme.muted}>{progress}</Text>
      </Box>
      <Box>
        <Box width={name} flexShrink={0} marginRight={2}>
          <Text bold color={theme.accent} wrap="truncate-end">
            {service.name}
          </Text>
        </Box>
        <Box width={Math.max(columns - name - 2 - tags, 1)} flexShrink={0}>
          {/* The tag at the end matters as much as the registry at the start. */}
          <Text wrap="truncate-middle">{imageText(service)}</Text>
        </Box>
        {profiles && (
          <Box width={tags - 2} flexShrink={0} marginLeft={2}>
            <Text color={theme.warn} wrap="truncate-end">
              {profiles}
            </Text>
          </Box>
        )}
      </Box>
      {/* Why the preset matched is the reason for every row below: wrap it, never cut it. */}
      <Text wrap="wrap">
        preset <Text bold>{service.presetTitle}</Text>
        <Text color={theme.muted}>: {service.why}</Text>
      </Text>
    </Box>
  );
}
