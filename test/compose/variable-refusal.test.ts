import { describe, expect, it } from 'vitest';
import { type Refusal, refusalError } from '../../src/compose/variable-refusal.js';

const required = (line: number, name: string): Refusal => ({
  file: 'compose.yaml',
  line,
  message: `required variable ${name} is missing a value`,
  required: [name],
});

describe('refusalError', () => {
  it('says the first in full and where the next three are, then how many more', () => {
    const refusals = [1, 2, 3, 4, 5, 6].map((line) => required(line, `V${line}`));
    expect(refusalError(refusals, 'prod.env').oneLine()).toBe(
      'compose.yaml:1: required variable V1 is missing a value (Compose refuses the file without ' +
        'it: set V1 in the environment or in prod.env; it also stops at compose.yaml:2 (V2), ' +
        'compose.yaml:3 (V3), compose.yaml:4 (V4) and 2 more)',
    );
  });

  it('names a place once when services that extend one base each read it', () => {
    const error = refusalError([required(4, 'A'), required(4, 'A')]);
    expect(error.oneLine()).not.toContain('also');
    expect(error.exitCode).toBe(2);
  });

  it('tells how to write a literal $ for an expression Compose cannot read', () => {
    const invalid = { ...required(7, 'X'), message: 'invalid variable expression "${1X}"' };
    expect(refusalError([{ ...invalid, required: [] }]).hint).toBe(
      'Compose refuses the file with it; write $$ for a literal $',
    );
  });
});
