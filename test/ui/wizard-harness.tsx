import { render } from 'ink-testing-library';
import { act } from 'react';
import { parseCompose } from '../../src/compose/document.js';
import { renderChoice } from '../../src/plan/apply-plan.js';
import { planFile } from '../../src/plan/plan.js';
import { scoreChoice, scorePlan } from '../../src/plan/score.js';
import type { Plan } from '../../src/plan/types.js';
import { loadPresets } from '../../src/presets/load.js';
import type { VerifyStack, WizardResult, WriteFile } from '../../src/ui/result.js';
import { Wizard } from '../../src/ui/wizard.js';
import { frame, until } from './keys.js';

const presets = loadPresets();

export interface Harness {
  app: ReturnType<typeof render>;
  plan: Plan;
  /** The file text for a set of chosen keys, as the CLI would pass it. */
  textFor(chosen: ReadonlySet<string>): string;
  /** Every text handed to `write`. */
  writes: string[];
  /** Resolves with the wizard's result once it has exited. */
  result(): Promise<WizardResult>;
  /** Lets the latest verification settle, and resolves with the frame that shows it. */
  checked(): Promise<string>;
}

interface Options {
  file?: string;
  columns?: number;
  rows?: number;
  color?: boolean;
  write?: WriteFile;
  verify?: VerifyStack;
  /** Score the stack as the CLI does, with the real presets. */
  score?: boolean;
}

/** Mounts the wizard on a compose text with real presets, a real plan and a recording write. */
export function renderWizard(text: string, options: Options = {}): Harness {
  const file = options.file ?? 'compose.yaml';
  const compose = parseCompose(text, file);
  const plan = planFile(compose, presets);
  const textFor = (chosen: ReadonlySet<string>, shared?: ReadonlySet<string>) =>
    renderChoice(compose, plan, chosen, { ...(shared ? { shared } : {}) });
  const scoreOf = (chosen: ReadonlySet<string>) => ({
    before: scorePlan(plan).stack,
    after: scoreChoice(compose, plan, chosen, presets).stack,
  });
  const writes: string[] = [];
  let pending: Promise<unknown> = Promise.resolve();
  const write: WriteFile = (next) => {
    writes.push(next[0]?.text ?? '');
    const done = options.write ? options.write(next) : Promise.resolve({ backup: `${file}.bak` });
    pending = done.catch(() => undefined);
    return done;
  };

  let checking: Promise<unknown> = Promise.resolve();
  const given = options.verify;
  const verify =
    given &&
    (() => {
      const answer = given();
      checking = answer.catch(() => undefined);
      return answer;
    });

  let outcome: WizardResult | undefined;
  let app: ReturnType<typeof render> | undefined;
  act(() => {
    app = render(
      <Wizard
        plan={plan}
        before={[{ file, text }]}
        render={(chosen, shared) => [{ file, text: textFor(chosen, shared) }]}
        write={write}
        verify={verify}
        score={options.score ? scoreOf : undefined}
        color={options.color ?? true}
        columns={options.columns ?? 80}
        rows={options.rows ?? 40}
        onExit={(result) => {
          outcome = result;
        }}
      />,
    );
  });
  const result = async () => {
    // The write settles outside any key press: let React finish what it started.
    await act(async () => {
      await pending;
    });
    await until(() => outcome !== undefined, 'the wizard to exit');
    return outcome as WizardResult;
  };
  if (!app) throw new Error('the wizard did not render');
  const shown = app;
  const checked = async () => {
    // Like the write, the check settles outside any key press.
    await act(async () => {
      await checking;
    });
    return frame(shown);
  };
  return { app, plan, textFor, writes, result, checked };
}
