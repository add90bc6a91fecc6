import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const run = promisify(execFile);

/** What `docker-compose config` printed, or why it refused the stack. */
export type ComposeConfig =
  | { accepted: true; services: Record<string, Record<string, unknown>> }
  | { accepted: false; error: string };

/** Why `docker-compose` 1.29 cannot be run here, or undefined when it can. */
export async function whyNoDockerCompose(): Promise<string | undefined> {
  let version: string;
  try {
    const { stdout } = await run('docker-compose', ['version', '--short'], { timeout: 30_000 });
    version = stdout.trim();
  } catch {
    return 'docker-compose is not on PATH (apt-get install -y docker-compose)';
  }
  return version.startsWith('1.29.')
    ? undefined
    : `docker-compose ${version} is not 1.29, whose output these tests read`;
}

/** Runs `docker-compose [-f FILE]... config` in `dir` with exactly `env`. */
export async function composeConfig(
  dir: string,
  files: readonly string[] | undefined,
  env: NodeJS.ProcessEnv,
): Promise<ComposeConfig> {
  const args = [...(files ?? []).flatMap((file) => ['-f', file]), 'config'];
  try {
    const { stdout } = await run('docker-compose', args, { cwd: dir, env, timeout: 60_000 });
    // 1.29 writes YAML 1.1 with PyYAML, quoting every string that would read as another type.
    const printed = parse(stdout, { version: '1.1' }) as { services?: unknown };
    const services = (printed.services ?? {}) as Record<string, Record<string, unknown>>;
    return { accepted: true, services };
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    return { accepted: false, error: stderr?.trim() || message };
  }
}
