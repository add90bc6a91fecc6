import { cleanup } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { tableRows } from '../../src/ui/state/selectors.js';
import { frame, press, pressTimes } from './keys.js';
import { serviceOf } from './plan-for.js';
import { longStack, TWO_SERVICES, UNCONFINED } from './stacks.js';
import { fakeVerify, LONG, UNREACHABLE } from './verify-reports.js';
import { type Harness, renderWizard } from './wizard-harness.js';

afterEach(() => {
  act(() => cleanup());
});

/** Every line of the frame (static log included) fits in `columns`. */
function expectFits(w: Harness, columns: number): void {
  const lines = frame(w.app).split('\n');
  const over = lines.filter((line) => [...line].length > columns);
  expect(over).toEqual([]);
}

describe('the wizard at 80 columns', () => {
  it('cuts a 200-character image and long values with an ellipsis, never past 80', async () => {
    const w = renderWizard(longStack(), { columns: 80 });
    expect(w.plan.services[0]?.image?.length).toBeGreaterThan(200);
    const first = frame(w.app);
    expect(first).toMatch(/ registry\.example\.c[^\n]*…1{10,} /);
    expect(first).toContain('…');
    expectFits(w, 80);

    // From the first change (row 1: the user comes from a variable) down to the last row.
    const rows = tableRows(serviceOf(w.plan)).length;
    for (let row = 1; row < rows - 1; row++) {
      await press(w.app, 'down');
      expectFits(w, 80);
    }
    await press(w.app, 'help');
    expectFits(w, 80);
    await press(w.app, 'enter');
    expectFits(w, 80);
    await press(w.app, 'enter');
    expectFits(w, 80);
    await press(w.app, 'w');
    await w.result();
    expectFits(w, 80);
  });

  it('shows in full, under the focused row, the values the table had to cut', async () => {
    const w = renderWizard(longStack(), { columns: 80 });
    const row = w.plan.services[0]?.findings.findIndex((f) => f.rule === 'ports-loopback') ?? -1;
    // The cursor starts on the first change to decide on, one row below the user.
    const focused = await pressTimes(w.app, 'down', row - 1);
    expect(focused).toContain('current: 18000:18000, 18001:18001,');
    expect(focused).toContain('18005:18005');
  });

  it('says where a merged setting comes from', () => {
    const w = renderWizard(longStack(), { columns: 80 });
    expect(frame(w.app)).toMatch(/user-non-root +\$\{APP_UID/);
    const user = w.plan.services[0]?.findings[0];
    expect(user?.current).toContain('(from &base, line 2)');
  });
});

describe('the summary at any width', () => {
  it.each([80, 120, 200])(
    'keeps two spaces between a long rule id and its change at %i',
    async (columns) => {
      const w = renderWizard(UNCONFINED, { columns });
      const summary = await press(w.app, 'enter');
      expect(summary).toMatch(/^ {2}no-unconfined-profiles {2,}seccomp:unconfined → /m);
      expect(summary).toMatch(/^ {2}no-shared-propagation {3,}\/srv\/data:\/data:rshared → /m);
      const rows = summary.split('\n').filter((line) => line.includes(' → '));
      expect(rows).toHaveLength(5);
      for (const row of rows) expect(row).toMatch(/^ {2}[a-z-]+ {2,}\S/);
      expectFits(w, columns);
    },
  );
});

describe('the wizard on a wide terminal', () => {
  it('names each setting by its title and gives the values room at 160 columns', () => {
    const w = renderWizard(TWO_SERVICES, { columns: 160 });
    const table = frame(w.app);
    expect(table).toMatch(
      /\[x\] Publish ports on loopback only +6379:6379 +every port on 127\.0\.0\.1/,
    );
    expect(table).toContain('Add back only the capabilities the image needs');
    expectFits(w, 160);
  });

  it('keeps rule ids at 100 columns, where titles would squeeze the values', () => {
    const w = renderWizard(TWO_SERVICES, { columns: 100 });
    expect(frame(w.app)).toMatch(/\[x\] ports-loopback +6379:6379/);
  });
});

describe('the wizard on a short terminal', () => {
  it('scrolls the table with the cursor when its rows do not fit', async () => {
    const w = renderWizard(TWO_SERVICES, { rows: 19 });
    const rows = tableRows(serviceOf(w.plan)).length;
    // 19 rows leave 5 for the table once the header, detail and footer have theirs.
    expect(frame(w.app)).toContain(`↓ ${rows - 5} more`);
    expect(frame(w.app)).not.toMatch(/↑ \d+ more/);
    const moved = await pressTimes(w.app, 'down', 3);
    expect(moved).toContain('↑ 1 more');
    expect(moved).toContain(`↓ ${rows - 6} more`);
  });
});

describe('the verification report at 80 columns', () => {
  it('cuts long names and evidence with an ellipsis, never past 80', async () => {
    const verify = fakeVerify(LONG, UNREACHABLE).verify;
    const w = renderWizard(TWO_SERVICES, { columns: 80, verify });
    await press(w.app, 'enter', 'enter', 'enter', 'w');
    expectFits(w, 80);
    await press(w.app, 'v');
    const shown = await w.checked();
    expectFits(w, 80);
    expect(shown).toMatch(/^app-x+… {2}shop-app-with-a-very-long-container-name[-y]*… {2}fail$/m);
    expect(shown).toMatch(
      /^ {2}cap-add-minimal: without cap_drop ALL the process keeps Docker's.*…$/m,
    );
    expect(shown).toMatch(/^stale: recreate with docker compose -f compose\.yaml up -d cache$/m);

    await press(w.app, 'r');
    await w.checked();
    expectFits(w, 80);
    await press(w.app, 'q');
    await w.result();
    expectFits(w, 80);
  });
});
