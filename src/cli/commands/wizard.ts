import { UserError } from '../../errors.js';
import { renderChoice } from '../../plan/apply-plan.js';
import { writeSnapshot } from '../files.js';
import { type Io, isInteractive } from '../io.js';
import { type FileOptions, loadAndPlan } from '../load.js';

export interface WizardCommandOptions extends FileOptions {
  backup: boolean;
}

/** The interactive wizard. Ink is loaded here only, so the other commands never pay for it. */
export async function wizardCommand(options: WizardCommandOptions, io: Io): Promise<number> {
  if (!isInteractive(io)) {
    throw new UserError('the wizard needs an interactive terminal', {
      hint: 'in scripts and CI use `compose-harden check` or `compose-harden apply --yes`',
    });
  }
  const { snapshot, compose, plan } = await loadAndPlan(options, io);
  const { runWizard } = await import('../../ui/run-wizard.js');
  const result = await runWizard({
    plan,
    before: snapshot.text,
    render: (chosen) => renderChoice(compose, plan, chosen),
    write: async (text) => ({ backup: await writeSnapshot(snapshot, text, options) }),
    stdin: io.stdin,
    stdout: io.stdout,
  });
  if (result.outcome === 'failed') return 1;
  return 0;
}
