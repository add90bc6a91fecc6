import { cleanup, render } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCompose } from '../../src/compose/document.js';
import { loadStack } from '../../src/compose/stack.js';
import { planStack } from '../../src/plan/plan.js';
import type { Plan } from '../../src/plan/types.js';
import { loadPresets } from '../../src/presets/load.js';
import { FindingsTable } from '../../src/ui/components/findings-table.js';
import { summaryLines } from '../../src/ui/layout/summary-lines.js';
import { tableRows } from '../../src/ui/state/selectors.js';
import './keys.js';

afterEach(() => {
  act(() => cleanup());
});

const FILES: Record<string, string> = {
  'base.yml': 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8443:443"\n',
  'prod.yml': 'services:\n  web:\n    ports:\n      - "9090:90"\n    privileged: true\n',
};

function plan(): Plan {
  const stack = loadStack({
    files: ['/stack/base.yml', '/stack/prod.yml'],
    open: (path) => {
      const name = path.replace('/stack/', '');
      const text = FILES[name];
      return text === undefined ? undefined : parseCompose(text, name);
    },
    lookup: () => () => undefined,
  });
  return planStack(stack, loadPresets());
}

/** The focused row's detail, for the row of `rule`. */
function detailOf(rule: string): string {
  const p = plan();
  const service = p.services[0];
  if (!service) throw new Error('no service');
  const row = tableRows(service).findIndex((f) => f.rule === rule);
  let frame = '';
  act(() => {
    const app = render(
      <FindingsTable
        plan={p}
        service={service}
        chosen={new Set()}
        shared={new Set()}
        row={row}
        columns={100}
        height={40}
      />,
    );
    frame = app.lastFrame() ?? '';
  });
  return frame;
}

describe('the focused change of a stack of several files', () => {
  it('names every file it is written to, in the order Compose reads them', () => {
    expect(detailOf('ports-loopback')).toContain('Written to base.yml and prod.yml.');
  });

  it('names the one file when only one changes', () => {
    expect(detailOf('no-privileged')).toContain('Written to prod.yml.');
    expect(detailOf('no-privileged')).not.toContain('base.yml and');
  });

  it('heads each service of the summary with the files its changes go to', () => {
    const p = plan();
    const keys = (rules: string[]) => new Set(rules.map((rule) => `web/${rule}`));
    const head = (rules: string[]) => summaryLines(p, keys(rules), new Set())[0];
    expect(head(['no-privileged'])).toMatchObject({ note: '1 change, in prod.yml' });
    expect(head(['ports-loopback', 'no-privileged'])).toMatchObject({
      note: '2 changes, in base.yml and prod.yml',
    });
  });
});
