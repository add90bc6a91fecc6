import path from 'node:path';
import { parseCompose } from '../../compose/document.js';
import { projectName, topLevelName } from '../../compose/project-name.js';
import { UserError } from '../../errors.js';
import { formatJson, formatText } from '../../verify/format.js';
import { exitCodeFor, runVerify } from '../../verify/run-verify.js';
import { discoverComposeFile } from '../discover.js';
import { readSnapshot } from '../files.js';
import type { Io } from '../io.js';

export interface VerifyOptions {
  file?: string[];
  project?: string;
  format: 'text' | 'json';
  timeout: string;
}

/** Checks the running containers of the stack against what the file asks. Changes nothing. */
export async function verifyCommand(options: VerifyOptions, io: Io): Promise<number> {
  const file = discoverComposeFile(options.file ?? [], io.env, io.cwd);
  const snapshot = await readSnapshot(file, path.relative(io.cwd, file) || file);
  const compose = parseCompose(snapshot.text, snapshot.shown);
  const name = projectName({
    option: options.project,
    environment: io.env.COMPOSE_PROJECT_NAME,
    topLevel: topLevelName(compose),
    composeFile: file,
  });
  const seconds = Number(options.timeout);
  if (!(seconds > 0)) {
    throw new UserError(`--timeout must be a number of seconds, not ${options.timeout}`);
  }
  // dockerode is loaded here only: check and apply start faster without it.
  const { createDockerClient } = await import('../../docker/dockerode-client.js');
  const client = createDockerClient({ env: io.env, timeoutMs: seconds * 1000 });
  const report = await runVerify({ client, compose, projectName: name });
  io.stdout.write(options.format === 'json' ? formatJson(report) : formatText(report));
  // Nothing running at all is more likely a wrong project name than a healthy stack.
  if (report.services.every((service) => service.containers.length === 0)) {
    throw new UserError(`no container of project "${name}" is running`, {
      file: snapshot.shown,
      hint: 'start it with docker compose up -d, or name the project with -p',
    });
  }
  return exitCodeFor(report);
}
