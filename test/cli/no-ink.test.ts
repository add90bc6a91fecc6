import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempStack } from '../helpers/run-cli.js';

const RECORDER = pathToFileURL(path.join(ROOT, 'test', 'helpers', 'record-imports.mjs')).href;
const LOOSE = 'services:\n  cache:\n    image: redis:7\n    privileged: true\n';

/** The sources esbuild put into each file of the bundle, by file URL (scripts/bundle.js). */
function bundleInputs(): Map<string, string[]> {
  const meta = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'bundle', 'meta.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  return new Map(
    Object.entries(meta.outputs).map(([file, output]) => [
      pathToFileURL(path.join(ROOT, file)).href,
      Object.keys(output.inputs).map((input) => pathToFileURL(path.join(ROOT, input)).href),
    ]),
  );
}

/**
 * Runs the CLI with the import recorder and returns the code and every module it loaded: a
 * file of the bundle stands for the sources in it.
 */
function importsOf(args: string[]): { code: number | null; modules: string[] } {
  const dir = tempStack({ 'compose.yaml': LOOSE });
  const log = path.join(dir, 'imports.log');
  const run = runCli(args, {
    cwd: dir,
    env: { RECORD_IMPORTS: log },
    nodeArgs: ['--import', RECORDER],
  });
  const inputs = bundleInputs();
  const loaded = readFileSync(log, 'utf8').trim().split('\n');
  return { code: run.code, modules: loaded.flatMap((url) => inputs.get(url) ?? [url]) };
}

const uiModules = (modules: string[]) =>
  modules.filter((url) => /\/node_modules\/(ink|react|react-reconciler)\/|\/dist\/ui\//.test(url));

describe('non-interactive commands', () => {
  it.each([
    [['check'], 1],
    [['check', '--format', 'sarif'], 1],
    [['apply', '--dry-run'], 0],
    [['--help'], 0],
    [['check', '--help'], 0],
    [['presets'], 0],
    [['explain', 'no-privileged'], 0],
  ])('%j loads neither Ink nor React', (args, code) => {
    const run = importsOf(args);
    expect(run.code).toBe(code);
    expect(run.modules.some((url) => url.includes('/node_modules/commander/'))).toBe(true);
    expect(uiModules(run.modules)).toEqual([]);
  });

  it('check reads the presets the build validated, without loading zod or the Docker client', () => {
    const run = importsOf(['check']);
    expect(run.code).toBe(1);
    const heavy = run.modules.filter((url) => /\/node_modules\/(zod|dockerode)\//.test(url));
    expect(heavy).toEqual([]);
  });

  it('runs the bundle, whose wizard chunk does hold Ink', () => {
    const run = importsOf(['check']);
    expect(run.modules.some((url) => url.includes('/dist/cli/commands/check.js'))).toBe(true);
    const chunks = [...bundleInputs().values()];
    expect(chunks.some((sources) => uiModules(sources).length > 0)).toBe(true);
  });

  it('uses a recorder that does see Ink when it is imported', () => {
    const dir = tempStack({});
    const log = path.join(dir, 'imports.log');
    const result = spawnSync(
      process.execPath,
      ['--import', RECORDER, '--input-type=module', '-e', "await import('ink');"],
      { cwd: ROOT, env: { ...process.env, RECORD_IMPORTS: log }, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    const modules = readFileSync(log, 'utf8').trim().split('\n');
    expect(uiModules(modules).some((url) => url.includes('/node_modules/ink/'))).toBe(true);
  });
});
