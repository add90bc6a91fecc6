// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'no-docker-socket';
const withVolume = (...lines: string[]) =>
  yaml('services:', '  tool:', '    image: acme/tool:1', '    volumes:', ...lines);

describe(RULE, () => {
  it.each([
    '/var/run/docker.sock:/var/run/docker.sock',
    '"/run/docker.sock:/var/run/docker.sock"',
    '//var/run//docker.sock:/sock',
    '/var/run/./docker.sock:/sock',
    '/var/run/../run/docker.sock:/sock',
    '"${DOCKER_SOCK:-/var/run/docker.sock}:/var/run/docker.sock"',
    '"${XDG_RUNTIME_DIR}/docker.sock:/var/run/docker.sock"',
    '/run/user/1000/docker.sock:/var/run/docker.sock',
    '/run/podman/podman.sock:/var/run/docker.sock',
    "'\\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine'",
    '//./pipe/docker_engine://./pipe/docker_engine',
  ])('flags the socket bound as %s', (entry) => {
    const finding = findingOf(withVolume(`      - ${entry}`), 'tool', RULE);
    expect([finding.status, finding.severity]).toEqual(['fail', 'critical']);
    expect(finding.proposed).toBe(false);
  });

  it('offers :ro for a writable short-syntax socket, keeping the comment', () => {
    const text = withVolume('      - /var/run/docker.sock:/var/run/docker.sock # traefik');
    expect(findingOf(text, 'tool', RULE).reason).toBe(
      'the socket is root on the host, read-only or not',
    );
    expect(fixedBy(text, RULE)).toBe(
      withVolume('      - /var/run/docker.sock:/var/run/docker.sock:ro # traefik'),
    );
  });

  it('offers read_only: true for a long-syntax socket bind', () => {
    const text = withVolume(
      '      - type: bind',
      '        source: /var/run/docker.sock',
      '        target: /var/run/docker.sock',
    );
    expect(fixedBy(text, RULE)).toBe(
      withVolume(
        '      - type: bind',
        '        source: /var/run/docker.sock',
        '        target: /var/run/docker.sock',
        '        read_only: true',
      ),
    );
  });

  it.each([
    [['      - /var/run/docker.sock:/var/run/docker.sock'], ':ro'],
    [
      ['      - type: bind', '        source: /run/docker.sock', '        target: /s'],
      'read_only: true',
    ],
  ])('recommends what the fix writes, and that it stays root-equivalent: %j', (lines, fix) => {
    const text = withVolume(...lines);
    expect(findingOf(text, 'tool', RULE).recommended).toBe(
      `${fix} (still root-equivalent; prefer a socket proxy)`,
    );
    expect(findingOf(fixedBy(text, RULE), 'tool', RULE).status).toBe('fail');
  });

  it('recommends no socket when there is nothing to offer', () => {
    const text = withVolume('      - /var/run/docker.sock:/var/run/docker.sock:ro');
    expect(findingOf(text, 'tool', RULE).recommended).toBe(
      'no socket; a filtering socket proxy if the API is needed',
    );
  });

  it('still fails a read-only socket and offers nothing more', () => {
    const text = withVolume('      - /var/run/docker.sock:/var/run/docker.sock:ro');
    const finding = findingOf(text, 'tool', RULE);
    expect([finding.status, finding.current, finding.edits]).toEqual([
      'fail',
      '/var/run/docker.sock:/var/run/docker.sock:ro (read-only)',
      [],
    ]);
  });

  it('rates a folder that holds the socket as high and names where it is reachable', () => {
    const finding = findingOf(
      withVolume('      - /:/rootfs:ro', '      - /var/run:/var/run:ro'),
      'tool',
      RULE,
    );
    expect([finding.severity, finding.reason]).toEqual([
      'high',
      'the socket is reachable inside /rootfs, /var/run',
    ]);
  });

  it('flags the Windows pipe in long syntax', () => {
    const text = withVolume(
      '      - type: npipe',
      '        source: \\\\.\\pipe\\docker_engine',
      '        target: \\\\.\\pipe\\docker_engine',
    );
    expect(findingOf(text, 'tool', RULE).status).toBe('fail');
  });

  it('accepts named volumes, project folders and other sockets', () => {
    const text = withVolume(
      '      - data:/data',
      '      - ./docker.sock.d:/etc/conf.d',
      '      - /run/postgresql:/run/postgresql',
    );
    expect(findingOf(text, 'tool', RULE).status).toBe('ok');
  });
});
