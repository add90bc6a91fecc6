import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../../src/errors.js';
import { readStackOnDisk } from '../helpers/stack-on-disk.js';
import { STACKS, type StackCase } from './compose-config-cases.js';
import {
  type CanonicalService,
  canonicalService,
  SETTINGS,
  unescapeDollars,
} from './compose-config-normalise.js';
import { composeConfig } from './compose-config-run.js';

/** A stack's services in canonical form, or why it could not be read. */
export interface View {
  services: Map<string, CanonicalService>;
  /** compose-harden's warnings and stderr; none for docker-compose. */
  warnings: string[];
  stderr: string;
  error?: string;
}

const Setting = z.enum(SETTINGS);

/** `expected.json`: what Compose makes of a fixture 1.29 refuses or reads otherwise. */
const Expected = z.strictObject({
  compose129: z.enum(['rejects', 'differs']),
  because: z.string(),
  /** For `differs`: the settings, per service, on which 1.29 disagrees. */
  differs: z.record(z.string(), z.array(Setting)).optional(),
  services: z.record(z.string(), z.partialRecord(Setting, z.unknown())),
  warnings: z.array(z.string()),
  /** compose-harden refuses the stack too, as Compose does: its one-line error. */
  error: z.string().optional(),
});
export type Expected = z.infer<typeof Expected>;

export const dirOf = (c: StackCase) => path.join(STACKS, c.fixture);

/** PATH, so docker-compose runs, and the case's variables; nothing else leaks in. */
export const envOf = (c: StackCase): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, ...c.env });

export function expectedOf(c: StackCase): Expected | undefined {
  const file = path.join(dirOf(c), 'expected.json');
  if (!existsSync(file)) return undefined;
  return Expected.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function ourView(c: StackCase): View {
  const dir = dirOf(c);
  try {
    const { stack, stderr } = readStackOnDisk(dir, { files: c.files, env: envOf(c) });
    const services = stack.services.map((s) => [s.name, canonicalService(s.data, dir)] as const);
    const warnings = stack.warnings.map((w) => w.message);
    return { services: new Map(services), warnings, stderr };
  } catch (error) {
    const message = error instanceof UserError ? error.oneLine() : String(error);
    return { services: new Map(), warnings: [], stderr: '', error: message };
  }
}

export async function theirView(c: StackCase): Promise<View> {
  const dir = dirOf(c);
  const config = await composeConfig(dir, c.files, envOf(c));
  if (!config.accepted)
    return { services: new Map(), warnings: [], stderr: '', error: config.error };
  const services = Object.entries(config.services).map(([name, data]) => {
    const unescaped = unescapeDollars(data) as Record<string, unknown>;
    return [name, canonicalService(unescaped, dir)] as const;
  });
  return { services: new Map(services), warnings: [], stderr: '' };
}

export function expectedView(expected: Expected): View {
  return { services: new Map(Object.entries(expected.services)), warnings: [], stderr: '' };
}
