import { UserError } from '../../errors.js';
import { formatJson, formatText } from '../../verify/format.js';
import { exitCodeFor } from '../../verify/run-verify.js';
import type { Io } from '../io.js';
import { readStack } from '../load.js';
import { projectNameOf, verifyStack } from '../verify-stack.js';

export interface VerifyOptions {
  file?: string[];
  envFile?: string;
  project?: string;
  format: 'text' | 'json';
  timeout: string;
  engineOnly?: boolean;
}

/** Checks the running containers of the stack against what the file asks. Changes nothing. */
export async function verifyCommand(options: VerifyOptions, io: Io): Promise<number> {
  const stack = { stack: readStack(options, io), project: options.project };
  const name = projectNameOf(stack, io);
  const seconds = Number(options.timeout);
  if (!(seconds > 0)) {
    throw new UserError(`--timeout must be a number of seconds, not ${options.timeout}`);
  }
  const timeoutMs = seconds * 1000;
  const report = await verifyStack({ ...stack, timeoutMs, engineOnly: options.engineOnly }, io);
  io.stdout.write(options.format === 'json' ? formatJson(report) : formatText(report));
  // Nothing running at all is more likely a wrong project name than a healthy stack.
  if (report.services.every((service) => service.containers.length === 0)) {
    throw new UserError(`no container of project "${name}" is running`, {
      file: stack.stack.main.compose.file,
      hint: 'start it with docker compose up -d, or name the project with -p',
    });
  }
  return exitCodeFor(report);
}
