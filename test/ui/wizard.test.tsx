import { cleanup } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { proposedKeys } from '../../src/plan/select.js';
import type { Plan } from '../../src/plan/types.js';
import { frame, press, pressTimes } from './keys.js';
import { serviceOf } from './plan-for.js';
import { BY_HAND, COMPLIANT, TWO_SERVICES } from './stacks.js';
import { renderWizard } from './wizard-harness.js';

afterEach(() => {
  act(() => cleanup());
});

/** TWO_SERVICES with every proposed change taken, byte for byte (with the bundled presets). */
const HARDENED = `services:
  cache:
    image: redis:7.4-alpine
    user: "999:999"
    security_opt:
      - no-new-privileges:true
    cap_drop:
      - ALL
    read_only: true
    ports:
      - "127.0.0.1:6379:6379"
  app:
    build: .
    security_opt:
      - no-new-privileges:true
    cap_drop:
      - ALL
    read_only: true
    tmpfs:
      - /tmp
`;

/** How many changes the plan proposes, in all or for one service. */
function proposed(plan: Plan, service?: string): number {
  return [...proposedKeys(plan)].filter((key) => !service || key.startsWith(`${service}/`)).length;
}

describe('the wizard, driven by keys', () => {
  it('walks every service with the proposed changes and writes exactly them', async () => {
    const w = renderWizard(TWO_SERVICES);
    const first = frame(w.app);
    expect(first).toContain('service 1 of 2');
    expect(first).toContain('redis:7.4-alpine');
    expect(first).toMatch(/\[x\] ports-loopback +6379:6379 +every port on 127\.0\.0\.1/);
    expect(first).toMatch(/ok {2}cap-add-minimal +not set +none/);

    const total = proposed(w.plan);
    const second = await press(w.app, 'enter');
    expect(second).toContain('service 2 of 2');
    expect(second).toContain('built from Dockerfile');
    expect(second).toMatch(/\[ \] user-non-root +not set +1000:1000/);

    const summary = await press(w.app, 'enter');
    expect(summary).toContain(`${total} changes in 2 services`);
    expect(summary).toMatch(/ports-loopback +6379:6379 → every port on 127\.0\.0\.1/);

    const diff = await press(w.app, 'enter');
    expect(diff).toContain('+    read_only: true');
    expect(diff).toContain('-      - "6379:6379"');
    expect(diff).toMatch(/\d+ lines added, 1 removed/);

    await press(w.app, 'w');
    expect(await w.result()).toEqual({
      outcome: 'written',
      file: 'compose.yaml',
      backup: 'compose.yaml.bak',
      changes: total,
    });
    expect(w.writes).toEqual([HARDENED]);
    const done = frame(w.app);
    expect(done).toContain(`✔ cache: ${proposed(w.plan, 'cache')} changes chosen\n`);
    expect(done).toContain(`✔ app: ${proposed(w.plan, 'app')} changes chosen\n`);
    expect(done).toContain(`✔ Wrote ${total} changes to compose.yaml`);
    expect(done).toContain('backup: compose.yaml.bak');
    expect(done).toContain('docker compose -f compose.yaml up -d');
    expect(done).toContain('compose-harden verify -f compose.yaml');
  });

  it('leaves out a change toggled off with space', async () => {
    const w = renderWizard(TWO_SERVICES);
    await pressTimes(w.app, 'down', 5);
    expect(await press(w.app, 'space')).toMatch(/\[ \] ports-loopback/);
    await press(w.app, 'enter', 'enter');
    expect(frame(w.app)).toContain(`${proposed(w.plan) - 1} changes in 2 services`);
    await press(w.app, 'enter', 'y');

    await w.result();
    const chosen = proposedKeys(w.plan);
    chosen.delete('cache/ports-loopback');
    expect(w.writes).toEqual([w.textFor(chosen)]);
    expect(w.writes[0]).toContain('      - "6379:6379"\n');
    expect(w.writes[0]).not.toContain('127.0.0.1');
  });

  it('skips a service: none of its changes are written and the summary says so', async () => {
    const w = renderWizard(TWO_SERVICES);
    await press(w.app, 's');
    const summary = await press(w.app, 'enter');
    expect(summary).toContain(`${proposed(w.plan, 'app')} changes in 1 service, 1 skipped`);
    expect(summary).toContain('cache skipped');
    await press(w.app, 'enter', 'w');

    await w.result();
    expect(frame(w.app)).toContain('– cache: skipped\n');
    const app = [...proposedKeys(w.plan)].filter((key) => key.startsWith('app/'));
    expect(w.writes[0]).toBe(w.textFor(new Set(app)));
    expect(w.writes[0]).toContain('  cache:\n    image: redis:7.4-alpine\n    ports:\n');
  });

  it('selects a guess with a, and none with n', async () => {
    const w = renderWizard(TWO_SERVICES);
    await press(w.app, 'n');
    expect(frame(w.app)).not.toContain('[x]');
    await press(w.app, 'enter', 'a');
    expect(frame(w.app)).toMatch(/\[x\] user-non-root +not set +1000:1000/);
    await press(w.app, 'enter', 'enter', 'w');

    await w.result();
    expect(w.writes).toEqual([
      w.textFor(
        new Set(
          w.plan.services[1]?.findings
            .filter((f) => f.edits.length > 0 && f.status === 'fail')
            .map((f) => f.key),
        ),
      ),
    ]);
    expect(w.writes[0]).toContain('    user: "1000:1000"\n');
  });

  it('with nothing chosen, the diff says so and quitting writes nothing', async () => {
    const w = renderWizard(TWO_SERVICES);
    await press(w.app, 'n', 'enter', 'n', 'enter');
    expect(frame(w.app)).toContain('0 changes in 0 services');
    expect(await press(w.app, 'enter')).toContain('No change chosen: compose.yaml stays as it is.');
    await press(w.app, 'q');
    expect(await w.result()).toEqual({ outcome: 'quit' });
    expect(w.writes).toEqual([]);
  });

  it.each(['q', 'escape', 'ctrlC'] as const)(
    'quits on a service screen with %s, writing nothing',
    async (key) => {
      const w = renderWizard(TWO_SERVICES);
      await press(w.app, 'enter', key);
      expect(await w.result()).toEqual({ outcome: 'quit' });
      expect(w.writes).toEqual([]);
      expect(frame(w.app)).toContain('Quit: compose.yaml left as it was.');
    },
  );

  it('shows a refused write in one line, in its own words, and resolves failed', async () => {
    const refuse = async (): Promise<never> => {
      throw new UserError('changed on disk since it was read; nothing was written', {
        file: 'compose.yaml',
        hint: 'run compose-harden again',
      });
    };
    const w = renderWizard(TWO_SERVICES, { write: refuse, columns: 120 });
    await press(w.app, 'enter', 'enter', 'enter', 'w');

    const message =
      'compose.yaml: changed on disk since it was read; nothing was written (run compose-harden again)';
    expect(await w.result()).toEqual({ outcome: 'failed', message });
    expect(frame(w.app).split('\n')).toContain(`✖ ${message}`);
    expect(frame(w.app)).not.toMatch(/nothing written/i);
  });

  it('shows a compliant stack as ok, then ends with nothing to do', async () => {
    const w = renderWizard(COMPLIANT);
    const table = frame(w.app);
    expect(table).toMatch(/ok {2}user-non-root +999:999 +999:999/);
    expect(table).not.toContain('[');
    const summary = await press(w.app, 'enter');
    expect(summary).toContain('Nothing for the wizard to change.');
    expect(summary).toContain('cache already compliant');
    await press(w.app, 'enter');
    expect(await w.result()).toEqual({ outcome: 'nothing-to-do' });
    expect(w.writes).toEqual([]);
  });

  it('lists what only a person can fix, and points to the rule', async () => {
    const w = renderWizard(BY_HAND);
    const table = frame(w.app);
    expect(table).toMatch(/! {3}memory-limit +not set +a memory limit/);
    expect(table).not.toContain('[');
    const rows = table.split('\n').filter((line) => /^[ ›] (ok|!|n\/a|\?) /.test(line));
    const memory = rows.findIndex((line) => line.includes('memory-limit'));
    const focused = await pressTimes(w.app, 'down', memory);
    expect(focused).toContain('compose-harden explain memory-limit');
    const manual = serviceOf(w.plan).findings.filter((f) => f.status === 'fail').length;
    expect(await press(w.app, 'enter')).toContain(`app ${manual} to fix by hand`);
  });

  it('goes back from the summary to the last service, and from there to the first', async () => {
    const w = renderWizard(TWO_SERVICES);
    await press(w.app, 'l', 'right');
    expect(await press(w.app, 'left')).toContain('service 2 of 2');
    expect(await press(w.app, 'backspace')).toContain('service 1 of 2');
  });

  it('logs each service once, with its final choice, after going back and forth', async () => {
    const w = renderWizard(TWO_SERVICES);
    const later = await press(w.app, 'enter', 'left', 'enter', 'left', 'n', 'enter');
    expect(later).toContain('service 2 of 2');
    // Until the write, any service can still change: nothing is in the scrollback yet.
    expect(later).not.toContain('cache:');
    await press(w.app, 'enter', 'enter', 'w');
    await w.result();

    const log = frame(w.app)
      .split('\n')
      .filter((line) => /^[✔–] \w+: /.test(line));
    expect(log).toEqual([
      '✔ cache: no change chosen',
      `✔ app: ${proposed(w.plan, 'app')} changes chosen`,
    ]);
  });

  it('shows the preset notes with ? and hides them again', async () => {
    const w = renderWizard(TWO_SERVICES);
    const note = w.plan.services[0]?.notes[0]?.slice(0, 30) ?? '';
    expect(frame(w.app)).not.toContain(note);
    expect(await press(w.app, 'help')).toContain(note);
    expect(await press(w.app, 'help')).not.toContain(note);
  });

  it('explains the focused row and follows the cursor', async () => {
    const w = renderWizard(TWO_SERVICES);
    // The start of each reason: the rest may wrap onto the next line.
    const reason = (i: number) => w.plan.services[0]?.findings[i]?.reason.slice(0, 20) ?? '';
    const second = await press(w.app, 'j');
    expect(second).toContain(reason(1));
    expect(second).not.toContain(reason(2));
    const third = await press(w.app, 'down');
    expect(third).toContain(reason(2));
    expect(third).not.toContain(reason(1));
    expect(await press(w.app, 'k')).toContain(reason(1));
  });
});
