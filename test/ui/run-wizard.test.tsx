import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { parseCompose } from '../../src/compose/document.js';
import { renderChoice } from '../../src/plan/apply-plan.js';
import { planFile } from '../../src/plan/plan.js';
import { proposedKeys } from '../../src/plan/select.js';
import { loadPresets } from '../../src/presets/load.js';
import { runWizard, type WizardResult } from '../../src/ui/run-wizard.js';
import { FakeStdin, FakeStdout } from './fake-streams.js';
import { KEYS, until } from './keys.js';
import { TWO_SERVICES } from './stacks.js';

function start(write?: () => Promise<never>, verify?: () => Promise<never>) {
  const compose = parseCompose(TWO_SERVICES, 'compose.yaml');
  const plan = planFile(compose, loadPresets());
  const stdin = new FakeStdin();
  const stdout = new FakeStdout();
  const writes: string[] = [];
  let started: Promise<WizardResult> | undefined;
  // The first render happens inside runWizard: `act` lets React finish it before the keys.
  act(() => {
    started = runWizard({
      plan,
      before: [{ file: 'compose.yaml', text: TWO_SERVICES }],
      render: (chosen) => [{ file: 'compose.yaml', text: renderChoice(compose, plan, chosen) }],
      write: async ([main]) => {
        writes.push(main?.text ?? '');
        if (write) return write();
        return { backup: undefined };
      },
      ...(verify ? { verify } : {}),
      stdin: stdin as unknown as NodeJS.ReadStream,
      stdout: stdout as unknown as NodeJS.WriteStream,
    });
  });
  if (!started) throw new Error('the wizard did not start');
  const done = started;
  const type = async (key: keyof typeof KEYS, expected: string) => {
    await act(async () => {
      stdin.write(KEYS[key]);
    });
    await until(() => stdout.text().includes(expected), `"${expected}" after ${key}`);
  };
  return { plan, compose, stdin, stdout, writes, done, type };
}

describe('runWizard', () => {
  it('renders to the given terminal and resolves quit on Ctrl+C without writing', async () => {
    const run = start();
    await until(() => run.stdout.text().includes('service 1 of 2'), 'the first service');
    await run.type('ctrlC', 'Quit: compose.yaml left as it was.');
    await expect(run.done).resolves.toEqual({ outcome: 'quit' });
    expect(run.writes).toEqual([]);
  });

  it('resolves with the written file once the app has exited', async () => {
    const run = start();
    await until(() => run.stdout.text().includes('service 1 of 2'), 'the first service');
    await run.type('enter', 'service 2 of 2');
    const total = proposedKeys(run.plan).size;
    await run.type('enter', `${total} changes in 2 services`);
    await run.type('enter', 'lines added');
    await run.type('y', `Wrote ${total} changes`);
    await expect(run.done).resolves.toEqual({
      outcome: 'written',
      file: 'compose.yaml',
      backup: undefined,
      changes: total,
    });
    expect(run.stdout.text()).toContain('no backup kept');
    expect(run.writes).toHaveLength(1);
  });

  it('rejects with a write error that is not a UserError: a bug for the CLI to report', async () => {
    const bug = new Error('EISDIR: illegal operation on a directory');
    const run = start(async () => {
      throw bug;
    });
    await until(() => run.stdout.text().includes('service 1 of 2'), 'the first service');
    await run.type('enter', 'service 2 of 2');
    await run.type('enter', 'changes in 2 services');
    await run.type('enter', 'lines added');
    // Caught before the key that makes it fail, so that it is never an unhandled rejection.
    const failure = run.done.catch((error: unknown) => error);
    await act(async () => {
      run.stdin.write(KEYS.w);
    });
    expect(await failure).toBe(bug);
  });

  it('rejects with a verify error that is not a UserError, after writing the file', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'Config')");
    const run = start(undefined, async () => {
      throw bug;
    });
    await until(() => run.stdout.text().includes('service 1 of 2'), 'the first service');
    await run.type('enter', 'service 2 of 2');
    await run.type('enter', 'changes in 2 services');
    await run.type('enter', 'lines added');
    await run.type('w', 'v verify now');
    const failure = run.done.catch((error: unknown) => error);
    await act(async () => {
      run.stdin.write(KEYS.v);
    });
    expect(await failure).toBe(bug);
    expect(run.writes).toHaveLength(1);
  });
});
