import { applyStackEdits } from '../../compose/apply-stack.js';
import { type Suppression, suppressionFor } from '../../config/suppressions.js';
import { UserError } from '../../errors.js';
import { scorePlan, scoreStackChoice } from '../../plan/score.js';
import { editsFor } from '../../plan/select.js';
import type { Finding, Plan } from '../../plan/types.js';
import { colorEnabled } from '../color.js';
import { type FileSnapshot, writeSnapshots } from '../files.js';
import { type Io, isInteractive } from '../io.js';
import { type FileOptions, loadAndPlan, readStack } from '../load.js';
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
  // React's development build checks every render and is several times slower; a user who
  // wants it (to debug the wizard) sets NODE_ENV themselves.
  process.env.NODE_ENV ??= 'production';
  // Ink's files are read while the stack is planned; a bad file still ends with its one line.
  const ui = import('../../ui/run-wizard.js');
  ui.catch(() => undefined);
  const loaded = await loadAndPlan(options, io);
  const { stack, snapshots } = loaded;
  const plan = withSuppressions(loaded.plan, loaded.suppressions);
  const { runWizard } = await ui;
  const before = stack.files.map((f) => ({ file: f.compose.file, text: f.compose.text }));
  const result = await runWizard({
    plan,
    before,
    render: (chosen, shared) => {
      const changes = applyStackEdits(stack, editsFor(plan, chosen, shared));
      return stack.files.map((f) => ({
        file: f.compose.file,
        text: changes.find((c) => c.file === f)?.after ?? f.compose.text,
      }));
    },
    write: async (texts) => {
      const changed = stack.files.flatMap((f, i) => {
        const text = texts[i]?.text;
        const snapshot = snapshots.get(f.path) as FileSnapshot;
        return text === undefined || text === f.compose.text ? [] : [{ f, snapshot, text }];
      });
      const backups = await writeSnapshots(changed, options);
      const kept = backups.filter(Boolean).join(', ');
      return { backup: kept || undefined, file: changed.map((c) => c.snapshot.shown).join(', ') };
    },
    // The files on disk are the ones just written: the check reads them afresh.
    verify: () => verifyStack({ stack: readStack(options, io) }, io),
    score: (chosen, shared) => {
      // As check scores: a finding ignored with a reason costs nothing.
      const counts = (f: Finding) =>
        !suppressionFor(loaded.suppressions, f.service, f.rule)?.reason;
      const { presets, buildUsers } = loaded;
      const after = scoreStackChoice(stack, plan, chosen, presets, buildUsers, counts, shared);
      return { before: scorePlan(plan, counts).stack, after: after.stack };
    },
    stdin: io.stdin,
    stdout: io.stdout,
    color: colorEnabled(io, options.color),
  });
  // A verification in the wizard informs; `compose-harden verify` is the one scripts rely on.
  return result.outcome === 'failed' ? 1 : 0;
}

/** Ignored rules stay visible but start unselected, with the reason the team gave. */
function withSuppressions(plan: Plan, suppressions: readonly Suppression[]): Plan {
  const services = plan.services.map((service) => ({
    ...service,
    findings: service.findings.map((finding) => {
      const by = suppressionFor(suppressions, finding.service, finding.rule);
      if (!by || finding.status !== 'fail') return finding;
      const reason = `ignored${by.reason ? `: ${by.reason}` : ' (no reason given)'}`;
      return { ...finding, proposed: false, ignored: true as const, reason };
    }),
  }));
  return { ...plan, services };
}
