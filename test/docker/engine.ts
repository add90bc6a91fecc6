import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const TEST_IMAGES = ['compose-harden-test/busybox:1', 'compose-harden-test/nocat:1'];
const SETUP = 'run scripts/docker-test-env.sh as root first';

/** The `docker-compose` (Compose 1.x, Debian's) or `docker compose` (v2) command line. */
export interface ComposeCli {
  command: string;
  prefix: string[];
  /** `_` for Compose 1.x container names (`proj_web_1`), `-` for v2 (`proj-web-1`). */
  separator: '_' | '-';
}

/** Why the engine tests cannot run here, or undefined when they can. */
export async function whyNoEngine(): Promise<string | undefined> {
  try {
    await run('docker', ['version', '--format', '{{.Server.Version}}'], { timeout: 10_000 });
  } catch {
    return `no Docker engine answers (\`docker version\` failed); ${SETUP}`;
  }
  for (const image of TEST_IMAGES) {
    try {
      await run('docker', ['image', 'inspect', image], { timeout: 10_000 });
    } catch {
      return `the test image ${image} is missing; ${SETUP}`;
    }
  }
  return (await findCompose())
    ? undefined
    : `neither docker-compose nor docker compose works; ${SETUP}`;
}

export async function findCompose(): Promise<ComposeCli | undefined> {
  const candidates: [string, string[]][] = [
    ['docker-compose', []],
    ['docker', ['compose']],
  ];
  for (const [command, prefix] of candidates) {
    try {
      const { stdout } = await run(command, [...prefix, 'version', '--short'], { timeout: 10_000 });
      const separator = stdout.trim().replace(/^v/, '').startsWith('1.') ? '_' : '-';
      return { command, prefix, separator };
    } catch {
      // try the next one
    }
  }
  return undefined;
}

export async function compose(cli: ComposeCli, project: string, file: string, args: string[]) {
  await composeFiles(cli, project, [file], args);
}

/** The same with several files, merged in order as `-f a -f b` merges them. */
export async function composeFiles(
  cli: ComposeCli,
  project: string,
  files: readonly string[],
  args: string[],
) {
  const given = files.flatMap((file) => ['-f', file]);
  await run(cli.command, [...cli.prefix, '-p', project, ...given, ...args], { timeout: 60_000 });
}

/**
 * Removes the project's containers even when `down` failed half-way: `down` first, then every
 * container that still carries the project label.
 */
export async function removeProject(cli: ComposeCli, project: string, file: string) {
  await compose(cli, project, file, ['down', '-v', '--remove-orphans', '--timeout', '0']).catch(
    () => undefined,
  );
  const label = `label=com.docker.compose.project=${project}`;
  const { stdout } = await run('docker', ['ps', '-aq', '--filter', label]);
  const ids = stdout.split('\n').filter(Boolean);
  if (ids.length) await run('docker', ['rm', '-f', '-v', ...ids]);
}

/**
 * Why the engine tests of `file` cannot run, or undefined when they can. In CI a missing
 * engine is an error, never a skip; elsewhere the reason is printed.
 */
export async function engineOrSkip(file: string): Promise<string | undefined> {
  const noEngine = await whyNoEngine();
  if (noEngine && process.env.CI) {
    throw new Error(`CI must run the Docker engine tests, but ${noEngine}`);
  }
  if (noEngine) process.stderr.write(`${file}: skipped: ${noEngine}\n`);
  return noEngine;
}

/** The test image is a plain busybox: this preset says how to run it hardened. */
export const BUSYBOX_PRESET = [
  'id: test-busybox',
  'title: busybox test image',
  'match: [compose-harden-test/busybox]',
  'user: { image: root, recommended: "1000:1000" }',
  'capAdd: { root: [], nonRoot: [] }',
  'readOnly: { supported: true, tmpfs: [/tmp] }',
  'notes: [Only used by the tests.]',
  '',
].join('\n');
