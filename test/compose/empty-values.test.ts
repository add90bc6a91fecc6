import { describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '../../src/compose/apply.js';
import { parseCompose } from '../../src/compose/document.js';

const apply = (text: string, edits: Edit[]) =>
  applyEdits(parseCompose(text, 'compose.yaml'), edits);
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

/** What `apply` offered for the file a user reported, where `image:` had no value. */
const HARDEN: Edit[] = [
  {
    kind: 'list',
    service: 'web',
    key: 'security_opt',
    remove: [],
    add: ['no-new-privileges:true'],
  },
  { kind: 'set', service: 'web', key: 'cap_drop', value: ['ALL'] },
  { kind: 'set', service: 'web', key: 'read_only', value: true },
  { kind: 'set', service: 'web', key: 'tmpfs', value: ['/tmp'] },
  { kind: 'port', service: 'web', index: 0, short: '127.0.0.1::80', hostIp: '127.0.0.1' },
];

describe('a key with an empty value', () => {
  it('keeps the next key on its own line when pairs go in after an empty value', () => {
    const text = yaml('services:', '  web:', '    image:', '    ports: [80]');
    expect(apply(text, HARDEN)).toBe(
      yaml(
        'services:',
        '  web:',
        '    image:',
        '    security_opt:',
        '      - no-new-privileges:true',
        '    cap_drop:',
        '      - ALL',
        '    read_only: true',
        '    tmpfs:',
        '      - /tmp',
        '    ports: [127.0.0.1::80]',
      ),
    );
  });

  it('keeps the next service indented when a pair goes in after an empty value ending one', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    ports: [80]',
      '    build:',
      '  db:',
      '    image: y',
    );
    const edits: Edit[] = [{ kind: 'set', service: 'web', key: 'read_only', value: true }];
    expect(apply(text, edits)).toBe(
      yaml(
        'services:',
        '  web:',
        '    ports: [80]',
        '    build:',
        '    read_only: true',
        '  db:',
        '    image: y',
      ),
    );
  });

  it('ends the file without a newline when a pair goes in after an empty value ending it', () => {
    const text = 'services:\n  web:\n    ports: [80]\n    image:';
    expect(apply(text, HARDEN)).toBe(
      'services:\n  web:\n    ports: [127.0.0.1::80]\n    image:\n    security_opt:\n' +
        '      - no-new-privileges:true\n    cap_drop:\n      - ALL\n    read_only: true\n' +
        '    tmpfs:\n      - /tmp',
    );
  });

  it('keeps the next key indented after the empty value of a nested key', () => {
    const text = yaml('services:', '  web:', '    build:', '      context:', '    ports: [80]');
    const edits: Edit[] = [{ kind: 'set', service: 'web', key: 'user', value: '1000:1000' }];
    expect(apply(text, edits)).toBe(
      yaml(
        'services:',
        '  web:',
        '    build:',
        '      context:',
        '    user: "1000:1000"',
        '    ports: [80]',
      ),
    );
  });

  it('fills an empty value in place and keeps the comment after its key above it', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: a',
      '    user: # pick one',
      '    ports: [80]',
    );
    const edits: Edit[] = [{ kind: 'set', service: 'web', key: 'user', value: '1000:1000' }];
    expect(apply(text, edits)).toBe(
      yaml(
        'services:',
        '  web:',
        '    image: a',
        '    # pick one',
        '    user: "1000:1000"',
        '    ports: [80]',
      ),
    );
  });

  it('fills an empty value that ends the file without adding a final newline', () => {
    const text = 'services:\n  web:\n    image: a\n    user:';
    const edits: Edit[] = [{ kind: 'set', service: 'web', key: 'user', value: '1000:1000' }];
    expect(apply(text, edits)).toBe('services:\n  web:\n    image: a\n    user: "1000:1000"');
  });

  it('takes an empty list setting as an empty list to add to', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: a',
      '    security_opt:',
      '  db:',
      '    image: b',
    );
    expect(apply(text, [HARDEN[0] as Edit])).toBe(
      yaml(
        'services:',
        '  web:',
        '    image: a',
        '    security_opt:',
        '      - no-new-privileges:true',
        '  db:',
        '    image: b',
      ),
    );
  });

  it('removes the key after an empty value, leaving the next service indented', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: a',
      '    build:',
      '    network_mode: host',
      '  db:',
      '    image: b',
    );
    const edits: Edit[] = [{ kind: 'delete', service: 'web', key: 'network_mode' }];
    expect(apply(text, edits)).toBe(
      yaml('services:', '  web:', '    image: a', '    build:', '  db:', '    image: b'),
    );
  });

  it('removes the key that ends the file after an empty value without adding a newline', () => {
    const text = 'services:\n  web:\n    image: a\n    build:\n    network_mode: host';
    const edits: Edit[] = [{ kind: 'delete', service: 'web', key: 'network_mode' }];
    expect(apply(text, edits)).toBe('services:\n  web:\n    image: a\n    build:');
  });

  it('keeps a comment line after an empty value on its own line', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image:',
      '    # about db',
      '  db:',
      '    image: b',
    );
    const edits: Edit[] = [{ kind: 'set', service: 'web', key: 'read_only', value: true }];
    expect(apply(text, edits)).toBe(
      yaml(
        'services:',
        '  web:',
        '    image:',
        '    # about db',
        '    read_only: true',
        '  db:',
        '    image: b',
      ),
    );
  });

  it('keeps CRLF line endings around an empty value', () => {
    const text = 'services:\r\n  web:\r\n    image:\r\n    ports: [80]\r\n';
    const edits: Edit[] = [{ kind: 'set', service: 'web', key: 'user', value: '1000:1000' }];
    expect(apply(text, edits)).toBe(
      'services:\r\n  web:\r\n    image:\r\n    user: "1000:1000"\r\n    ports: [80]\r\n',
    );
  });
});
