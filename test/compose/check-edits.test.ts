import { describe, expect, it } from 'vitest';
import { assertOnlyEdited } from '../../src/compose/check-edits.js';
import { parseCompose } from '../../src/compose/document.js';

const BEFORE = 'x-a: 1\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n';
const data = parseCompose(BEFORE, 'compose.yaml').data;
const edit = { kind: 'set', service: 'web', key: 'read_only', value: true } as const;

describe('assertOnlyEdited', () => {
  it('accepts a text where only the edited key changed', () => {
    const after =
      'x-a: 1\nservices:\n  web:\n    image: nginx\n    read_only: true\n    ports: ["80:80"]\n';
    expect(() => assertOnlyEdited(data, after, 'compose.yaml', [edit])).not.toThrow();
  });

  it('refuses a text where a key no edit aimed at changed, naming it', () => {
    const after = 'x-a: 2\nservices:\n  web:\n    image: nginx\n    read_only: true\n    ports:\n';
    expect(() => assertOnlyEdited(data, after, 'compose.yaml', [edit])).toThrow(
      'an edit changed x-a, services.web.ports unasked; nothing was written',
    );
  });
});
