import type { Stack } from '../compose/stack.js';
import type { DockerClient } from '../docker/client.js';
import { compareText } from './checks/check.js';
import { evaluateService, worst } from './evaluate.js';
import { expectedFromStack } from './expected.js';
import { gatherFacts, type HostReader } from './gather.js';
import type { VerifyReport } from './types.js';

export interface VerifyInput {
  client: DockerClient;
  stack: Stack;
  /** As `projectName` derives it: the value of the `com.docker.compose.project` label. */
  projectName: string;
  /** Reads processes from the host's /proc where it can; without it, always the engine. */
  host?: HostReader;
  /** The Compose command a stale container's hint gives, before `up -d`. */
  compose?: string;
}

/**
 * Checks every container of every service in the file against what the file asks, all
 * containers at once. Containers of services the file no longer has, and `run` containers,
 * are left out.
 */
export async function runVerify({
  client,
  stack,
  projectName,
  host,
  compose,
}: VerifyInput): Promise<VerifyReport> {
  const expected = expectedFromStack(stack).sort((a, b) => compareText(a.service, b.service));
  const wanted = new Set(expected.map((service) => service.service));
  const containers = (await client.listContainers(projectName)).filter(
    (container) => !container.oneOff && wanted.has(container.service),
  );
  const facts = await Promise.all(
    containers.map((container) => gatherFacts(client, container, host)),
  );

  const services = expected.map((asked) =>
    evaluateService(
      asked,
      facts.filter((container) => container.service === asked.service),
      compose,
    ),
  );
  return {
    project: projectName,
    engine: client.endpoint,
    outcome: worst(services.map((service) => service.outcome)),
    services,
  };
}

/** 0 when every running container passes, 1 on any fail or stale; not running is no failure. */
export function exitCodeFor(report: VerifyReport): 0 | 1 {
  const outcomes = report.services.flatMap((service) => service.containers.map((c) => c.outcome));
  return outcomes.some((outcome) => outcome === 'fail' || outcome === 'stale') ? 1 : 0;
}
