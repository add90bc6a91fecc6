// Runs a command as a user would and measures it: wall time from spawn to exit (or to the
// first frame on a pseudo-terminal), and peak memory through GNU time.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const GNU_TIME = '/usr/bin/time';
export const HAS_GNU_TIME = existsSync(GNU_TIME);
const scratch = mkdtempSync(path.join(tmpdir(), 'compose-harden-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/**
 * @typedef {{ argv: string[], cwd?: string, env?: NodeJS.ProcessEnv, codes?: number[],
 *   before?: () => void, frame?: RegExp }} Command
 * `codes`: exit codes that mean it worked (default 0). `before`: untimed set-up for each run.
 * `frame`: run in a pseudo-terminal, stop the clock when the text matches, then send `q`.
 * @typedef {{ ms: number, rssKb: number | undefined }} Sample
 */

/** @param {Command} command @returns {Promise<Sample>} */
export async function measure(command) {
  command.before?.();
  const rssFile = path.join(scratch, 'rss');
  rmSync(rssFile, { force: true });
  const argv = command.frame ? inTerminal(command.argv) : command.argv;
  const wrapped = HAS_GNU_TIME ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const [file = '', ...args] = wrapped;

  const start = process.hrtime.bigint();
  const child = spawn(file, args, {
    cwd: command.cwd,
    env: { ...process.env, ...command.env },
    stdio: ['pipe', command.frame ? 'pipe' : 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const framed = command.frame ? firstFrame(child, command.frame) : undefined;
  const code = await exited(child, 60_000);
  const end = command.frame ? await framed : process.hrtime.bigint();

  if (!(command.codes ?? [0]).includes(code) || end === undefined) {
    const what = end === undefined ? 'quit before its first frame' : `exited with ${code}`;
    throw new Error(`${argv.join(' ')} ${what}:\n${stderr.slice(-2000)}`);
  }
  // GNU time writes "Command exited with non-zero status N" above the figure.
  const written = HAS_GNU_TIME ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) : '';
  const rss = Number.parseInt(written ?? '', 10);
  return { ms: Number(end - start) / 1e6, rssKb: Number.isNaN(rss) ? undefined : rss };
}

/** A pseudo-terminal of a fixed size around argv, through util-linux `script`. */
function inTerminal(argv) {
  const quoted = argv.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
  return ['script', '-qfec', `stty cols 100 rows 40; exec ${quoted}`, '/dev/null'];
}

/** Resolves with the time the frame's text appeared, then presses q until the app quits. */
function firstFrame(child, pattern) {
  return new Promise((resolve) => {
    let screen = '';
    let seen;
    child.stdout.on('data', (chunk) => {
      if (seen) return;
      screen += chunk;
      if (!pattern.test(stripVTControlCharacters(screen))) return;
      seen = process.hrtime.bigint();
      resolve(seen);
      const press = () => child.exitCode === null && child.stdin.write('q');
      press();
      // Raw mode may come on just after the first frame: press again until it is read.
      const again = setInterval(press, 500);
      child.on('exit', () => clearInterval(again));
    });
    child.on('exit', () => resolve(undefined));
  });
}

function exited(child, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${child.spawnfile} ran for more than ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 128 : 0));
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One untimed warm-up of each (disk cache), then `runs` rounds, alternating which goes first,
 * so that a busy moment on the machine falls on both sides alike.
 * @param {Command} ours @param {Command} baseline @param {number} runs
 */
export async function compare(ours, baseline, runs) {
  await measure(ours);
  await measure(baseline);
  const samples = { ours: [], baseline: [] };
  for (let round = 0; round < runs; round++) {
    const order = round % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
    for (const side of order) samples[side].push(await measure(side === 'ours' ? ours : baseline));
  }
  const summary = (list) => ({
    ms: median(list.map((s) => s.ms)),
    rssKb: list.some((s) => s.rssKb === undefined) ? undefined : median(list.map((s) => s.rssKb)),
  });
  return { ours: summary(samples.ours), baseline: summary(samples.baseline), runs };
}
