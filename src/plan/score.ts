import { applyStackEdits } from '../compose/apply-stack.js';
import { type ComposeDocument, parseCompose } from '../compose/document.js';
import { loadStack, type Stack } from '../compose/stack.js';
import type { Preset } from '../presets/schema.js';
import type { Severity } from '../rules/types.js';
import { renderChoice } from './apply-plan.js';
import { planFile, planStack } from './plan.js';
import { editsFor } from './select.js';
import type { BuildUser, Finding, Plan } from './types.js';

/*
 * A score from 0 to 100: each failing finding takes its severity's weight off 100, floored at
 * 0. Unknown, ok and not-applicable findings cost nothing, and neither does info. The stack
 * scores the mean of its services, so one bad service shows without hiding the rest.
 */

export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = {
  critical: 50,
  high: 20,
  medium: 8,
  low: 3,
  info: 0,
};

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** The lowest score of each grade, best first. */
const GRADES: readonly [Grade, number][] = [
  ['A', 90],
  ['B', 75],
  ['C', 60],
  ['D', 40],
  ['F', 0],
];

export interface Score {
  score: number;
  grade: Grade;
  /** Failing findings that cost points. */
  failing: number;
}

export interface StackScore {
  stack: Score;
  services: ({ name: string } & Score)[];
}

export function gradeOf(score: number): Grade {
  return GRADES.find(([, lowest]) => score >= lowest)?.[0] ?? 'F';
}

export function scoreFindings(findings: readonly Finding[]): Score {
  const costly = findings.filter((f) => f.status === 'fail' && SEVERITY_WEIGHT[f.severity] > 0);
  const lost = costly.reduce((sum, f) => sum + SEVERITY_WEIGHT[f.severity], 0);
  const score = Math.max(0, 100 - lost);
  return { score, grade: gradeOf(score), failing: costly.length };
}

/** Which findings count: all by default; callers leave out those ignored with a reason. */
export type Counts = (finding: Finding) => boolean;

/** The score of every service and of the stack, as the plan stands. */
export function scorePlan(plan: Plan, counts: Counts = () => true): StackScore {
  const services = plan.services.map((s) => ({
    name: s.name,
    ...scoreFindings(s.findings.filter(counts)),
  }));
  const mean = services.length
    ? Math.round(services.reduce((sum, s) => sum + s.score, 0) / services.length)
    : 100;
  const failing = services.reduce((sum, s) => sum + s.failing, 0);
  return { stack: { score: mean, grade: gradeOf(mean), failing }, services };
}

/**
 * The score once the chosen findings' edits are applied. The rendered text is planned again,
 * rather than the chosen findings counted as fixed, because one change can settle or open
 * another finding (removing network_mode: host makes published ports count) and some fixes
 * leave their finding failing (a Docker socket made read-only). Pass the same Dockerfile users
 * the plan was made with.
 */
export function scoreChoice(
  compose: ComposeDocument,
  plan: Plan,
  chosen: ReadonlySet<string>,
  presets: readonly Preset[],
  buildUsers?: ReadonlyMap<string, BuildUser>,
  counts: Counts = () => true,
): StackScore {
  const text = renderChoice(compose, plan, chosen);
  if (text === compose.text) return scorePlan(plan, counts);
  return scorePlan(planFile(parseCompose(text, compose.file), presets, buildUsers), counts);
}

/** The same for a stack: every file the chosen edits change is read again, with its new text. */
export function scoreStackChoice(
  stack: Stack,
  plan: Plan,
  chosen: ReadonlySet<string>,
  presets: readonly Preset[],
  buildUsers?: ReadonlyMap<string, BuildUser>,
  counts: Counts = () => true,
  shared: ReadonlySet<string> = new Set(),
): StackScore {
  const changes = applyStackEdits(stack, editsFor(plan, chosen, shared));
  if (changes.length === 0) return scorePlan(plan, counts);
  const after = new Map(changes.map((c) => [c.file.path, c.after]));
  const known = new Map(stack.files.map((f) => [f.path, f.compose]));
  const again = loadStack({
    ...stack.input,
    open: (file) => {
      const text = after.get(file);
      const compose = known.get(file);
      if (text !== undefined && compose) return parseCompose(text, compose.file);
      return compose ?? stack.input.open(file);
    },
  });
  return scorePlan(planStack(again, presets, buildUsers), counts);
}
