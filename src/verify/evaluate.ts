import { compareText } from './checks/check.js';
import { VERIFY_CHECKS } from './checks/registry.js';
import type {
  ContainerFacts,
  ContainerResult,
  EvidenceSource,
  Outcome,
  RuleResult,
  ServiceExpectation,
  ServiceResult,
} from './types.js';

/** fail outweighs stale, stale outweighs pass; not-running only when nothing was checked. */
export function worst(outcomes: readonly Outcome[]): Outcome {
  const checked = outcomes.filter((outcome) => outcome !== 'not-running');
  if (checked.length === 0) return 'not-running';
  if (checked.includes('fail')) return 'fail';
  return checked.includes('stale') ? 'stale' : 'pass';
}

export function evaluateContainer(
  asked: ServiceExpectation,
  facts: ContainerFacts,
  compose?: string,
): ContainerResult {
  const base = { name: facts.name, state: facts.state, notes: facts.notes };
  const { inspect } = facts;
  if (!inspect) return { ...base, outcome: 'not-running', sources: [], rules: [] };

  const sources: EvidenceSource[] = ['inspect'];
  if (facts.fromHost) sources.push('host-proc');
  else {
    if (facts.processes) sources.push('top');
    if (facts.status) sources.push('proc-status');
  }
  const checked = VERIFY_CHECKS.map((check) =>
    check.check({ asked, facts: { ...facts, inspect }, ...(compose ? { compose } : {}) }),
  );
  const rules = facts.fromHost ? checked.map(readOnHost) : checked;
  return { ...base, outcome: worst(rules.map((rule) => rule.outcome)), sources, rules };
}

/** A rule's sources when top and /proc/1/status were both read from the host's /proc. */
function readOnHost(rule: RuleResult): RuleResult {
  const sources = rule.sources.map(
    (source): EvidenceSource =>
      source === 'top' || source === 'proc-status' ? 'host-proc' : source,
  );
  return { ...rule, sources: [...new Set(sources)] };
}

export function evaluateService(
  asked: ServiceExpectation,
  containers: readonly ContainerFacts[],
  compose?: string,
): ServiceResult {
  const results = containers
    .map((facts) => evaluateContainer(asked, facts, compose))
    .sort((a, b) => compareText(a.name, b.name));
  return {
    service: asked.service,
    outcome: worst(results.map((container) => container.outcome)),
    replicas: {
      expected: asked.replicas ?? null,
      running: results.filter((container) => container.outcome !== 'not-running').length,
    },
    containers: results,
  };
}
