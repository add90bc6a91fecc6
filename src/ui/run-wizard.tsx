import { type RenderOptions, render } from 'ink';
import type { Plan } from '../plan/types.js';
import type { ScoreOf, VerifyStack, WizardResult, WriteFile } from './result.js';
import { Wizard } from './wizard.js';

export type { WizardResult } from './result.js';

export interface WizardOptions {
  plan: Plan;
  /** The text of the file as read. */
  before: string;
  /** The file text for a set of chosen finding keys (pure, fast). */
  render(chosen: ReadonlySet<string>): string;
  /**
   * Writes the text; resolves with the backup path (or undefined without a backup); rejects
   * with a UserError when it refuses, e.g. because the file changed on disk.
   */
  write: WriteFile;
  /**
   * Checks the running containers against the file as written, when the user asks after the
   * write; rejects with a UserError when it cannot (no engine, permission denied, timeout).
   * Without it the wizard ends once the file is written.
   */
  verify?: VerifyStack;
  /** The stack's score before and after the chosen changes, shown in the header. */
  score?: ScoreOf;
  /** False to draw without colours: chalk does not read NO_COLOR, so the CLI passes it on. */
  color?: boolean;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
}

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
