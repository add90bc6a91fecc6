import { stripVTControlCharacters } from 'node:util';
import { act } from 'react';

// Lets `act` flush React's work (renders and effects) before a test reads the frame.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What a terminal sends for each key the wizard listens to. */
export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  enter: '\r',
  space: ' ',
  escape: '\u001B',
  backspace: '\u007F',
  ctrlC: '\u0003',
  help: '?',
  a: 'a',
  b: 'b',
  h: 'h',
  j: 'j',
  k: 'k',
  l: 'l',
  n: 'n',
  q: 'q',
  r: 'r',
  s: 's',
  v: 'v',
  w: 'w',
  y: 'y',
} as const;

export type KeyName = keyof typeof KEYS;

/** The parts of an ink-testing-library instance the helpers drive. */
export interface Driven {
  stdin: { write(data: string): void };
  lastFrame(): string | undefined;
}

const TIMEOUT_MS = 2000;
const POLL_MS = 5;

/** Resolves once `check` holds, polling; fails with `what` after a timeout. Never a fixed sleep. */
export async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The frame as a user reads it: no colour codes. */
export function frame(app: Driven): string {
  return stripVTControlCharacters(app.lastFrame() ?? '');
}

/**
 * Presses each key in turn, waiting after each for the frame to change. `act` also runs the
 * effects of that render, so the next step's input hook is listening before the next key.
 */
export async function press(app: Driven, ...keys: KeyName[]): Promise<string> {
  for (const key of keys) {
    const before = app.lastFrame();
    await act(async () => {
      app.stdin.write(KEYS[key]);
    });
    await until(() => app.lastFrame() !== before, `the frame to change after "${key}"`);
  }
  return frame(app);
}

/** Presses a key n times. */
export async function pressTimes(app: Driven, key: KeyName, times: number): Promise<string> {
  return press(app, ...Array<KeyName>(times).fill(key));
}
