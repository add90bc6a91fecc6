import { describe, expect, it } from 'vitest';
import { parseCompose } from '../../src/compose/document.js';
import { serviceKeyComments } from '../../src/compose/service-comments.js';

const comments = (text: string) =>
  Object.fromEntries(
    serviceKeyComments(parseCompose(text, 'compose.yaml')).map((s) => [s.service, s.comments]),
  );

describe('serviceKeyComments', () => {
  it('reads the comment above the first service, which yaml hangs on the services map', () => {
    const text = 'services:\n  # above web\n  web:\n    image: nginx\n';
    expect(comments(text)).toEqual({ web: [{ line: 2, text: 'above web' }] });
  });

  it('reads a block of comment lines above a key and the comment ending the key line', () => {
    const text = [
      'services:',
      '  web:',
      '    image: nginx',
      '  # one',
      '  # two',
      '  db: # three',
      '    # inside the service, not on its key',
      '    image: postgres',
      '',
    ].join('\n');
    expect(comments(text)).toEqual({
      web: [],
      db: [
        { line: 4, text: 'one' },
        { line: 5, text: 'two' },
        { line: 6, text: 'three' },
      ],
    });
  });

  it('stops at a blank line and ignores comments indented as part of the previous service', () => {
    const text = [
      'services:',
      '  web:',
      '    image: nginx',
      '    # belongs to web',
      '  db:',
      '    image: postgres',
      '  # a heading',
      '',
      '  cache:',
      '    image: redis',
      '',
    ].join('\n');
    expect(comments(text)).toEqual({ web: [], db: [], cache: [] });
  });

  it('reads the comment after a flow mapping or an alias on the key line', () => {
    const text = [
      'x-base: &base {image: busybox}',
      'services:',
      '  flow: {image: nginx} # after flow',
      '  copy: *base # after alias',
      '',
    ].join('\n');
    expect(comments(text)).toEqual({
      flow: [{ line: 3, text: 'after flow' }],
      copy: [{ line: 4, text: 'after alias' }],
    });
  });

  it('does not take the comment ending the line above as one about the key', () => {
    const text = 'services:\n  web:\n    image: nginx # pinned later\n  db:\n    image: postgres\n';
    expect(comments(text)).toEqual({ web: [], db: [] });
  });
});
