import { CST, isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { insertPair, type Layout, setScalar } from './cst-edit.js';
import { insertFlowPair } from './cst-map.js';
import type { ServiceNode } from './services.js';

/** Binds one published port to an address: short syntax is rewritten, long gets host_ip. */
export function setPort(
  service: ServiceNode,
  edit: { service: string; index: number; short: string; hostIp: string },
  layout: Layout,
): void {
  const ports = service.map?.get('ports', true);
  const entry = isSeq(ports) ? (ports.items[edit.index] as Node | undefined) : undefined;
  if (isScalar(entry) && entry.srcToken && CST.isScalar(entry.srcToken)) {
    setScalar(entry.srcToken, edit.short);
    return;
  }
  // An alias of a port written as text (`- *web-port`) is replaced by the bound text.
  if (isAlias(entry) && entry.srcToken?.type === 'alias') {
    CST.setScalarValue(entry.srcToken, edit.short, { type: 'QUOTE_DOUBLE' });
    return;
  }
  if (isMap(entry)) {
    const hostIp = entry.get('host_ip', true);
    if (isScalar(hostIp) && hostIp.srcToken && CST.isScalar(hostIp.srcToken)) {
      setScalar(hostIp.srcToken, edit.hostIp);
      return;
    }
    const token = entry.srcToken;
    if (token?.type === 'block-map') {
      const keys = token.items.map((it) =>
        it.key ? (CST.resolveAsScalar(it.key)?.value ?? '') : '',
      );
      const after = Math.max(keys.indexOf('published'), keys.indexOf('target'), 0);
      insertPair(token, after, 'host_ip', edit.hostIp, layout);
      return;
    }
    if (token?.type === 'flow-collection') {
      insertFlowPair(token, 'host_ip', edit.hostIp);
      return;
    }
  }
  throw new Error(`port ${edit.index} of ${edit.service} cannot be edited in place`);
}
