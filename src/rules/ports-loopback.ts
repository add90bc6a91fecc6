import type { Edit } from '../compose/apply.js';
import { bindShortPort, isLoopback, parseShortPort } from '../compose/port-spec.js';
import type { Rule, RuleContext, Status } from './types.js';
import { describe, firstItemSource, listedWhere, notAList } from './values.js';

const LOCAL = '127.0.0.1';

interface PortVerdict {
  status: Status;
  text: string;
  /** The entry rewritten to bind loopback (short syntax only). */
  fixed?: string;
}

function judge(entry: unknown): PortVerdict {
  if (typeof entry === 'number') {
    return { status: 'fail', text: String(entry), fixed: bindShortPort(entry, LOCAL) };
  }
  if (typeof entry === 'string') {
    const port = parseShortPort(entry);
    if (!port || /^\$\{[^}]*\}$/.test(entry.trim())) return { status: 'unknown', text: entry };
    if (isLoopback(port.ip)) return { status: 'ok', text: entry };
    if (port.ip?.includes('$')) return { status: 'unknown', text: entry };
    return { status: 'fail', text: entry, fixed: bindShortPort(entry, LOCAL) };
  }
  if (entry && typeof entry === 'object') {
    const spec = entry as { host_ip?: unknown; target?: unknown; published?: unknown };
    const text = `${spec.host_ip ? `${spec.host_ip}:` : ''}${spec.published ?? ''}->${spec.target}`;
    if (typeof spec.host_ip === 'string' && spec.host_ip.includes('${'))
      return { status: 'unknown', text };
    return { status: isLoopback(spec.host_ip as string | undefined) ? 'ok' : 'fail', text };
  }
  return { status: 'unknown', text: describe(entry) };
}

export const portsLoopback: Rule = {
  id: 'ports-loopback',
  title: 'Publish ports on loopback only',
  severity: 'medium',
  core: true,
  problem:
    'A published port has no host address, so it listens on every interface of the host, in front ' +
    'of the host firewall.',
  rationale:
    'A port published without an address listens on every interface of the host, and Docker ' +
    'opens it in front of the host firewall. Bind to 127.0.0.1 and let a proxy face the network.',
  fix:
    'Binds each such port to 127.0.0.1: the short syntax gains the address, the long syntax gains ' +
    '`host_ip`.',
  limitations:
    'An address or port from a variable is judged as the environment and `.env` of the check set ' +
    'it, an unset one as empty (as Compose puts it in): the host that deploys may set another. ' +
    'IPv6 loopback is accepted but never written.',
  whenNotToUse:
    'The edge proxy that must answer on the network (ports 80 and 443), and services reached from ' +
    'other hosts without a proxy.',
  cis: ['5.13'],
  owasp: [],
  check(context: RuleContext) {
    const setting = context.setting('ports');
    const entries = Array.isArray(setting.value) ? setting.value : [];
    const verdicts = entries.map(judge);
    const failing = verdicts.filter((v) => v.status === 'fail');
    const base = { source: setting.source, recommended: `every port on ${LOCAL}` };
    const misshapen = notAList(setting, base.recommended, 'any');
    if (misshapen) return misshapen;
    const networkMode = context.setting('network_mode').value;
    // With host networking Docker ignores ports:; with `none` it still records the bindings.
    if (entries.length === 0 || networkMode === 'host') {
      const why = entries.length
        ? `network_mode: ${networkMode} publishes no ports`
        : 'no published ports';
      return {
        ...base,
        status: 'ok',
        current: 'none',
        recommended: 'none',
        reason: why,
        edits: [],
      };
    }
    const current = listedWhere(
      setting,
      verdicts.map((v, index) => ({ text: v.text, index })),
    );
    if (failing.length === 0) {
      const unknown = verdicts.some((v) => v.status === 'unknown');
      const reason = unknown
        ? 'a port comes from a variable; check its address'
        : 'every port is bound to loopback';
      return { ...base, status: unknown ? 'unknown' : 'ok', current, reason, edits: [] };
    }
    const verb = failing.length === 1 ? 'listens' : 'listen';
    const reason = `${failing.map((v) => v.text).join(', ')} ${verb} on every interface`;
    const open = verdicts.flatMap((v, index) => (v.status === 'fail' ? [index] : []));
    return {
      ...base,
      source: firstItemSource(setting, open),
      status: 'fail',
      current,
      reason,
      edits: portEdits(context, entries, verdicts),
    };
  },
};

function portEdits(context: RuleContext, entries: unknown[], verdicts: PortVerdict[]): Edit[] {
  const service = context.service;
  if (context.setting('ports').source.kind === 'own') {
    return verdicts.flatMap((v, index): Edit[] =>
      v.status === 'fail'
        ? [{ kind: 'port', service, index, short: v.fixed ?? '', hostIp: LOCAL }]
        : [],
    );
  }
  // Ports merged from an anchor: the service gets its own list, the anchor stays as it is.
  if (!entries.every((entry) => typeof entry === 'string' || typeof entry === 'number')) return [];
  const value = verdicts.map((v) => v.fixed ?? v.text);
  return [{ kind: 'set', service, key: 'ports', value }];
}
