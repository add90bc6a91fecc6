// Twenty running containers for the verify figure: the local test image, no network, half of
// them hardened. Brought up with Compose so that they carry its labels; always removed.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const IMAGE = 'compose-harden-test/busybox:1';
const COUNT = 20;

function run(command, args) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Why the figure cannot be measured here, or undefined when it can. */
export function whyNoDocker() {
  try {
    run('docker', ['image', 'inspect', IMAGE]);
  } catch {
    return `no Docker engine or no ${IMAGE} (run scripts/docker-test-env.sh as root)`;
  }
  return composeCli() ? undefined : 'neither docker-compose nor docker compose works';
}

function composeCli() {
  for (const [command, prefix] of [
    ['docker-compose', []],
    ['docker', ['compose']],
  ]) {
    try {
      run(command, [...prefix, 'version']);
      return { command, prefix };
    } catch {
      // try the next one
    }
  }
  return undefined;
}

function composeText() {
  const lines = ['services:'];
  for (let i = 1; i <= COUNT; i++) {
    lines.push(
      `  s${String(i).padStart(2, '0')}:`,
      `    image: ${IMAGE}`,
      '    command: ["sleep", "3600"]',
      '    network_mode: none',
    );
    if (i % 2 === 0) {
      lines.push(
        '    user: "1000:1000"',
        '    cap_drop: [ALL]',
        '    read_only: true',
        '    security_opt: ["no-new-privileges:true"]',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Starts the stack in `dir`; resolves with its file, project and container ids, and a
 * `remove` that takes every container of the project away again.
 */
export function startStack(dir) {
  const cli = composeCli();
  if (!cli) throw new Error('no Compose command');
  const file = path.join(dir, 'verify-compose.yaml');
  const project = `compose-harden-bench-${process.pid}`;
  writeFileSync(file, composeText());
  const compose = (args) => run(cli.command, [...cli.prefix, '-p', project, '-f', file, ...args]);

  const remove = () => {
    try {
      compose(['down', '--timeout', '0']);
    } catch {
      // the label sweep below still removes them
    }
    const label = `label=com.docker.compose.project=${project}`;
    const left = run('docker', ['ps', '-aq', '--filter', label]).split('\n').filter(Boolean);
    if (left.length) run('docker', ['rm', '-f', '-v', ...left]);
  };
  try {
    compose(['up', '-d']);
    const label = `label=com.docker.compose.project=${project}`;
    const ids = run('docker', ['ps', '-q', '--filter', label]).split('\n').filter(Boolean);
    if (ids.length !== COUNT)
      throw new Error(`expected ${COUNT} running containers, ${ids.length}`);
    return { file, project, ids, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
