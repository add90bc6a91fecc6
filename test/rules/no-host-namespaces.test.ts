// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'no-host-namespaces';

describe(RULE, () => {
  it.each([
    ['network_mode: host', 'high'],
    ['pid: host', 'high'],
    ['ipc: host', 'medium'],
    ['uts: host', 'medium'],
    ['userns_mode: host', 'medium'],
    ['cgroup: host', 'medium'],
    ['pid: "HOST"', 'high'],
  ])('flags %s as %s and offers to remove it, unselected', (line, severity) => {
    const text = yaml('services:', '  a:', '    image: acme/a:1', `    ${line}`, '    tty: true');
    const finding = findingOf(text, 'a', RULE);
    expect([finding.status, finding.severity, finding.proposed]).toEqual(['fail', severity, false]);
    expect(fixedBy(text, RULE)).toBe(
      yaml('services:', '  a:', '    image: acme/a:1', '    tty: true'),
    );
  });

  it('says what the service loses and removes every shared namespace, keeping comments', () => {
    const text = yaml(
      'services:',
      '  exporter:',
      '    image: prom/node-exporter:v1.8.2',
      '    network_mode: host # scrape from the host',
      '    pid: host',
    );
    expect(findingOf(text, 'exporter', RULE).reason).toBe(
      "shares the host network (publish the ports it serves under ports:); the host's processes " +
        '(monitors and debuggers then see only the container)',
    );
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  exporter:',
        '    image: prom/node-exporter:v1.8.2',
        '    # scrape from the host',
      ),
    );
  });

  it('reports a namespace merged from an anchor without editing the anchor', () => {
    const text = yaml(
      'x-host: &host',
      '  network_mode: host',
      'services:',
      '  a:',
      '    <<: *host',
      '    image: acme/a:1',
    );
    const finding = findingOf(text, 'a', RULE);
    expect([finding.status, finding.edits]).toEqual(['fail', []]);
    expect(finding.current).toBe('network_mode: host (from &host, line 2)');
  });

  it('says where to change a merged namespace that its removal of the others leaves', () => {
    const text = yaml(
      'x-host: &host',
      '  network_mode: host',
      'services:',
      '  a:',
      '    <<: *host',
      '    image: acme/a:1',
      '    pid: host',
    );
    const finding = findingOf(text, 'a', RULE);
    expect([finding.edits.length, finding.recommended]).toEqual([
      1,
      "the container's own namespaces (network_mode comes from &host: change it there)",
    ]);
  });

  it('accepts the namespaces of another service or container', () => {
    const text = yaml(
      'services:',
      '  a:',
      '    image: acme/a:1',
      '    network_mode: "service:vpn"',
      '    pid: "container:debug"',
      '    ipc: shareable',
    );
    expect(findingOf(text, 'a', RULE).status).toBe('ok');
  });

  it('cannot judge a namespace from a variable', () => {
    const text = yaml('services:', '  a:', '    image: acme/a:1', '    network_mode: ${NET_MODE}');
    expect(findingOf(text, 'a', RULE).status).toBe('unknown');
  });
});
