import { describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '../../src/compose/apply.js';
import { parseCompose } from '../../src/compose/document.js';

const apply = (text: string, edits: Edit[]) =>
  applyEdits(parseCompose(text, 'compose.yaml'), edits);

describe('applyEdits', () => {
  it('inserts a new key right after the image, indented like its neighbours', () => {
    const text =
      'services:\n  app:\n    image: acme/app:1 # pinned\n    environment:\n      A: 1\n';
    expect(apply(text, [{ kind: 'set', service: 'app', key: 'user', value: '1000:1000' }])).toBe(
      'services:\n  app:\n    image: acme/app:1 # pinned\n    user: "1000:1000"\n    environment:\n      A: 1\n',
    );
  });

  it('follows four-space indentation and unindented lists', () => {
    const text = 'services:\n    web:\n        image: nginx\n        ports:\n        - "80:80"\n';
    expect(apply(text, [{ kind: 'set', service: 'web', key: 'cap_drop', value: ['ALL'] }])).toBe(
      'services:\n    web:\n        image: nginx\n        cap_drop:\n        - ALL\n        ports:\n        - "80:80"\n',
    );
  });

  it('removes an extra capability and keeps its comment as a line of its own', () => {
    const text =
      'services:\n  db:\n    image: postgres\n    cap_add:\n      - SYS_ADMIN # for fuse\n      - CHOWN\n';
    expect(
      apply(text, [{ kind: 'set', service: 'db', key: 'cap_add', value: ['CHOWN', 'SETUID'] }]),
    ).toBe(
      'services:\n  db:\n    image: postgres\n    cap_add:\n      # for fuse\n      - CHOWN\n      - SETUID\n',
    );
  });

  it('removes the first item of a block list without doubling the indentation', () => {
    const text =
      'services:\n  db:\n    cap_add:\n      - NET_ADMIN\n      - CHOWN\n    image: postgres\n';
    expect(apply(text, [{ kind: 'set', service: 'db', key: 'cap_add', value: ['CHOWN'] }])).toBe(
      'services:\n  db:\n    cap_add:\n      - CHOWN\n    image: postgres\n',
    );
  });

  it('appends to a flow list in the quoting of its siblings', () => {
    const text = 'services:\n  app:\n    image: a\n    security_opt: ["label:disable"]\n';
    const value = ['label:disable', 'no-new-privileges:true'];
    expect(apply(text, [{ kind: 'set', service: 'app', key: 'security_opt', value }])).toBe(
      'services:\n  app:\n    image: a\n    security_opt: ["label:disable", "no-new-privileges:true"]\n',
    );
  });

  it('turns a list that must become empty into []', () => {
    const text =
      'services:\n  app:\n    image: a\n    cap_add:\n      - NET_ADMIN # why\n    ports: []\n';
    expect(apply(text, [{ kind: 'set', service: 'app', key: 'cap_add', value: [] }])).toBe(
      'services:\n  app:\n    image: a\n    # why\n    cap_add: []\n    ports: []\n',
    );
  });

  it('changes a scalar in place and keeps its trailing comment', () => {
    const text = 'services:\n  app:\n    image: a\n    privileged: true   # needed?\n';
    expect(apply(text, [{ kind: 'set', service: 'app', key: 'privileged', value: false }])).toBe(
      'services:\n  app:\n    image: a\n    privileged: false   # needed?\n',
    );
  });

  it('binds a short-syntax port to loopback keeping its quotes', () => {
    const text = 'services:\n  app:\n    ports:\n      - "8080:80" # web\n      - 9000\n';
    const edits: Edit[] = [
      { kind: 'port', service: 'app', index: 0, short: '127.0.0.1:8080:80', hostIp: '127.0.0.1' },
      { kind: 'port', service: 'app', index: 1, short: '127.0.0.1::9000', hostIp: '127.0.0.1' },
    ];
    expect(apply(text, edits)).toBe(
      'services:\n  app:\n    ports:\n      - "127.0.0.1:8080:80" # web\n      - 127.0.0.1::9000\n',
    );
  });

  it('adds host_ip to a long-syntax port after its published port', () => {
    const text =
      'services:\n  app:\n    ports:\n      - target: 80\n        published: 8080\n        protocol: tcp\n';
    const edits: Edit[] = [
      { kind: 'port', service: 'app', index: 0, short: '', hostIp: '127.0.0.1' },
    ];
    expect(apply(text, edits)).toBe(
      'services:\n  app:\n    ports:\n      - target: 80\n        published: 8080\n        host_ip: 127.0.0.1\n        protocol: tcp\n',
    );
  });

  it('adds host_ip to a flow-style long-syntax port on the same line', () => {
    const text = 'services:\n  app:\n    ports:\n      - {target: 80, published: 8080}\n';
    const edits: Edit[] = [
      { kind: 'port', service: 'app', index: 0, short: '', hostIp: '127.0.0.1' },
    ];
    expect(apply(text, edits)).toBe(
      'services:\n  app:\n    ports:\n      - {target: 80, published: 8080, host_ip: 127.0.0.1}\n',
    );
  });

  it('writes into the service, not into the anchor it merges', () => {
    const text =
      'x-base: &base\n  cap_drop: [NET_RAW]\nservices:\n  app:\n    <<: *base\n    image: a\n';
    expect(apply(text, [{ kind: 'set', service: 'app', key: 'cap_drop', value: ['ALL'] }])).toBe(
      'x-base: &base\n  cap_drop: [NET_RAW]\nservices:\n  app:\n    <<: *base\n    image: a\n    cap_drop:\n      - ALL\n',
    );
  });

  it('keeps CRLF line endings', () => {
    const text = 'services:\r\n  app:\r\n    image: a\r\n';
    expect(apply(text, [{ kind: 'set', service: 'app', key: 'read_only', value: true }])).toBe(
      'services:\r\n  app:\r\n    image: a\r\n    read_only: true\r\n',
    );
  });

  it('adds a key to the last service of a file without a final newline', () => {
    const text = 'services:\n  app:\n    image: a';
    expect(apply(text, [{ kind: 'set', service: 'app', key: 'read_only', value: true }])).toBe(
      'services:\n  app:\n    image: a\n    read_only: true',
    );
  });

  it('puts a key first when every key of the service belongs after it', () => {
    const text = 'services:\n  app:\n    cap_add: [CHOWN]\n    environment: {A: 1}\n';
    expect(apply(text, [{ kind: 'set', service: 'app', key: 'user', value: '1000:1000' }])).toBe(
      'services:\n  app:\n    user: "1000:1000"\n    cap_add: [CHOWN]\n    environment: {A: 1}\n',
    );
  });

  it('leaves the text untouched when nothing is chosen', () => {
    const text = 'services:\n  app:   {image: a}  # odd spacing kept\n';
    expect(apply(text, [])).toBe(text);
  });
});
