import { cleanup } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { proposedKeys } from '../../src/plan/select.js';
import { frame, press } from './keys.js';
import { renderWizard } from './wizard-harness.js';

afterEach(() => {
  act(() => cleanup());
});

/** b reads a's `privileged` through an alias: a fix of a's value would change b too. */
const SHARED_PRIVILEGED = `services:
  a:
    image: nginx:1.27
    privileged: &priv true
  b:
    image: nginx:1.27
    privileged: *priv
`;

describe('a value another service reads through its anchor', () => {
  it('writes when b declines every fix, leaving the anchor and the alias as written', async () => {
    const w = renderWizard(SHARED_PRIVILEGED, { columns: 100, rows: 60, score: true });
    await press(w.app, 'enter', 'n');
    expect(frame(w.app)).not.toContain('[x]');
    await press(w.app, 'enter', 'enter', 'w');

    await w.result();
    const a = [...proposedKeys(w.plan)].filter((key) => key.startsWith('a/'));
    expect(a).not.toContain('a/no-privileged');
    expect(w.writes).toEqual([w.textFor(new Set(a))]);
    expect(w.writes[0]).toContain('    privileged: &priv true\n');
    expect(w.writes[0]).toContain('    privileged: *priv\n');
    expect(frame(w.app)).toContain('Wrote');
  });
});
