// The figures of issue 6: each one our command against a baseline measured in the same run.
import { copyFileSync } from 'node:fs';
import path from 'node:path';

const node = process.execPath;

/**
 * @param {{ root: string, dir: string, large: string, expanded: string, small: string,
 *   stack?: { file: string, project: string, ids: string[] } }} files
 */
export function figures({ root, dir, large, expanded, small, stack }) {
  const cli = (...args) => [node, path.join(root, 'bin', 'compose-harden.js'), ...args];
  const bench = (name) => path.join(root, 'bench', 'baselines', name);
  const checkLarge = { argv: cli('check', '-f', large), cwd: dir, codes: [1] };
  const bare = { argv: [node, '-e', ''] };
  const applied = path.join(dir, 'apply', 'compose.yaml');

  return [
    {
      name: '`check`, 1,000-service file',
      baseline: '`dclint`, same file without aliases',
      ours: checkLarge,
      theirs: {
        argv: [node, path.join(root, 'node_modules', 'dclint', 'bin', 'dclint.cjs'), expanded],
        cwd: dir,
        codes: [0, 1],
      },
      runs: 5,
      // dclint's time divided by ours must be at least 10.
      target: { atMost: 0.1, text: '≥ 10× faster' },
    },
    {
      name: '`check`, 1,000-service file',
      baseline: '`yaml` parse + print',
      ours: checkLarge,
      theirs: { argv: [node, bench('yaml-round-trip.js'), large], cwd: dir },
      runs: 7,
      target: { atMost: 1.5, text: '≤ 1.5×' },
    },
    {
      name: '`check --help`',
      baseline: "`node -e ''`",
      ours: { argv: cli('check', '--help') },
      theirs: bare,
      runs: 7,
      target: { atMost: 3, text: '≤ 3×' },
    },
    {
      name: '`check`, example stack',
      baseline: "`node -e ''`",
      ours: { argv: cli('check', '-f', small), codes: [1] },
      theirs: bare,
      runs: 7,
      target: { atMost: 3, text: '≤ 3×' },
    },
    {
      name: 'wizard to first frame, example stack',
      baseline: 'bare Ink app, one line',
      ours: { argv: cli('-f', small), frame: /service 1 of \d+[\s\S]*quit/ },
      theirs: { argv: [node, bench('ink-one-line.js')], frame: /one line/ },
      runs: 7,
      target: { atMost: 1.15, text: '≤ 1.15×' },
      memory: { atMost: 1.2, text: '≤ 1.2×' },
    },
    stack
      ? {
          name: '`verify`, 20 running containers',
          baseline: 'one `docker inspect` of the 20',
          ours: { argv: cli('verify', '-f', stack.file, '-p', stack.project), codes: [0, 1] },
          theirs: { argv: ['docker', 'inspect', ...stack.ids] },
          runs: 7,
          target: { atMost: 3, text: '≤ 3×' },
        }
      : undefined,
    {
      name: '`apply --yes`, 1,000-service file',
      baseline: '`check` on it',
      ours: {
        argv: cli('apply', '--yes', '-f', applied),
        before: () => copyFileSync(large, applied),
      },
      theirs: checkLarge,
      runs: 5,
      target: { atMost: 1.5, text: '≤ 1.5×' },
    },
  ].filter((figure) => figure !== undefined);
}
