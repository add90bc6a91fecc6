import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'ports-loopback';
const stack = (...ports: string[]) =>
  yaml(
    'services:',
    '  web:',
    '    image: nginx',
    '    ports:',
    ...ports.map((p) => `      - ${p}`),
  );

describe(RULE, () => {
  it.each([
    ['"8080:80"', '"127.0.0.1:8080:80"'],
    ['8080:80', '127.0.0.1:8080:80'],
    ['80', '127.0.0.1::80'],
    ['"0.0.0.0:443:443"', '"127.0.0.1:443:443"'],
    ['"8000-8010:8000-8010"', '"127.0.0.1:8000-8010:8000-8010"'],
    ['"6831:6831/udp"', '"127.0.0.1:6831:6831/udp"'],
    ["'${WEB_PORT:-8080}:80'", "'127.0.0.1:${WEB_PORT:-8080}:80'"],
    ['"[::]:80:80"', '"127.0.0.1:80:80"'],
  ])('binds %s to loopback as %s', (before, after) => {
    expect(findingOf(stack(before), 'web', RULE).status).toBe('fail');
    expect(fixedBy(stack(before), RULE)).toBe(stack(after));
  });

  it.each(['"127.0.0.1:8080:80"', '"[::1]:8080:80"', '127.0.0.2:53:53/udp'])(
    'accepts %s',
    (port) => {
      expect(findingOf(stack(port), 'web', RULE).status).toBe('ok');
    },
  );

  it('adds host_ip to long syntax', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginx',
      '    ports:',
      '      - target: 80',
      '        published: "8080"',
    );
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  web:',
        '    image: nginx',
        '    ports:',
        '      - target: 80',
        '        published: "8080"',
        '        host_ip: 127.0.0.1',
      ),
    );
  });

  it('replaces a long-syntax host_ip of 0.0.0.0', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginx',
      '    ports:',
      '      - {target: 80, host_ip: 0.0.0.0}',
    );
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  web:',
        '    image: nginx',
        '    ports:',
        '      - {target: 80, host_ip: 127.0.0.1}',
      ),
    );
  });

  it('leaves expose alone and reports a port from a variable as unknown', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginx',
      '    expose: ["80"]',
      '    ports: ["${PORTS}"]',
    );
    expect(findingOf(text, 'web', RULE).status).toBe('unknown');
  });

  it('gives a service merging its ports from an anchor others share a list of its own', () => {
    const text = yaml(
      'x-web: &web',
      '  ports: ["80:80"]',
      'services:',
      '  admin:',
      '    <<: *web',
      '    image: nginx',
      '  web:',
      '    <<: *web',
      '    image: nginx',
    );
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'x-web: &web',
        '  ports: ["80:80"]',
        'services:',
        '  admin:',
        '    <<: *web',
        '    image: nginx',
        '    ports:',
        '      - 127.0.0.1:80:80',
        '  web:',
        '    <<: *web',
        '    image: nginx',
        '    ports:',
        '      - 127.0.0.1:80:80',
      ),
    );
  });
});
