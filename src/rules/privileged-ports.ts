import { parseShortPort } from '../compose/port-spec.js';
import type { Rule, RuleContext } from './types.js';
import { firstItemSource, fromWhere, listedWhere, notAList } from './values.js';

/** The first host port of a published entry; undefined when unknown or chosen by Docker. */
function hostPort(entry: unknown): number | undefined {
  if (typeof entry === 'string') {
    const host = parseShortPort(entry)?.host;
    return host && /^\d+(-\d+)?$/.test(host) ? Number(host.split('-')[0]) : undefined;
  }
  if (entry && typeof entry === 'object') {
    const published = (entry as { published?: unknown }).published;
    const text = String(published ?? '');
    return /^\d+(-\d+)?$/.test(text) ? Number(text.split('-')[0]) : undefined;
  }
  return undefined;
}

const WEB = new Set([80, 443]);

export const privilegedPorts: Rule = {
  id: 'privileged-ports',
  title: 'Avoid ports below 1024',
  severity: 'low',
  core: false,
  problem:
    'A host port below 1024 is published, or the service uses `network_mode: host` with a ' +
    'non-root user while its image listens below 1024.',
  rationale:
    'Ports below 1024 are the ones clients trust to be run by the host administrator (SSH, ' +
    "DNS, mail). On the host network a non-root process cannot bind them at all: Docker's " +
    'unprivileged-port setting does not apply there and cap_add does not reach a non-root user.',
  fix:
    'None automatic: publish a high host port (`8080:80`) and let a proxy own 80 and 443, or ' +
    'configure the service to listen on a high port. Presets of edge proxies (Traefik, Caddy, ' +
    'nginx, HAProxy, httpd) may publish 80 and 443.',
  limitations:
    'Ports from variables are judged as the environment and `.env` of the check set them; a ' +
    'host port an unset variable leaves empty is one Docker picks, above 1024. Under host ' +
    "networking the rule relies on the preset's listening ports, not on the service's own " +
    'configuration.',
  whenNotToUse:
    'The edge proxy of the stack, and services that must use a standard port (DNS, SMTP).',
  cis: ['5.7'],
  owasp: [],
  check(context: RuleContext) {
    const setting = context.setting('ports');
    const network = context.setting('network_mode');
    const base = { source: setting.source, recommended: 'host ports of 1024 and above', edits: [] };
    const listen = context.preset.ports?.listen ?? [];
    if (String(network.value ?? '') === 'host') {
      const low = listen.filter((port) => port < 1024);
      if (low.length && !context.startsAsRoot) {
        const current = `network_mode: host${fromWhere(network.source)}, listens on ${low.join(', ')}`;
        const reason = 'a non-root process cannot bind these ports on the host network';
        return { ...base, source: network.source, status: 'fail', current, reason };
      }
      return {
        ...base,
        status: 'ok',
        current: 'network_mode: host',
        reason: 'no low port to bind',
      };
    }
    const misshapen = notAList(setting, base.recommended, 'any');
    if (misshapen) return misshapen;
    const entries = Array.isArray(setting.value) ? setting.value : [];
    const edge = context.preset.ports?.edge === true;
    const low = entries
      .map((entry, index) => ({ port: hostPort(entry), index }))
      .filter((it): it is { port: number; index: number } => it.port !== undefined)
      .filter(({ port }) => port < 1024 && !(edge && WEB.has(port)));
    if (low.length === 0) {
      const reason = edge ? 'an edge proxy may publish 80 and 443' : 'no host port below 1024';
      return { ...base, status: 'ok', current: 'none below 1024', reason };
    }
    const current = listedWhere(
      setting,
      low.map(({ port, index }) => ({ text: String(port), index })),
    );
    return {
      ...base,
      source: firstItemSource(
        setting,
        low.map(({ index }) => index),
      ),
      status: 'fail',
      current,
      reason: 'publish a high port; let the proxy own 80/443',
    };
  },
};
