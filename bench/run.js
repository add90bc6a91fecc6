// `npm run bench`: each figure of issue 6 as a ratio against its baseline, measured in the
// same run, median of several runs, with peak memory. `--quick` takes three runs of each.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStack, whyNoDocker } from './docker-stack.js';
import { figures } from './figures.js';
import { generateCompose } from './generate.js';
import { compare, HAS_GNU_TIME } from './measure.js';
import { machine, resultsMarkdown, table } from './report.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const say = (line) => process.stderr.write(`bench: ${line}\n`);

const dir = mkdtempSync(path.join(tmpdir(), 'compose-harden-bench-files-'));
const large = path.join(dir, 'compose.yaml');
const expanded = path.join(dir, 'compose-expanded.yaml');
writeFileSync(large, generateCompose({ services: 1000, seed: 1 }));
writeFileSync(expanded, generateCompose({ services: 1000, seed: 1, expandAliases: true }));
mkdirSync(path.join(dir, 'apply'));
const small = path.join(root, 'examples', 'rag-stack', 'compose.yaml');

const noDocker = whyNoDocker();
if (noDocker) say(`verify figure skipped: ${noDocker}`);
else say('starting 20 containers');
const stack = noDocker ? undefined : startStack(dir);
const cleanUp = () => {
  stack?.remove();
  rmSync(dir, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

const before = machine();
const results = [];
try {
  for (const figure of figures({ root, dir, large, expanded, small, stack })) {
    say(`${figure.name} vs ${figure.baseline}`);
    const runs = quick ? 3 : figure.runs;
    results.push({ figure, ...(await compare(figure.ours, figure.theirs, runs)) });
  }
} finally {
  cleanUp();
}

const notes = [
  ...(noDocker ? [`The verify figure was skipped: ${noDocker}.`] : []),
  ...(HAS_GNU_TIME ? [] : ['No /usr/bin/time, so no memory figures: apt-get install -y time.']),
];
process.stdout.write(`${table(results)}\n${notes.map((n) => `${n}\n`).join('')}`);
const file = path.join(root, 'bench', 'results.md');
writeFileSync(file, resultsMarkdown(results, { before, after: machine() }, notes));
say(`wrote ${path.relative(process.cwd(), file)}`);
