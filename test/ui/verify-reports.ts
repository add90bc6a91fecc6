import { UserError } from '../../src/errors.js';
import type {
  ContainerResult,
  Outcome,
  RuleResult,
  ServiceResult,
  VerifyReport,
} from '../../src/verify/types.js';

/** Canned verification reports for the two services of TWO_SERVICES, built from the real types. */

const ENGINE = 'unix:///var/run/docker.sock';
const RECREATE = (service: string) => `recreate it with \`docker compose up -d ${service}\``;

const passing: RuleResult[] = [
  { rule: 'cap-drop-all', outcome: 'pass', sources: ['inspect'], evidence: ['CapDrop ALL'] },
  {
    rule: 'user-non-root',
    outcome: 'pass',
    sources: ['inspect', 'top'],
    evidence: ['Config.User is "999:999"', 'top: 1 process, none as UID 0'],
  },
];

function container(name: string, outcome: Outcome, rules: RuleResult[]): ContainerResult {
  const running = outcome !== 'not-running';
  return {
    name,
    state: running ? 'running' : 'exited',
    outcome,
    sources: running ? ['inspect', 'top'] : [],
    notes: [],
    rules: running ? rules : [],
  };
}

function service(name: string, outcome: Outcome, containers: ContainerResult[]): ServiceResult {
  const running = containers.filter((c) => c.outcome !== 'not-running').length;
  return { service: name, outcome, replicas: { expected: null, running }, containers };
}

function report(outcome: Outcome, services: ServiceResult[]): VerifyReport {
  return { project: 'shop', engine: ENGINE, outcome, services };
}

const cachePasses = service('cache', 'pass', [container('shop-cache-1', 'pass', passing)]);

export const PASS = report('pass', [
  service('app', 'pass', [container('shop-app-1', 'pass', passing)]),
  cachePasses,
]);

/** Only cache, passing: for ONE_CHANGE. */
export const CACHE_PASSES = report('pass', [cachePasses]);

export const STALE = report('stale', [
  service('app', 'stale', [
    container('shop-app-1', 'stale', [
      {
        rule: 'user-non-root',
        outcome: 'stale',
        sources: ['inspect', 'top'],
        evidence: ['the file asks user "1000:1000"', 'Config.User is empty (root)'],
        hint: RECREATE('app'),
      },
      {
        rule: 'read-only-rootfs',
        outcome: 'stale',
        sources: ['inspect'],
        evidence: ['the file asks read_only: true', 'ReadonlyRootfs false'],
        hint: RECREATE('app'),
      },
      {
        rule: 'no-privileged',
        outcome: 'pass',
        sources: ['inspect'],
        evidence: ['Privileged false'],
      },
    ]),
  ]),
  cachePasses,
]);

/** app fails a rule on one of two replicas; cache has no container at all. */
export const FAIL = report('fail', [
  service('app', 'fail', [
    container('shop-app-1', 'fail', [
      ...passing.slice(0, 1),
      {
        rule: 'user-non-root',
        outcome: 'fail',
        sources: ['inspect', 'top'],
        evidence: ['Config.User is "1000:1000"', 'top: "supervisord" runs as UID 0'],
      },
    ]),
    container('shop-app-2', 'pass', passing),
  ]),
  service('cache', 'not-running', []),
]);

/** Long names and evidence, for the width checks. */
export const LONG = report('fail', [
  service(`app-${'x'.repeat(60)}`, 'fail', [
    container(`shop-app-with-a-very-long-container-name-${'y'.repeat(60)}-1`, 'fail', [
      {
        rule: 'cap-add-minimal',
        outcome: 'fail',
        sources: ['inspect', 'proc-status'],
        evidence: [
          "without cap_drop ALL the process keeps Docker's default capabilities",
          'CapAdd is empty',
          '/proc/1/status: CapEff 00000000a80425fb: AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER',
        ],
      },
    ]),
  ]),
  service('cache', 'stale', [
    container('shop-cache-1', 'stale', [
      {
        rule: 'ports-loopback',
        outcome: 'stale',
        sources: ['inspect'],
        evidence: [
          'the file publishes "127.0.0.1:6379:6379"',
          '*:6379->6379/tcp on all interfaces (empty HostIp)',
        ],
        hint: RECREATE('cache'),
      },
    ]),
  ]),
]);

export const UNREACHABLE = new UserError(`cannot reach the Docker engine at ${ENGINE}`, {
  hint: 'is it running?',
});

/** A fake `verify`: answers each call with the next of `answers` (a report, or an error to
 * reject with), and counts the calls. */
export function fakeVerify(...answers: (VerifyReport | Error)[]) {
  let calls = 0;
  const verify = async (): Promise<VerifyReport> => {
    const answer = answers[calls++];
    if (!answer) throw new Error('verify called more often than the test expected');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { verify, calls: () => calls };
}

/** A `verify` whose one answer waits until the test releases it. */
export function heldVerify(answer: VerifyReport) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const verify = async (): Promise<VerifyReport> => {
    await gate;
    return answer;
  };
  return { verify, release: () => release() };
}
