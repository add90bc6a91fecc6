import { createInterface } from 'node:readline/promises';
import { suppressionFor } from '../../config/suppressions.js';
import { UserError } from '../../errors.js';
import { renderChoice } from '../../plan/apply-plan.js';
import { unifiedDiff } from '../../plan/diff.js';
import { allFindings } from '../../plan/select.js';
import type { Finding } from '../../plan/types.js';
import { RULE_IDS } from '../../rules/types.js';
import { writeSnapshot } from '../files.js';
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
  const { snapshot, compose, plan, suppressions } = await loadAndPlan(options, io);
  const services = options.service?.length ? new Set(options.service) : undefined;
  for (const name of services ?? []) {
    if (!plan.services.some((s) => s.name === name)) {
      throw new UserError(`no service named ${name}`, {
        file: snapshot.shown,
        hint: 'check --service',
      });
    }
  }
  const wanted = (f: Finding) =>
    f.proposed && (!rules || rules.has(f.rule)) && (!services || services.has(f.service));
  const candidates = allFindings(plan).filter(wanted);
  const ignored = candidates.filter((f) => suppressionFor(suppressions, f.service, f.rule));
  const chosen = new Set(candidates.filter((f) => !ignored.includes(f)).map((f) => f.key));
  if (ignored.length > 0) {
    const keys = ignored.map((f) => f.key).join(', ');
    writeLine(io.stderr, `compose-harden: leaving out ignored changes: ${keys}`);
  }

  // The one render of this run: editing the loaded tree saves a second parse of the file.
  const after = renderChoice(compose, plan, chosen, { inPlace: true });
  if (after === snapshot.text) {
    writeLine(io.stdout, `${snapshot.shown}: nothing to change`);
    return 0;
  }
  if (options.dryRun) {
    // Only the dry run needs the diff: on a large file it costs more than the rest together.
    io.stdout.write(unifiedDiff(snapshot.shown, snapshot.text, after));
    return 0;
  }
  if (!options.yes && !(await confirm(io, `Write ${chosen.size} changes to ${snapshot.shown}?`))) {
    if (!isInteractive(io)) {
      throw new UserError('refusing to write without --yes when not on a terminal', {
        file: snapshot.shown,
        hint: 'add --yes to write, or --dry-run to see the diff',
      });
    }
    writeLine(io.stdout, 'Nothing written.');
    return 0;
  }
  const backup = await writeSnapshot(snapshot, after, options);
  writeLine(
    io.stdout,
    `Wrote ${chosen.size} changes to ${snapshot.shown}${backup ? ` (backup: ${backup})` : ''}`,
  );
  return 0;
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
