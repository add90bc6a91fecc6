import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../../src/ui/layout/text.js';

describe('wrapWords', () => {
  it('breaks at spaces and starts no line with one', () => {
    expect(wrapWords('blocks setuid binaries and file capabilities', 20)).toEqual([
      'blocks setuid',
      'binaries and file',
      'capabilities',
    ]);
  });

  it('cuts only a word longer than the line', () => {
    expect(wrapWords('a 0123456789abcdef b', 8)).toEqual(['a', '01234567', '89abcdef', 'b']);
  });

  it('gives no line for empty text', () => {
    expect(wrapWords('  ', 10)).toEqual([]);
  });
});
