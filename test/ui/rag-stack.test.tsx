import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { proposedKeys } from '../../src/plan/select.js';
import { frame, press, pressTimes } from './keys.js';
import { renderWizard } from './wizard-harness.js';

const STACK = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../examples/rag-stack/compose.yaml',
);
const FILE = 'examples/rag-stack/compose.yaml';

afterEach(() => {
  act(() => cleanup());
});

describe.skipIf(!existsSync(STACK))('the wizard on the example RAG stack', () => {
  const text = existsSync(STACK) ? readFileSync(STACK, 'utf8') : '';

  it('walks all services in file order and writes the proposed changes', async () => {
    const w = renderWizard(text, { file: FILE });
    const names = w.plan.services.map((s) => s.name);
    const total = names.length;
    const first = frame(w.app);
    expect(first).toContain(`service 1 of ${total}`);
    expect(first).toContain('api');
    expect(first).toMatch(/\[x\] ports-loopback +8000:8000 +every port on 127\.0\.0\.1/);

    const last = await pressTimes(w.app, 'enter', total - 1);
    expect(last).toContain(`service ${total} of ${total}`);
    expect(last).toContain('profiles: jobs');
    expect(last).toMatch(/\[x\] no-privileged +true +false/);

    const chosen = proposedKeys(w.plan);
    const summary = await press(w.app, 'enter');
    expect(summary).toContain(`${chosen.size} changes in ${total} services`);

    const diff = await press(w.app, 'enter');
    expect(diff).toContain('+    read_only: true');
    expect(diff).toContain(
      '-      - "8000:8000" # direct access for the load balancer health check',
    );

    await press(w.app, 'w');
    expect(await w.result()).toMatchObject({
      outcome: 'written',
      file: FILE,
      changes: chosen.size,
    });
    expect(w.writes).toEqual([w.textFor(chosen)]);
    for (const name of names) expect(frame(w.app)).toMatch(new RegExp(`^✔ ${name}: `, 'm'));
    const written = w.writes[0] ?? '';
    expect(written).toContain('      - "127.0.0.1:8000:8000" # direct access');
    // The shared blocks stay as they were: each change is written in its service.
    expect(written).toContain(
      'x-common: &common\n  restart: unless-stopped\n  logging: *default-logging\n',
    );
  });

  it('scrolls a diff longer than the terminal, a line or a page at a time', async () => {
    const w = renderWizard(text, { file: FILE, rows: 20 });
    await pressTimes(w.app, 'enter', w.plan.services.length + 1);
    const top = frame(w.app);
    expect(top).toMatch(/lines 1-13 of \d+/);
    expect(top).toContain('--- a/examples/rag-stack/compose.yaml');
    expect(await press(w.app, 'down')).toMatch(/lines 2-14 of/);
    expect(await press(w.app, 'pageDown')).toMatch(/lines 15-27 of/);
    expect(await press(w.app, 'pageUp')).toMatch(/lines 2-14 of/);
    expect(await press(w.app, 'up')).not.toContain('lines 2-14');
  });
});
