import { cleanup } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { tableRows } from '../../src/ui/state/selectors.js';
import { frame, press, pressTimes } from './keys.js';
import { SHARED_BLOCK } from './stacks.js';
import { renderWizard } from './wizard-harness.js';

afterEach(() => {
  act(() => cleanup());
});

describe('a fix for a value merged from a block other services share', () => {
  it('is written in the service unless b moves it into the block, naming who else changes', async () => {
    const w = renderWizard(SHARED_BLOCK, { columns: 100, rows: 50 });
    const web = w.plan.services[0];
    if (!web) throw new Error('no web service');
    const row = tableRows(web).findIndex((f) => f.rule === 'restart-policy');
    const start = tableRows(web).findIndex((f) => f.status === 'fail' && f.edits.length > 0);
    const focused = await pressTimes(w.app, 'down', row - start);
    expect(focused).toContain('which worker also merges: the change is written in this service');

    const moved = await press(w.app, 'b');
    expect(moved).toContain('The change is written in &base (line 2),');
    expect(moved).toContain('so worker changes too. Press b to write it in this');

    // Leave worker's own choice as proposed, then look at the summary and write.
    const summary = await press(w.app, 'enter', 'enter');
    expect(summary).toContain('↳ in &base, also worker');
    await press(w.app, 'enter', 'w');
    await w.result();
    const written = w.writes[0] ?? '';
    // Worker's own fix of the same key moved with it: no copy in worker shadows the block.
    expect(written.startsWith('x-base: &base\n  restart: unless-stopped\n')).toBe(true);
    expect(written.match(/restart:/g)).toHaveLength(1);
    expect(frame(w.app)).toContain('Wrote');
  });
});
