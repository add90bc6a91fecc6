import { describe, expect, it } from 'vitest';
import { assertOnlyEdited } from '../../src/compose/check-edits.js';
import { parseCompose } from '../../src/compose/document.js';
import { readBothQuickly } from '../../src/compose/second-reader.js';

const BEFORE = 'x-a: 1\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n';
const before = parseCompose(BEFORE, 'compose.yaml');
const edit = { kind: 'set', service: 'web', key: 'read_only', value: true } as const;

describe('assertOnlyEdited', () => {
  it('accepts a text where only the edited key changed', () => {
    const after =
      'x-a: 1\nservices:\n  web:\n    image: nginx\n    read_only: true\n    ports: ["80:80"]\n';
    expect(() => assertOnlyEdited(before, after, 'compose.yaml', [edit])).not.toThrow();
  });

  it('refuses a text where a key no edit aimed at changed, naming it', () => {
    const after = 'x-a: 2\nservices:\n  web:\n    image: nginx\n    read_only: true\n    ports:\n';
    expect(() => assertOnlyEdited(before, after, 'compose.yaml', [edit])).toThrow(
      'an edit changed x-a, services.web.ports unasked; nothing was written',
    );
  });
});

describe('assertOnlyEdited on a file the quick reader cannot read', () => {
  // js-yaml refuses a tag it does not know; yaml keeps the value and warns.
  const TAGGED = 'services:\n  web:\n    image: nginx\n    labels: !custom { a: b }\n';
  const tagged = parseCompose(TAGGED, 'compose.yaml');

  it('lets yaml accept a text where only the edited key changed', () => {
    const after = `${TAGGED}    read_only: true\n`;
    expect(() => assertOnlyEdited(tagged, after, 'compose.yaml', [edit])).not.toThrow();
  });

  it('lets yaml refuse a text where another key changed', () => {
    const after = TAGGED.replace('a: b', 'a: c');
    expect(() => assertOnlyEdited(tagged, after, 'compose.yaml', [edit])).toThrow(
      'an edit changed services.web.labels unasked; nothing was written',
    );
  });
});

describe('the quick reader', () => {
  it('reads Compose tags as yaml does: !reset clears a value, !override keeps it', () => {
    const text = 'services:\n  web:\n    user: !reset ""\n    ports: !override ["80:80"]\n';
    const [quick] = readBothQuickly(text, text) ?? [];
    expect(quick).toEqual(parseCompose(text, 'compose.yaml').data);
    expect(quick).toEqual({ services: { web: { user: null, ports: ['80:80'] } } });
  });
});
