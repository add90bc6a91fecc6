import type { ContainerInspect } from '../../docker/client.js';
import { capsOf } from '../../rules/caps.js';
import type { RuleId } from '../../rules/types.js';
import { shellWord } from '../../text/shell-word.js';
import { decodeCapabilities } from '../proc-status.js';
import type { ContainerFacts, EvidenceSource, RuleResult, ServiceExpectation } from '../types.js';

/** A running container: its inspect output is always there. */
export type RunningFacts = ContainerFacts & { inspect: ContainerInspect };

export interface CheckInput {
  asked: ServiceExpectation;
  facts: RunningFacts;
  /** The Compose command for this stack, before `up -d`: `docker compose -f a.yml -p web`. */
  compose?: string;
}

/** One rule's verification: the same shape for each, like the rules in src/rules. */
export interface VerifyCheck {
  id: RuleId;
  check(input: CheckInput): RuleResult;
}

export const NOT_SET = 'not set in the file';

export function result(
  rule: RuleId,
  outcome: 'pass' | 'fail',
  sources: EvidenceSource[],
  evidence: string[],
): RuleResult {
  return { rule, outcome, sources, evidence };
}

export function stale(
  rule: RuleId,
  input: CheckInput,
  sources: EvidenceSource[],
  evidence: string[],
): RuleResult {
  const compose = input.compose ?? 'docker compose';
  const hint = `recreate it with \`${compose} up -d ${shellWord(input.asked.service)}\``;
  return { rule, outcome: 'stale', sources, evidence, hint };
}

/** Whether a comparison with the file is meaningful: not when a value is a `${VAR}`. */
export function comparable(input: CheckInput, ...keys: string[]): boolean {
  return !keys.some((key) => input.asked.interpolated.includes(key));
}

/** inspect, plus proc-status when PID 1's status could be read. */
export function withStatus(facts: ContainerFacts): EvidenceSource[] {
  return facts.status ? ['inspect', 'proc-status'] : ['inspect'];
}

/** Capability names as the engine recorded them, canonical and sorted (`ALL` stays). */
export function capList(value: string[] | null | undefined): string[] {
  return [...new Set(capsOf(value ?? []).map((cap) => cap.name))].sort();
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** `/proc/1/status: CapBnd 00000000a80425fb: AUDIT_WRITE, CHOWN, ...`. */
export function capSetLine(field: 'CapBnd' | 'CapEff', hex: string): string {
  const names = decodeCapabilities(hex);
  return names.length
    ? `/proc/1/status: ${field} ${hex}: ${names.join(', ')}`
    : `/proc/1/status: ${field} ${hex} (empty)`;
}

export function listOrNone(label: string, items: readonly string[]): string {
  return items.length ? `${label} ${items.join(', ')}` : `${label} is empty`;
}

/** Code-point order, so the JSON is the same whatever the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
