import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'read-only-rootfs';

describe(RULE, () => {
  it('sets read_only and the tmpfs paths the preset needs', () => {
    const text = yaml('services:', '  db:', '    image: postgres:16');
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  db:',
        '    image: postgres:16',
        '    read_only: true',
        '    tmpfs:',
        '      - /var/run/postgresql',
        '      - /tmp',
      ),
    );
  });

  it('keeps existing tmpfs entries with options and adds only the missing paths', () => {
    const text = yaml(
      'services:',
      '  db:',
      '    image: postgres:16',
      '    read_only: true',
      '    tmpfs: ["/tmp:size=64m"]',
    );
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  db:',
        '    image: postgres:16',
        '    read_only: true',
        '    tmpfs: ["/tmp:size=64m", "/var/run/postgresql"]',
      ),
    );
  });

  it('counts a tmpfs volume in long syntax', () => {
    const text = yaml(
      'services:',
      '  g:',
      '    image: grafana/grafana',
      '    read_only: true',
      '    volumes:',
      '      - type: tmpfs',
      '        target: /tmp',
    );
    expect(findingOf(text, 'g', RULE).status).toBe('ok');
  });

  it('does not push read_only on an image that writes its root, like elasticsearch', () => {
    const text = yaml(
      'services:',
      '  es:',
      '    image: docker.elastic.co/elasticsearch/elasticsearch:9.2.4',
    );
    expect(findingOf(text, 'es', RULE).status).toBe('not-applicable');
  });

  it('reports read_only from a variable as unknown', () => {
    const text = yaml('services:', '  db:', '    image: postgres', '    read_only: ${RO:-true}');
    expect(findingOf(text, 'db', RULE).status).toBe('unknown');
  });
});
