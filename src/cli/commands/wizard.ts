import { parseCompose } from '../../compose/document.js';
import { type Suppression, suppressionFor } from '../../config/suppressions.js';
import { UserError } from '../../errors.js';
import { renderChoice } from '../../plan/apply-plan.js';
import { scoreChoice, scorePlan } from '../../plan/score.js';
import type { Finding, Plan } from '../../plan/types.js';
import type { VerifyReport } from '../../verify/types.js';
import { colorEnabled } from '../color.js';
import { discoverComposeFile } from '../discover.js';
import { writeSnapshot } from '../files.js';
import { type Io, isInteractive } from '../io.js';
import { type FileOptions, loadAndPlan } from '../load.js';
import { verifyStack } from '../verify-stack.js';

export interface WizardCommandOptions extends FileOptions {
  backup: boolean;
  color?: boolean;
}

/** The interactive wizard. Ink is loaded here only, so the other commands never pay for it. */
export async function wizardCommand(options: WizardCommandOptions, io: Io): Promise<number> {
  if (!isInteractive(io)) {
    throw new UserError('the wizard needs an interactive terminal', {
      hint: 'in scripts and CI use `compose-harden check` or `compose-harden apply --yes`',
    });
  }
  const loaded = await loadAndPlan(options, io);
  const { snapshot, compose } = loaded;
  const plan = withSuppressions(loaded.plan, loaded.suppressions);
  const { runWizard } = await import('../../ui/run-wizard.js');
  let written = snapshot.text;
  const result = await runWizard({
    plan,
    before: snapshot.text,
    render: (chosen) => renderChoice(compose, plan, chosen),
    write: async (text) => {
      const backup = await writeSnapshot(snapshot, text, options);
      written = text;
      return { backup };
    },
    verify: () => verifyWritten(written, snapshot.shown, options, io),
    score: (chosen) => {
      // As check scores: a finding ignored with a reason costs nothing.
      const counts = (f: Finding) =>
        !suppressionFor(loaded.suppressions, f.service, f.rule)?.reason;
      const { stack } = scorePlan(plan, counts);
      const { presets, buildUsers } = loaded;
      const after = scoreChoice(compose, plan, chosen, presets, buildUsers, counts).stack;
      return { before: stack, after };
    },
    stdin: io.stdin,
    stdout: io.stdout,
    color: colorEnabled(io, options.color),
  });
  // A verification in the wizard informs; `compose-harden verify` is the one scripts rely on.
  return result.outcome === 'failed' ? 1 : 0;
}

/**
 * Checks the running containers against the text just written, so that containers not yet
 * recreated show as stale. The project is named as `verify` names it.
 */
async function verifyWritten(
  text: string,
  shown: string,
  options: WizardCommandOptions,
  io: Io,
): Promise<VerifyReport> {
  const compose = parseCompose(text, shown);
  const file = discoverComposeFile(options.file ?? [], io.env, io.cwd);
  return verifyStack({ compose, file }, io);
}

/** Ignored rules stay visible but start unselected, with the reason the team gave. */
function withSuppressions(plan: Plan, suppressions: readonly Suppression[]): Plan {
  const services = plan.services.map((service) => ({
    ...service,
    findings: service.findings.map((finding) => {
      const by = suppressionFor(suppressions, finding.service, finding.rule);
      if (!by || finding.status !== 'fail') return finding;
      const reason = `ignored${by.reason ? `: ${by.reason}` : ' (no reason given)'}`;
      return { ...finding, proposed: false, reason };
    }),
  }));
  return { ...plan, services };
}
