import type { ComposeDocument } from '../compose/document.js';
import { parseShortPort } from '../compose/port-spec.js';
import { type Stack, singleFileStack } from '../compose/stack.js';
import { capsOf } from '../rules/caps.js';
import { asList, isInterpolated, isTrue } from '../rules/values.js';
import type { PortRequest, ServiceExpectation } from './types.js';

const KEYS = [
  'user',
  'security_opt',
  'cap_drop',
  'cap_add',
  'read_only',
  'tmpfs',
  'ports',
  'privileged',
];

/** Per service, what the file asks for the settings that verification compares. */
export function expectedFromCompose(compose: ComposeDocument): ServiceExpectation[] {
  return expectedFromStack(singleFileStack(compose));
}

/** The same for a stack, each service as its files and `extends` merge it. */
export function expectedFromStack(stack: Stack): ServiceExpectation[] {
  return stack.services.map((service) => {
    const value = (key: string) => service.data[key];
    const deploy = value('deploy') as { replicas?: unknown } | null | undefined;
    const replicas = Number(value('scale') ?? deploy?.replicas ?? Number.NaN);
    const user = value('user');

    return {
      service: service.name,
      user: user === undefined || user === null ? undefined : String(user).trim(),
      securityOpt: asList(value('security_opt')).map((option) => option.trim()),
      capDrop: capsOf(value('cap_drop')).map((cap) => cap.name),
      capAdd: capsOf(value('cap_add')).map((cap) => cap.name),
      readOnly: isTrue(value('read_only')),
      tmpfs: [...tmpfsPaths(value('tmpfs'), value('volumes'))].sort(),
      ports: portRequests(value('ports')),
      privileged: isTrue(value('privileged')),
      replicas: Number.isInteger(replicas) ? replicas : undefined,
      interpolated: KEYS.filter((key) => JSON.stringify(value(key) ?? '').includes('${')),
    };
  });
}

function tmpfsPaths(tmpfs: unknown, volumes: unknown): Set<string> {
  // `/tmp:size=64m` mounts /tmp.
  const paths = new Set(asList(tmpfs).map((entry) => entry.split(':')[0]?.trim() ?? entry));
  for (const volume of Array.isArray(volumes) ? volumes : []) {
    const spec = volume as { type?: unknown; target?: unknown } | null;
    if (spec?.type === 'tmpfs' && typeof spec.target === 'string') paths.add(spec.target);
  }
  return paths;
}

/** The ports as the engine records them; undefined when one cannot be known before it runs. */
function portRequests(ports: unknown): PortRequest[] | undefined {
  const requests: PortRequest[] = [];
  for (const port of Array.isArray(ports) ? ports : []) {
    const request = typeof port === 'object' && port !== null ? longPort(port) : shortPort(port);
    if (!request) return undefined;
    requests.push(request);
  }
  return requests;
}

function shortPort(port: unknown): PortRequest | undefined {
  const written = String(port);
  const spec = parseShortPort(written);
  if (!spec || isInterpolated(written) || written.includes('-')) return undefined;
  return {
    written,
    hostIp: hostIp(spec.ip),
    hostPort: spec.host ?? '',
    containerPort: `${spec.container}/${spec.protocol ?? 'tcp'}`,
  };
}

function longPort(port: object): PortRequest | undefined {
  const spec = port as {
    target?: unknown;
    published?: unknown;
    host_ip?: unknown;
    protocol?: unknown;
  };
  const written = JSON.stringify(port);
  if (spec.target === undefined || isInterpolated(written) || written.includes('-')) {
    return undefined;
  }
  return {
    written: `${spec.host_ip ? `${spec.host_ip}:` : ''}${spec.published ?? ''}:${spec.target}`,
    hostIp: hostIp(spec.host_ip === undefined ? undefined : String(spec.host_ip)),
    hostPort: spec.published === undefined ? '' : String(spec.published),
    containerPort: `${spec.target}/${spec.protocol ?? 'tcp'}`,
  };
}

/** `[::1]` is written with brackets and recorded without; 0.0.0.0 and no address are the same. */
export function hostIp(ip: string | undefined): string {
  const bare = (ip ?? '').trim().replace(/^\[(.*)\]$/, '$1');
  return bare === '0.0.0.0' ? '' : bare;
}
