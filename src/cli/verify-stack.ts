import type { ComposeDocument } from '../compose/document.js';
import { projectName, topLevelName } from '../compose/project-name.js';
import { runVerify } from '../verify/run-verify.js';
import type { VerifyReport } from '../verify/types.js';
import type { Io } from './io.js';

export interface StackToVerify {
  compose: ComposeDocument;
  /** The compose file's absolute path: its folder names the project when nothing else does. */
  file: string;
  project?: string | undefined;
  timeoutMs?: number;
}

/**
 * Checks the containers of a stack, named as Docker Compose names the project. dockerode is
 * loaded here, on the first check, so commands that never verify never pay for it.
 */
export async function verifyStack(stack: StackToVerify, io: Io): Promise<VerifyReport> {
  const name = projectNameOf(stack, io);
  const { createDockerClient } = await import('../docker/dockerode-client.js');
  const client = createDockerClient({
    env: io.env,
    ...(stack.timeoutMs ? { timeoutMs: stack.timeoutMs } : {}),
  });
  return runVerify({ client, compose: stack.compose, projectName: name });
}

export function projectNameOf(stack: StackToVerify, io: Io): string {
  return projectName({
    option: stack.project,
    environment: io.env.COMPOSE_PROJECT_NAME,
    topLevel: topLevelName(stack.compose),
    composeFile: stack.file,
  });
}
