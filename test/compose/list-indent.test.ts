import { describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '../../src/compose/apply.js';
import { parseCompose } from '../../src/compose/document.js';

const apply = (text: string, edits: Edit[]) =>
  applyEdits(parseCompose(text, 'compose.yaml'), edits);
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const list = (remove: string[], add: string[]): Edit => ({
  kind: 'list',
  service: 'app',
  key: 'security_opt',
  remove,
  add,
});
const swap = (old: string) => list([old], ['no-new-privileges:true']);
const app = (...lines: string[]) => yaml('services:', '  app:', '    image: nginx', ...lines);

describe('the indentation of an item a list edit adds', () => {
  it.each(['seccomp:unconfined', 'no-new-privileges:false'])(
    'indents the new item like the list when its only item %s is replaced',
    (old) => {
      const text = app('    security_opt:', `      - ${old}`);
      expect(apply(text, [swap(old)])).toBe(
        app('    security_opt:', '      - no-new-privileges:true'),
      );
    },
  );

  it('indents the new item like an unindented list when its only item is replaced', () => {
    const text = app('    security_opt:', '    - seccomp:unconfined', '    ports: [80]');
    expect(apply(text, [swap('seccomp:unconfined')])).toBe(
      app('    security_opt:', '    - no-new-privileges:true', '    ports: [80]'),
    );
  });

  it('indents the new item like its siblings when the first item is removed', () => {
    const text = app('    security_opt:', '      - seccomp:unconfined', '      - label:disable');
    expect(apply(text, [swap('seccomp:unconfined')])).toBe(
      app('    security_opt:', '      - label:disable', '      - no-new-privileges:true'),
    );
  });

  it('indents the new item below the comment left by the item it replaces', () => {
    const text = app('    security_opt:', '      - seccomp:unconfined # strace');
    expect(apply(text, [swap('seccomp:unconfined')])).toBe(
      app('    security_opt:', '      # strace', '      - no-new-privileges:true'),
    );
  });

  it('follows four-space indentation when the only item is replaced', () => {
    const text = yaml(
      'services:',
      '    app:',
      '        image: nginx',
      '        security_opt:',
      '            - seccomp:unconfined',
    );
    expect(apply(text, [swap('seccomp:unconfined')])).toBe(
      yaml(
        'services:',
        '    app:',
        '        image: nginx',
        '        security_opt:',
        '            - no-new-privileges:true',
      ),
    );
  });

  it('ends the file without a newline when the list that ends it is refilled', () => {
    const text = 'services:\n  app:\n    security_opt:\n      - seccomp:unconfined';
    expect(apply(text, [swap('seccomp:unconfined')])).toBe(
      'services:\n  app:\n    security_opt:\n      - no-new-privileges:true',
    );
  });

  it('ends the file without a newline when the last item of the list that ends it goes', () => {
    const text =
      'services:\n  app:\n    security_opt:\n      - label:disable\n      - seccomp:unconfined';
    const edit = list(['seccomp:unconfined'], []);
    expect(apply(text, [edit])).toBe('services:\n  app:\n    security_opt:\n      - label:disable');
  });

  it('writes a flow list with one item replaced in flow style', () => {
    const text = app('    security_opt: [seccomp:unconfined]');
    expect(apply(text, [swap('seccomp:unconfined')])).toBe(
      app('    security_opt: [no-new-privileges:true]'),
    );
  });

  it('writes a flow list whose first item goes without a leading comma', () => {
    const text = app('    security_opt: [seccomp:unconfined, label:disable]');
    expect(apply(text, [swap('seccomp:unconfined')])).toBe(
      app('    security_opt: [label:disable, no-new-privileges:true]'),
    );
  });

  it('refills a list that a set edit emptied, in the style the file uses', () => {
    const text = app('    security_opt:', '      - seccomp:unconfined');
    const empty: Edit = { kind: 'set', service: 'app', key: 'security_opt', value: [] };
    const add = list([], ['no-new-privileges:true']);
    expect(apply(text, [empty, add])).toBe(app('    security_opt: [no-new-privileges:true]'));
  });

  it('indents a list written in place of a single string like the lists of the file', () => {
    const text = app('    security_opt: seccomp:unconfined', '    cap_drop:', '    - ALL');
    expect(apply(text, [swap('seccomp:unconfined')])).toBe(
      app('    security_opt:', '    - no-new-privileges:true', '    cap_drop:', '    - ALL'),
    );
  });
});
