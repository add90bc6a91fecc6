import { z } from 'zod';
import { SEVERITIES } from '../rules/types.js';
import { unknownMessage } from './closest.js';
import { IGNORABLE } from './ignorable.js';

/*
 * The shape of `.compose-harden.yaml`, beside the compose file. This schema is the only
 * definition of the config: the type below is inferred from it.
 */

const ruleRef = z.string().refine((id) => IGNORABLE.includes(id), {
  error: (issue) => unknownMessage('rule', String(issue.input), IGNORABLE),
});

/** A reason left empty is allowed here; it is reported as a finding, like a bare comment. */
const reason = z.string().trim().nullable();

const ignoreEntry = z.union([z.array(ruleRef), z.record(ruleRef, reason)], {
  error: 'must be a list of rule ids, or a mapping of rule id to the reason',
});

export const configSchema = z.strictObject({
  /** A folder of the user's own presets, relative to the config file. */
  presets: z.string().trim().min(1, { error: 'must name a folder' }).optional(),
  /** Ignores per service: `web: [ports-loopback]` or `web: { ports-loopback: why }`. */
  ignore: z.record(z.string(), ignoreEntry).optional(),
  /** Report only findings at this severity or above. */
  severity: z
    .enum(SEVERITIES, {
      error: (issue) =>
        typeof issue.input === 'string'
          ? unknownMessage('severity', issue.input, SEVERITIES)
          : `must be one of ${SEVERITIES.join(', ')}`,
    })
    .optional(),
});

export type Config = z.infer<typeof configSchema>;
