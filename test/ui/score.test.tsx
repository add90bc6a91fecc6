import { cleanup } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { frame, press, until } from './keys.js';
import { TWO_SERVICES } from './stacks.js';
import { renderWizard } from './wizard-harness.js';

afterEach(() => {
  act(() => cleanup());
});

describe('the score in the header', () => {
  it('shows the stack score now and with the chosen changes, and follows each toggle', async () => {
    const w = renderWizard(TWO_SERVICES, { score: true });
    // The first frame comes without the score, which follows on the next tick.
    expect(frame(w.app)).not.toContain('score');
    await until(() => frame(w.app).includes('score'), 'the score');
    const first = frame(w.app);
    expect(first).toMatch(/score 20 F → 65 C {2}service 1 of 2/);
    const before = first.match(/→ (\d+)/)?.[1];

    const fewer = await press(w.app, 'space');
    const after = fewer.match(/→ (\d+)/)?.[1];
    expect(Number(after)).toBeLessThan(Number(before));

    expect(await press(w.app, 'space')).toContain(`→ ${before} `);
  });

  it('stays within 80 columns with the score', async () => {
    const w = renderWizard(TWO_SERVICES, { score: true, columns: 80 });
    await until(() => frame(w.app).includes('score'), 'the score');
    for (const line of frame(w.app).split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});
