import { describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '../../src/compose/apply.js';
import { parseCompose } from '../../src/compose/document.js';

const apply = (text: string, edits: Edit[]) =>
  applyEdits(parseCompose(text, 'compose.yaml'), edits);
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('a delete edit', () => {
  it('removes a key and leaves its neighbours byte for byte', () => {
    const text = yaml('services:', '  app:', '    image: a', '    pid: host', '    tty: true');
    expect(apply(text, [{ kind: 'delete', service: 'app', key: 'pid' }])).toBe(
      yaml('services:', '  app:', '    image: a', '    tty: true'),
    );
  });

  it('turns the comment on the removed line into a comment line where it stood', () => {
    const text = yaml(
      'services:',
      '  app:',
      '    image: a',
      '    # host networking for mDNS',
      '    network_mode: host # see README',
      '    tty: true',
    );
    expect(apply(text, [{ kind: 'delete', service: 'app', key: 'network_mode' }])).toBe(
      yaml(
        'services:',
        '  app:',
        '    image: a',
        '    # host networking for mDNS',
        '    # see README',
        '    tty: true',
      ),
    );
  });

  it('keeps the comments inside a removed mapping', () => {
    const text = yaml(
      'services:',
      '  app:',
      '    image: a',
      '    logging:',
      '      driver: none # too chatty',
      '    tty: true',
    );
    expect(apply(text, [{ kind: 'delete', service: 'app', key: 'logging' }])).toBe(
      yaml('services:', '  app:', '    image: a', '    # too chatty', '    tty: true'),
    );
  });

  it('removes the first key without doubling the indentation of the next', () => {
    const text = yaml('services:', '  app:', '    ipc: host', '    image: a');
    expect(apply(text, [{ kind: 'delete', service: 'app', key: 'ipc' }])).toBe(
      yaml('services:', '  app:', '    image: a'),
    );
  });

  it('removes the last key of a file that has no final newline', () => {
    const text = 'services:\n  app:\n    image: a\n    pid: host';
    expect(apply(text, [{ kind: 'delete', service: 'app', key: 'pid' }])).toBe(
      'services:\n  app:\n    image: a',
    );
  });

  it('refuses to remove the only key of a service', () => {
    const text = yaml('services:', '  app:', '    pid: host');
    expect(() => apply(text, [{ kind: 'delete', service: 'app', key: 'pid' }])).toThrow(
      'the mapping would be empty',
    );
  });

  it('removes a key from a flow mapping', () => {
    const text = yaml('services:', '  app: {image: a, pid: host, tty: true}');
    expect(apply(text, [{ kind: 'delete', service: 'app', key: 'pid' }])).toBe(
      yaml('services:', '  app: {image: a, tty: true}'),
    );
  });
});

describe('a list edit', () => {
  const text = yaml(
    'services:',
    '  app:',
    '    image: a',
    '    security_opt:',
    '      - seccomp:unconfined # for strace',
    '      - label=disable',
  );

  it('removes items and keeps their comments, whatever the order of two list edits', () => {
    const remove: Edit = {
      kind: 'list',
      service: 'app',
      key: 'security_opt',
      remove: ['seccomp:unconfined', 'label=disable'],
      add: [],
    };
    const add: Edit = {
      kind: 'list',
      service: 'app',
      key: 'security_opt',
      remove: [],
      add: ['no-new-privileges:true'],
    };
    const expected = yaml(
      'services:',
      '  app:',
      '    image: a',
      '    security_opt:',
      '      # for strace',
      '      - no-new-privileges:true',
    );
    expect(apply(text, [add, remove])).toBe(expected);
    expect(apply(text, [remove, add])).toBe(expected);
  });

  it('writes an empty list when every item goes', () => {
    const edit: Edit = {
      kind: 'list',
      service: 'app',
      key: 'security_opt',
      remove: ['seccomp:unconfined', 'label=disable'],
      add: [],
    };
    expect(apply(text, [edit])).toBe(
      yaml('services:', '  app:', '    image: a', '    # for strace', '    security_opt: []'),
    );
  });

  it('inserts the list when the service has none', () => {
    const edit: Edit = {
      kind: 'list',
      service: 'app',
      key: 'security_opt',
      remove: [],
      add: ['x'],
    };
    expect(apply(yaml('services:', '  app:', '    image: a'), [edit])).toBe(
      yaml('services:', '  app:', '    image: a', '    security_opt:', '      - x'),
    );
  });
});

describe('a volume edit', () => {
  it('appends :ro to short syntax, or joins the options already there', () => {
    const text = yaml(
      'services:',
      '  app:',
      '    volumes:',
      '      - /etc:/host/etc # config',
      '      - "/var/run/docker.sock:/var/run/docker.sock:rw"',
      '      - /srv:/srv:z',
    );
    const edits: Edit[] = [0, 1, 2].map((index) => ({
      kind: 'volume',
      service: 'app',
      index,
      readOnly: true,
    }));
    expect(apply(text, edits)).toBe(
      yaml(
        'services:',
        '  app:',
        '    volumes:',
        '      - /etc:/host/etc:ro # config',
        '      - "/var/run/docker.sock:/var/run/docker.sock:ro"',
        '      - /srv:/srv:z,ro',
      ),
    );
  });

  it('adds read_only: true after the target of a long-syntax entry', () => {
    const text = yaml(
      'services:',
      '  app:',
      '    volumes:',
      '      - type: bind',
      '        source: /etc',
      '        target: /host/etc',
      '        bind:',
      '          create_host_path: false',
    );
    expect(apply(text, [{ kind: 'volume', service: 'app', index: 0, readOnly: true }])).toBe(
      yaml(
        'services:',
        '  app:',
        '    volumes:',
        '      - type: bind',
        '        source: /etc',
        '        target: /host/etc',
        '        read_only: true',
        '        bind:',
        '          create_host_path: false',
      ),
    );
  });

  it('adds read_only: true at the end of a flow-style long-syntax entry', () => {
    const text = yaml(
      'services:',
      '  app:',
      '    volumes:',
      '      - {type: bind, source: /, target: /h}',
    );
    expect(apply(text, [{ kind: 'volume', service: 'app', index: 0, readOnly: true }])).toBe(
      yaml(
        'services:',
        '  app:',
        '    volumes:',
        '      - {type: bind, source: /, target: /h, read_only: true}',
      ),
    );
  });

  it('applies read-only and private propagation to the same entry', () => {
    const text = yaml('services:', '  app:', '    volumes:', '      - /:/host:rshared');
    const edits: Edit[] = [
      { kind: 'volume', service: 'app', index: 0, readOnly: true },
      { kind: 'volume', service: 'app', index: 0, propagation: 'rprivate' },
    ];
    expect(apply(text, edits)).toBe(
      yaml('services:', '  app:', '    volumes:', '      - /:/host:rprivate,ro'),
    );
  });

  it('sets the propagation of a long-syntax bind in place', () => {
    const text = yaml(
      'services:',
      '  app:',
      '    volumes:',
      '      - {type: bind, source: /mnt, target: /mnt, bind: {propagation: shared}}',
    );
    const edit: Edit = { kind: 'volume', service: 'app', index: 0, propagation: 'rprivate' };
    expect(apply(text, [edit])).toBe(
      yaml(
        'services:',
        '  app:',
        '    volumes:',
        '      - {type: bind, source: /mnt, target: /mnt, bind: {propagation: rprivate}}',
      ),
    );
  });
});

describe('a set edit with a mapping', () => {
  it('writes a healthcheck in block style with its test list in flow style', () => {
    const text = yaml('services:', '  db:', '    image: postgres', '    restart: always');
    const value = { test: ['CMD', 'pg_isready', '-U', 'postgres'], interval: '10s' };
    expect(apply(text, [{ kind: 'set', service: 'db', key: 'healthcheck', value }])).toBe(
      yaml(
        'services:',
        '  db:',
        '    image: postgres',
        '    restart: always',
        '    healthcheck:',
        '      test: [CMD, pg_isready, -U, postgres]',
        '      interval: 10s',
      ),
    );
  });

  it('replaces a disabled healthcheck, keeping its comment', () => {
    const text = yaml(
      'services:',
      '  db:',
      '    healthcheck:',
      '      disable: true # flaky',
      '    image: x',
    );
    const value = { test: ['CMD', 'true'] };
    expect(apply(text, [{ kind: 'set', service: 'db', key: 'healthcheck', value }])).toBe(
      yaml(
        'services:',
        '  db:',
        '    # flaky',
        '    healthcheck:',
        '      test: [CMD, "true"]',
        '    image: x',
      ),
    );
  });
});
