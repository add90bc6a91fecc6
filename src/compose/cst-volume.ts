import { CST, isMap, isScalar, isSeq, type Node } from 'yaml';
import { insertPair, type Layout, setScalar } from './cst-edit.js';
import { findKey, insertFlowPair } from './cst-map.js';
import type { ServiceNode } from './services.js';
import { changeShortVolume, type VolumeChange } from './volume-spec.js';

/**
 * Changes one entry of a service's own `volumes:` list in place. Short syntax is rewritten as a
 * string (`/a:/b` becomes `/a:/b:ro`); long syntax gets `read_only: true` or its
 * `bind.propagation` changed. The token is read as it is now, so two changes to one entry
 * (read-only, then propagation) both land.
 */
export function changeVolume(
  service: ServiceNode,
  index: number,
  change: VolumeChange,
  layout: Layout,
): void {
  const volumes = service.map?.get('volumes', true);
  const entry = isSeq(volumes) ? (volumes.items[index] as Node | undefined) : undefined;
  const where = `volume ${index} of ${service.name}`;
  if (isScalar(entry) && entry.srcToken && CST.isScalar(entry.srcToken)) {
    const text = CST.resolveAsScalar(entry.srcToken)?.value ?? '';
    const changed = changeShortVolume(text, change);
    if (changed !== text) setScalar(entry.srcToken, changed);
    return;
  }
  const token = isMap(entry) ? entry.srcToken : undefined;
  if (token?.type !== 'block-map' && token?.type !== 'flow-collection') {
    throw new Error(`${where} cannot be edited in place`);
  }
  if (change.readOnly) setReadOnly(token, layout);
  if (change.propagation) {
    const bind = isMap(entry) ? entry.get('bind', true) : undefined;
    const propagation = isMap(bind) ? bind.get('propagation', true) : undefined;
    if (!isScalar(propagation) || !CST.isScalar(propagation.srcToken)) {
      throw new Error(`${where} has no bind.propagation to change`);
    }
    setScalar(propagation.srcToken, change.propagation);
  }
}

function setReadOnly(token: CST.BlockMap | CST.FlowCollection, layout: Layout): void {
  const at = findKey(token, 'read_only');
  const existing = at === -1 ? undefined : token.items[at]?.value;
  if (existing && CST.isScalar(existing)) {
    setScalar(existing, true);
    return;
  }
  if (token.type === 'flow-collection') {
    insertFlowPair(token, 'read_only', true);
    return;
  }
  const after = Math.max(findKey(token, 'target'), findKey(token, 'source'), 0);
  insertPair(token, after, 'read_only', true, layout);
}
