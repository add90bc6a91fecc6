import { type RenderOptions, render } from 'ink';
import type { WizardResult } from './result.js';
import { Wizard, type WizardProps } from './wizard.js';

export type { WizardResult } from './result.js';

/** What the CLI passes: the root's props, less the test-only ones, plus the streams to use. */
export type WizardOptions = Omit<WizardProps, 'columns' | 'rows' | 'onExit'> & {
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
};

/**
 * Walks the user through the plan, service by service, and writes the chosen changes. The one
 * exit point: resolves with how it ended once the app has unmounted. Ctrl+C is a key like q,
 * so quitting always goes through the same path and leaves the terminal in order.
 */
export async function runWizard(options: WizardOptions): Promise<WizardResult> {
  const { stdin, stdout, ...props } = options;
  const streams: RenderOptions = {};
  if (stdin) streams.stdin = stdin;
  if (stdout) streams.stdout = stdout;

  const app = render(<Wizard {...props} />, { ...streams, exitOnCtrlC: false });
  const result = (await app.waitUntilExit()) as WizardResult | undefined;
  return result ?? { outcome: 'quit' };
}
