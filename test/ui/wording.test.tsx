import { cleanup } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { frame, press } from './keys.js';
import { ONE_CHANGE, TWO_SERVICES } from './stacks.js';
import { CACHE_PASSES, fakeVerify } from './verify-reports.js';
import { renderWizard } from './wizard-harness.js';

afterEach(() => {
  act(() => cleanup());
});

describe('what the wizard says', () => {
  it('counts one change and one service in the singular, on every screen', async () => {
    const w = renderWizard(ONE_CHANGE, { verify: fakeVerify(CACHE_PASSES).verify });
    const summary = await press(w.app, 'enter');
    expect(summary).toContain('1 change in 1 service\n');
    expect(summary).toMatch(/^cache 1 change$/m);

    const diff = await press(w.app, 'enter');
    expect(diff).toContain('1 line added, 1 removed (1 change)');

    const written = await press(w.app, 'w');
    expect(written).toContain('✔ cache: 1 change chosen\n');
    expect(written).toContain('✔ Wrote 1 change to compose.yaml\n');

    await press(w.app, 'v');
    expect(await w.checked()).toContain('1 service: 1 pass\n');
    expect(frame(w.app)).not.toMatch(/\b1 (changes|services|lines)\b/);
  });

  it('names an absolute file in the diff header as git does, with one slash', async () => {
    const file = '/tmp/compose-harden-demo-x1/compose.yaml';
    const w = renderWizard(TWO_SERVICES, { file, columns: 100 });
    const diff = await press(w.app, 'enter', 'enter', 'enter');
    expect(diff).toContain('--- a/tmp/compose-harden-demo-x1/compose.yaml\n');
    expect(diff).toContain('+++ b/tmp/compose-harden-demo-x1/compose.yaml\n');
    expect(diff).not.toContain('a//');
  });
});
