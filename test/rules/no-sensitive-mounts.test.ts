// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'no-sensitive-mounts';
const withVolume = (...lines: string[]) =>
  yaml('services:', '  agent:', '    image: acme/agent:1', '    volumes:', ...lines);

describe(RULE, () => {
  it.each([
    ['/:/host', 'the whole host filesystem'],
    ['/etc:/host/etc', "the host's configuration"],
    ['/proc:/host/proc', '/proc belongs to the host'],
    ['/sys/fs/cgroup:/sys/fs/cgroup', '/sys belongs to the host'],
    ['/boot:/boot', '/boot belongs to the host'],
    ['/dev:/dev', '/dev belongs to the host'],
    ['/root:/root', '/root belongs to the host'],
    ['/var/run:/var/run', '/var/run belongs to the host'],
    ['/var/lib/docker:/docker', '/var/lib/docker belongs to the host'],
    ['/var/lib:/var/lib', '/var/lib holds /var/lib/docker'],
    ['/home/alice:/home/alice', 'a home folder'],
    ['~/.ssh:/root/.ssh', 'credentials in ~/.ssh'],
    ['$HOME/.aws:/creds', 'credentials in ~/.aws'],
    ['/etc/letsencrypt:/etc/letsencrypt', "a writable part of the host's configuration"],
  ])('flags a writable bind of %s as high', (entry, why) => {
    const finding = findingOf(withVolume(`      - ${entry}`), 'agent', RULE);
    expect([finding.status, finding.severity, finding.reason]).toEqual([
      'fail',
      'high',
      `writable: ${why}`,
    ]);
  });

  it('offers :ro for writable binds, unselected, and leaves the others', () => {
    const text = withVolume(
      '      - /etc:/host/etc # for hostname',
      '      - /proc:/host/proc:ro',
      '      - data:/data',
    );
    const finding = findingOf(text, 'agent', RULE);
    expect([finding.proposed, finding.reason]).toEqual([
      false,
      "writable: the host's configuration (and 1 more)",
    ]);
    expect(fixedBy(text, RULE)).toBe(
      withVolume(
        '      - /etc:/host/etc:ro # for hostname',
        '      - /proc:/host/proc:ro',
        '      - data:/data',
      ),
    );
  });

  it('recommends :ro alone when read-only is enough, and the fix then passes', () => {
    const text = withVolume('      - /etc/letsencrypt:/etc/letsencrypt');
    expect(findingOf(text, 'agent', RULE).recommended).toBe(':ro');
    expect(findingOf(fixedBy(text, RULE), 'agent', RULE).status).toBe('ok');
  });

  it('recommends :ro as a first step when the bind stays sensitive read-only', () => {
    const text = withVolume('      - /:/host', '      - {type: bind, source: /etc, target: /e}');
    expect(findingOf(text, 'agent', RULE).recommended).toBe(
      ':ro or read_only: true (still exposed read-only; narrow it to the files the service needs)',
    );
    expect(findingOf(fixedBy(text, RULE), 'agent', RULE).status).toBe('fail');
  });

  it('rates read-only binds as medium with no fix', () => {
    const text = withVolume('      - /:/rootfs:ro', '      - /sys:/sys:ro');
    const finding = findingOf(text, 'agent', RULE);
    expect([finding.severity, finding.edits]).toEqual(['medium', []]);
    expect(finding.recommended).toBe('only the files the service needs, read-only');
  });

  it('adds read_only: true to a long-syntax bind', () => {
    const text = withVolume('      - {type: bind, source: /etc, target: /etc, read_only: false}');
    expect(fixedBy(text, RULE)).toBe(
      withVolume('      - {type: bind, source: /etc, target: /etc, read_only: true}'),
    );
  });

  it('accepts single files below /etc mounted read-only, project folders and named volumes', () => {
    const text = withVolume(
      '      - /etc/localtime:/etc/localtime:ro',
      '      - ./config:/etc/app',
      '      - /home/alice/project/data:/data',
      '      - data:/var/lib/app',
      '      - ${UPLOADS}:/uploads',
    );
    expect(findingOf(text, 'agent', RULE).status).toBe('ok');
  });
});
