import { isLoopback } from '../../compose/port-spec.js';
import type { PortBinding } from '../../docker/client.js';
import { hostIp } from '../expected.js';
import type { PortRequest } from '../types.js';
import {
  type CheckInput,
  comparable,
  compareText,
  result,
  sameList,
  stale,
  type VerifyCheck,
} from './check.js';

type Bound = Omit<PortRequest, 'written'>;

export const verifyPortsLoopback: VerifyCheck = {
  id: 'ports-loopback',
  check(input: CheckInput) {
    const { asked, facts } = input;
    const bound = bindings(facts.inspect.HostConfig.PortBindings ?? {});
    const seen = bound.length ? bound.map(describe) : ['no published ports'];

    if (asked.ports && comparable(input, 'ports')) {
      const wanted = asked.ports.map(key).sort();
      if (!sameList(wanted, bound.map(key).sort())) {
        const written = asked.ports.map((port) => `"${port.written}"`).join(', ');
        const asks = written ? `the file publishes ${written}` : 'the file publishes no ports';
        return stale(this.id, input, ['inspect'], [asks, ...seen]);
      }
    }
    const open = bound.filter((port) => !isLoopback(port.hostIp));
    if (open.length) {
      const written = (asked.ports ?? [])
        .filter((port) => !isLoopback(port.hostIp))
        .map((port) => `"${port.written}"`);
      const why = written.length
        ? `the file publishes ${written.join(', ')} beyond loopback`
        : 'published beyond loopback';
      return result(this.id, 'fail', ['inspect'], [why, ...seen]);
    }
    return result(this.id, 'pass', ['inspect'], seen);
  },
};

function bindings(portBindings: Record<string, PortBinding[] | null>): (Bound & { raw: string })[] {
  return Object.entries(portBindings)
    .sort(([a], [b]) => compareText(a, b))
    .flatMap(([containerPort, list]) =>
      (list ?? []).map((binding) => ({
        raw: binding.HostIp ?? '',
        hostIp: hostIp(binding.HostIp),
        hostPort: binding.HostPort ?? '',
        containerPort,
      })),
    );
}

function key(port: Bound): string {
  return `${port.hostIp}|${port.hostPort}|${port.containerPort}`;
}

/** `127.0.0.1:18080->8080/tcp`; an empty HostIp and 0.0.0.0 or :: mean every interface. */
function describe(port: Bound & { raw: string }): string {
  const ip = port.raw.includes(':') ? `[${port.raw}]` : port.raw || '*';
  const mapping = `${ip}:${port.hostPort || '(any port)'}->${port.containerPort}`;
  if (isLoopback(port.hostIp)) return mapping;
  if (port.hostIp === '' || port.hostIp === '::') {
    return `${mapping} on all interfaces${port.raw === '' ? ' (empty HostIp)' : ''}`;
  }
  return `${mapping} is not loopback`;
}
