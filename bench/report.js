// The figures as a Markdown table, and the machine they were measured on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

const ms = (value) => `${value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`;
const mb = (kb) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const times = (ratio) => `${ratio.toFixed(2)}×`;

function ratios({ ours, baseline }) {
  const time = ours.ms / baseline.ms;
  const memory =
    ours.rssKb === undefined || baseline.rssKb === undefined
      ? undefined
      : ours.rssKb / baseline.rssKb;
  return { time, memory };
}

function verdict(result) {
  const { time, memory } = ratios(result);
  const { target, memory: memoryTarget } = result.figure;
  const timeMet = time <= target.atMost;
  if (!memoryTarget) return timeMet ? 'met' : 'missed';
  const memoryMet = memory !== undefined && memory <= memoryTarget.atMost;
  if (timeMet && memoryMet) return 'met';
  return `missed (${[timeMet ? '' : 'time', memoryMet ? '' : 'memory'].filter(Boolean).join(', ')})`;
}

/** One row per figure: medians, the ratio against the baseline, and whether the target holds. */
export function table(results) {
  const header = [
    'figure',
    'baseline',
    'ours, median',
    'baseline, median',
    'ratio',
    'target',
    'peak memory, ours / baseline',
    'runs',
    'target met?',
  ];
  const rows = [];
  for (const result of results) {
    const { figure, ours, baseline, runs } = result;
    const { time, memory } = ratios(result);
    const faster = time < 1 ? ` (${(1 / time).toFixed(1)}× faster)` : '';
    const memoryText = `${mb(ours.rssKb)} / ${mb(baseline.rssKb)}${
      memory === undefined ? '' : ` = ${times(memory)}`
    }${figure.memory ? ` (target ${figure.memory.text})` : ''}`;
    rows.push([
      figure.name,
      figure.baseline,
      ms(ours.ms),
      ms(baseline.ms),
      `${times(time)}${faster}`,
      figure.target.text,
      memoryText,
      String(runs),
      verdict(result),
    ]);
  }
  return aligned(header, rows, [2, 3, 4, 7]);
}

/** A Markdown table with padded columns, as the formatter lays it out. */
function aligned(header, rows, right) {
  const widths = header.map((_, i) => Math.max(3, ...[header, ...rows].map((r) => r[i].length)));
  const cell = (text, i) => (right.includes(i) ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = widths.map((w, i) => (right.includes(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** What the figures depend on: cores, CPU, memory, Node, and how busy the machine was. */
export function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? '?';
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  return {
    cpu: `${nproc} × ${model}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    load: os.loadavg()[0]?.toFixed(2) ?? '?',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

export function resultsMarkdown(results, { before, after }, notes) {
  return `${[
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.js); issue 6 sets the targets. Each figure is the',
    'median of the runs shown, ours and the baseline taking turns in the same run; the ratio',
    'is ours divided by the baseline. Peak memory is the median of each run’s maximum RSS,',
    'from GNU time. Wall times include starting Node.',
    '',
    table(results),
    '',
    ...notes.flatMap((note) => [note, '']),
    `- machine: ${before.cpu}, ${before.memory}`,
    `- Node ${before.node}`,
    `- ${before.date}; load average ${before.load} at the start, ${after.load} at the end`,
  ].join('\n')}\n`;
}
