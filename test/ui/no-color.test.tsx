import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// Chalk decides its colour level when first imported: force colours before Ink is loaded, so
// that turning them off is the wizard's doing. The imports below are dynamic for that reason,
// and the variable is put back so that it never reaches another test file or a child process.
// Loading the wizard the first time (a cold transform cache on a busy machine) can take longer
// than a test's own timeout: it happens here, under the hook's longer one.
let harness: typeof import('./wizard-harness.js');
let stacks: typeof import('./stacks.js');
let keys: typeof import('./keys.js');

beforeAll(async () => {
  vi.stubEnv('FORCE_COLOR', '1');
  [harness, stacks, keys] = await Promise.all([
    import('./wizard-harness.js'),
    import('./stacks.js'),
    import('./keys.js'),
  ]);
}, 60_000);

afterAll(() => {
  vi.unstubAllEnvs();
});

/** A foreground colour escape: ESC [ 30-37 m or 90-97 m. */
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[(3[0-7]|9[0-7])m`);

afterEach(async () => {
  const { cleanup } = await import('ink-testing-library');
  const { act } = await import('react');
  act(() => cleanup());
});

describe('colours', () => {
  it('paints by tone on a colour terminal', () => {
    const w = harness.renderWizard(stacks.TWO_SERVICES, { color: true });
    expect(w.app.lastFrame()).toMatch(COLOUR);
  });

  it('draws no colour at all when told not to (NO_COLOR, --no-color)', async () => {
    const w = harness.renderWizard(stacks.TWO_SERVICES, { color: false });
    expect(w.app.lastFrame()).not.toMatch(COLOUR);
    await keys.press(w.app, 'enter', 'enter', 'enter');
    expect(w.app.lastFrame()).toContain('+    read_only: true');
    expect(w.app.lastFrame()).not.toMatch(COLOUR);
  });
});
