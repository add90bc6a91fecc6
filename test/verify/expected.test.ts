import { describe, expect, it } from 'vitest';
import { parseCompose } from '../../src/compose/document.js';
import { expectedFromCompose } from '../../src/verify/expected.js';

const expected = (text: string) => expectedFromCompose(parseCompose(text, 'compose.yaml'));

describe('expectedFromCompose', () => {
  it('reads every setting the rules cover, through << merges', () => {
    const text = [
      'x-hardened: &hardened',
      '  user: 1000',
      '  security_opt: [no-new-privileges:true]',
      '  cap_drop: [all]',
      '  read_only: true',
      '  tmpfs: ["/tmp:size=64m"]',
      'services:',
      '  web:',
      '    <<: *hardened',
      '    image: nginx',
      '    cap_add: [CAP_NET_BIND_SERVICE]',
      '    volumes:',
      '      - type: tmpfs',
      '        target: /var/cache/nginx',
      '    ports:',
      '      - "127.0.0.1:8080:80"',
      '      - "[::1]:8443:443/tcp"',
      '      - target: 53',
      '        published: 5353',
      '        host_ip: 0.0.0.0',
      '        protocol: udp',
      '    scale: 2',
      '',
    ].join('\n');
    expect(expected(text)).toEqual([
      {
        service: 'web',
        user: '1000',
        securityOpt: ['no-new-privileges:true'],
        capDrop: ['ALL'],
        capAdd: ['NET_BIND_SERVICE'],
        readOnly: true,
        tmpfs: ['/tmp', '/var/cache/nginx'],
        ports: [
          {
            written: '127.0.0.1:8080:80',
            hostIp: '127.0.0.1',
            hostPort: '8080',
            containerPort: '80/tcp',
          },
          {
            written: '[::1]:8443:443/tcp',
            hostIp: '::1',
            hostPort: '8443',
            containerPort: '443/tcp',
          },
          { written: '0.0.0.0:5353:53', hostIp: '', hostPort: '5353', containerPort: '53/udp' },
        ],
        privileged: false,
        replicas: 2,
        interpolated: [],
      },
    ]);
  });

  it('gives an unhardened service nothing to ask, and takes replicas from deploy', () => {
    const text =
      'services:\n  app:\n    image: app\n    ports: ["8080"]\n    deploy:\n      replicas: 3\n';
    expect(expected(text)[0]).toMatchObject({
      user: undefined,
      securityOpt: [],
      capDrop: [],
      readOnly: false,
      ports: [{ written: '8080', hostIp: '', hostPort: '', containerPort: '8080/tcp' }],
      replicas: 3,
    });
  });

  it('marks values from variables, and ports it cannot compare', () => {
    const text =
      'services:\n  app:\n    image: app\n    user: ${APP_UID}\n    ports: ["${BIND}:8080:80", "9000-9001:9000-9001"]\n';
    expect(expected(text)[0]).toMatchObject({ interpolated: ['user', 'ports'], ports: undefined });
  });
});
