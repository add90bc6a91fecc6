import { describe, expect, it } from 'vitest';
import { stackLabel } from '../../src/ui/layout/stack-label.js';

describe('the stack named in headers', () => {
  it('is the file alone, both files when short, else a count', () => {
    expect(stackLabel({ file: 'compose.yaml', files: ['compose.yaml'] })).toBe('compose.yaml');
    expect(stackLabel({ file: 'compose.yaml', files: ['compose.yaml', 'prod.yml'] })).toBe(
      'compose.yaml + prod.yml',
    );
    expect(stackLabel({ file: 'a.yml', files: ['a.yml', 'b.yml', 'c.yml'] })).toBe(
      'a.yml +2 files',
    );
  });
});
