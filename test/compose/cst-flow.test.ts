import { describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '../../src/compose/apply.js';
import { parseCompose } from '../../src/compose/document.js';

const edited = (text: string, ...edits: Edit[]) => applyEdits(parseCompose(text, 'c.yaml'), edits);

describe('a service written as a flow mapping', () => {
  it('gets new settings at the end of its braces, lists in flow style', () => {
    const text = 'services:\n  web: {image: acme/web:1}\n';
    expect(
      edited(
        text,
        {
          kind: 'list',
          service: 'web',
          key: 'security_opt',
          remove: [],
          add: ['no-new-privileges:true'],
        },
        { kind: 'set', service: 'web', key: 'read_only', value: true },
        { kind: 'set', service: 'web', key: 'user', value: '999:999' },
      ),
    ).toBe(
      'services:\n  web: {image: acme/web:1, security_opt: ["no-new-privileges:true"], read_only: true, user: "999:999"}\n',
    );
  });

  it('keeps the space before the closing brace of a padded mapping', () => {
    const text = 'services:\n  db: { image: postgres:16 }\n';
    expect(edited(text, { kind: 'set', service: 'db', key: 'read_only', value: true })).toBe(
      'services:\n  db: { image: postgres:16, read_only: true }\n',
    );
  });

  it('changes a scalar in place, keeping its quotes, and a list as a whole', () => {
    const text = "services:\n  web: {image: x, user: 'root', cap_drop: [NET_RAW]} # edge\n";
    expect(
      edited(
        text,
        { kind: 'set', service: 'web', key: 'user', value: '101:101' },
        { kind: 'list', service: 'web', key: 'cap_drop', remove: ['NET_RAW'], add: ['ALL'] },
      ),
    ).toBe("services:\n  web: {image: x, user: '101:101', cap_drop: [ALL]} # edge\n");
  });

  it('removes a setting with its comma', () => {
    const text = 'services:\n  web: {image: x, network_mode: host, read_only: true}\n';
    expect(edited(text, { kind: 'delete', service: 'web', key: 'network_mode' })).toBe(
      'services:\n  web: {image: x, read_only: true}\n',
    );
  });
});
