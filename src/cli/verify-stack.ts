import { projectName, topLevelName } from '../compose/project-name.js';
import { givenFiles, type Stack } from '../compose/stack.js';
import { shellWord } from '../text/shell-word.js';
import { readHostProcesses } from '../verify/host-proc.js';
import { runVerify } from '../verify/run-verify.js';
import type { VerifyReport } from '../verify/types.js';
import type { Io } from './io.js';

export interface StackToVerify {
  stack: Stack;
  project?: string | undefined;
  timeoutMs?: number;
  /** Never read the host's /proc: top and an exec of cat through the engine. */
  engineOnly?: boolean | undefined;
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
  const host = stack.engineOnly ? undefined : readHostProcesses;
  const compose = composeCommand(stack.stack, name);
  return runVerify({
    client,
    stack: stack.stack,
    projectName: name,
    compose,
    ...(host ? { host } : {}),
  });
}

/**
 * `docker compose -f base.yml -f prod.yml -p shop`: the files and project this stack was read
 * with, so that a recreate the hint gives reads what verify read.
 */
export function composeCommand(stack: Stack, project: string): string {
  const words = [
    ...givenFiles(stack).flatMap((file) => ['-f', shellWord(file)]),
    '-p',
    shellWord(project),
  ];
  return `docker compose ${words.join(' ')}`;
}

export function projectNameOf(stack: StackToVerify, io: Io): string {
  return projectName({
    option: stack.project,
    environment: io.env.COMPOSE_PROJECT_NAME,
    topLevel: topLevelName(stack.stack.main.compose),
    // The main file's folder names the project when nothing else does.
    composeFile: stack.stack.main.path,
  });
}
