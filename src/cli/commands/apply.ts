import { createInterface } from 'node:readline/promises';
import { applyStackEdits, type FileChange } from '../../compose/apply-stack.js';
import { suppressionFor } from '../../config/suppressions.js';
import { UserError } from '../../errors.js';
import { unifiedDiff } from '../../plan/diff.js';
import { allFindings, editsFor } from '../../plan/select.js';
import type { Finding } from '../../plan/types.js';
import { RULE_IDS } from '../../rules/types.js';
import { plural } from '../../text/plural.js';
import { type FileSnapshot, writeSnapshots } from '../files.js';
import { type Io, isInteractive, writeLine } from '../io.js';
import { type FileOptions, loadAndPlan } from '../load.js';
import { ruleFilter } from '../rule-options.js';

export interface ApplyOptions extends FileOptions {
  yes: boolean;
  dryRun: boolean;
  backup: boolean;
  rule?: string[];
  service?: string[];
}

/** Takes every proposed change (narrowed by --rule / --service) and writes it, or shows it. */
export async function applyCommand(options: ApplyOptions, io: Io): Promise<number> {
  const rules = ruleFilter(options.rule, RULE_IDS);
  const { snapshot, stack, snapshots, plan, suppressions } = await loadAndPlan(options, io);
  const services = options.service?.length ? new Set(options.service) : undefined;
  for (const name of services ?? []) {
    if (!plan.services.some((s) => s.name === name)) {
      throw new UserError(`no service named ${name}`, {
        file: snapshot.shown,
        hint: 'check --service',
      });
    }
  }
  // A rule named with --rule is an explicit choice: its fixes are taken even where the
  // wizard would leave them unselected (a guessed UID, a memory limit).
  const taken = (f: Finding) => f.proposed || (rules !== undefined && f.edits.length > 0);
  const inScope = (f: Finding) =>
    f.status === 'fail' && (!rules || rules.has(f.rule)) && (!services || services.has(f.service));
  const candidates = allFindings(plan).filter((f) => inScope(f) && taken(f));
  const offered = allFindings(plan).filter(
    (f) =>
      inScope(f) &&
      !taken(f) &&
      f.edits.length > 0 &&
      !suppressionFor(suppressions, f.service, f.rule),
  );
  const ignored = candidates.filter((f) => suppressionFor(suppressions, f.service, f.rule));
  const chosen = new Set(candidates.filter((f) => !ignored.includes(f)).map((f) => f.key));
  if (ignored.length > 0) {
    const keys = ignored.map((f) => f.key).join(', ');
    writeLine(io.stderr, `compose-harden: leaving out ignored changes: ${keys}`);
  }

  if (offered.length > 0) {
    const rulesOffered = [...new Set(offered.map((f) => f.rule))].join(', ');
    writeLine(
      io.stderr,
      `compose-harden: ${plural(offered.length, 'change')} left for you to choose (${rulesOffered}): take them with --rule ID or in the wizard`,
    );
  }

  // The one render of this run: editing the loaded trees saves a second parse of each file.
  const files = applyStackEdits(stack, editsFor(plan, chosen), { inPlace: true });
  if (files.length === 0) {
    // Every file read, included ones too: none of them needs a change.
    writeLine(io.stdout, `${plan.files.join(', ')}: nothing to change`);
    return 0;
  }
  if (options.dryRun) {
    // Only the dry run needs the diff: on a large file it costs more than the rest together.
    io.stdout.write(diffOf(files));
    return 0;
  }
  const changes = plural(chosen.size, 'change');
  const names = files.map((f) => f.file.compose.file).join(', ');
  // On a terminal, show what would be written before asking.
  if (!options.yes && isInteractive(io)) io.stdout.write(diffOf(files));
  if (!options.yes && !(await confirm(io, `Write ${changes} to ${names}?`))) {
    if (!isInteractive(io)) {
      throw new UserError('refusing to write without --yes when not on a terminal', {
        file: names,
        hint: 'add --yes to write, or --dry-run to see the diff',
      });
    }
    writeLine(io.stdout, 'Nothing written.');
    return 0;
  }
  const written = files.map((f) => ({
    snapshot: snapshots.get(f.file.path) as FileSnapshot,
    text: f.after,
  }));
  const backups = (await writeSnapshots(written, options)).filter(Boolean);
  const kept = backups.length > 0 ? ` (backup: ${backups.join(', ')})` : '';
  writeLine(io.stdout, `Wrote ${changes} to ${names}${kept}`);
  return 0;
}

function diffOf(files: readonly FileChange[]): string {
  return files.map((f) => unifiedDiff(f.file.compose.file, f.before, f.after)).join('');
}

async function confirm(io: Io, question: string): Promise<boolean> {
  if (!isInteractive(io)) return false;
  const rl = createInterface({ input: io.stdin, output: io.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}
