// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'privileged-ports';
const withPorts = (image: string, ...ports: string[]) =>
  yaml(
    'services:',
    '  a:',
    `    image: ${image}`,
    '    ports:',
    ...ports.map((p) => `      - ${p}`),
  );

describe(RULE, () => {
  it.each(['"22:22"', '127.0.0.1:25:25', '"53:53/udp"', '"80-81:80-81"'])(
    'flags the host port of %s and changes nothing',
    (port) => {
      const text = withPorts('acme/a:1', port);
      expect(findingOf(text, 'a', RULE).status).toBe('fail');
      expect(fixedBy(text, RULE)).toBe(text);
    },
  );

  it('flags a long-syntax published port', () => {
    const text = yaml(
      'services:',
      '  a:',
      '    image: acme/a:1',
      '    ports:',
      '      - target: 8080',
      '        published: 443',
    );
    expect(findingOf(text, 'a', RULE).current).toBe('443');
  });

  it('lets an edge proxy publish 80 and 443, but not other low ports', () => {
    expect(findingOf(withPorts('traefik:v3.1', '"80:80"', '"443:443"'), 'a', RULE).status).toBe(
      'ok',
    );
    expect(findingOf(withPorts('nginx:1.27', '"8443:443"', '"22:2222"'), 'a', RULE).current).toBe(
      '22',
    );
  });

  it('accepts high host ports, ports Docker picks and ports from variables', () => {
    const text = withPorts('acme/a:1', '"8080:80"', '"80"', '"${PORT:-80}:80"');
    expect(findingOf(text, 'a', RULE).status).toBe('ok');
  });

  it('flags a non-root service on the host network whose image listens below 1024', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginxinc/nginx-unprivileged:1.27',
      '    network_mode: host',
    );
    expect(findingOf(text, 'web', RULE).status).toBe('ok');
    const vaultwarden = yaml(
      'services:',
      '  vw:',
      '    image: vaultwarden/server:1.32.0',
      '    user: "1000:1000"',
      '    network_mode: host',
    );
    expect(findingOf(vaultwarden, 'vw', RULE)).toMatchObject({
      status: 'fail',
      current: 'network_mode: host, listens on 80',
    });
  });
});
