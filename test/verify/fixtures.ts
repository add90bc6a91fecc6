import type { ContainerInspect } from '../../src/docker/client.js';
import type { RuleId } from '../../src/rules/types.js';
import { evaluateContainer } from '../../src/verify/evaluate.js';
import type { ContainerFacts, ServiceExpectation } from '../../src/verify/types.js';

/** What a hardened service asks; tests override the fields they are about. */
export function asked(overrides: Partial<ServiceExpectation> = {}): ServiceExpectation {
  return {
    service: 'web',
    user: '1000:1000',
    securityOpt: ['no-new-privileges:true'],
    capDrop: ['ALL'],
    capAdd: [],
    readOnly: true,
    tmpfs: ['/tmp'],
    ports: [
      {
        written: '127.0.0.1:8080:80',
        hostIp: '127.0.0.1',
        hostPort: '8080',
        containerPort: '80/tcp',
      },
    ],
    privileged: false,
    replicas: undefined,
    interpolated: [],
    ...overrides,
  };
}

/** `docker inspect` of a container created from `asked()`, trimmed to what verify reads. */
export function inspect(
  hostConfig: Partial<ContainerInspect['HostConfig']> = {},
  user = '1000:1000',
) {
  return {
    Id: 'c0ffee',
    Name: '/shop_web_1',
    State: { Status: 'running', Running: true },
    Config: { User: user, Image: 'nginx:1.27', Labels: {} },
    HostConfig: {
      CapAdd: null,
      CapDrop: ['ALL'],
      Privileged: false,
      ReadonlyRootfs: true,
      SecurityOpt: ['no-new-privileges:true'],
      Tmpfs: { '/tmp': '' },
      PortBindings: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }] },
      ...hostConfig,
    },
    Mounts: [],
  } satisfies ContainerInspect;
}

/** /proc/1/status as the kernel prints it, with the lines verify reads. */
export function procStatus(
  fields: { uid?: string; noNewPrivs?: string; capBnd?: string; capEff?: string } = {},
) {
  const uid = fields.uid ?? '1000';
  return [
    'Name:\tnginx',
    'State:\tS (sleeping)',
    'Pid:\t1',
    `Uid:\t${uid}\t${uid}\t${uid}\t${uid}`,
    `Gid:\t1000\t1000\t1000\t1000`,
    'CapInh:\t0000000000000000',
    `CapPrm:\t${fields.capEff ?? '0000000000000000'}`,
    `CapEff:\t${fields.capEff ?? '0000000000000000'}`,
    `CapBnd:\t${fields.capBnd ?? '0000000000000000'}`,
    'CapAmb:\t0000000000000000',
    `NoNewPrivs:\t${fields.noNewPrivs ?? '1'}`,
    'Seccomp:\t2',
    '',
  ].join('\n');
}

/** Facts for a running container; `status: undefined` stands for an image without cat. */
export function facts(overrides: Partial<ContainerFacts> = {}): ContainerFacts {
  return {
    name: 'shop_web_1',
    service: 'web',
    state: 'running',
    inspect: inspect(),
    processes: [{ uid: 1000, command: 'nginx: master process' }],
    status: {
      uids: [1000, 1000, 1000, 1000],
      noNewPrivs: true,
      capBnd: '0000000000000000',
      capEff: '0000000000000000',
    },
    notes: [],
    ...overrides,
  };
}

/** Docker's default capability set, as CapBnd shows it for a container without cap_drop. */
export const DOCKER_DEFAULT_CAPS = '00000000a80425fb';

/** One rule's result for one container. */
export function ruleResult(
  rule: RuleId,
  expectation: ServiceExpectation,
  container: ContainerFacts,
) {
  const found = evaluateContainer(expectation, container).rules.find((r) => r.rule === rule);
  if (!found) throw new Error(`no result for ${rule}`);
  return found;
}
