import { describe, expect, it } from 'vitest';
import { interpolateString } from '../../src/compose/interpolate.js';

function from(variables: Record<string, string>) {
  return (name: string) => variables[name];
}

const none = from({});

describe('interpolateString', () => {
  it('substitutes $VAR and ${VAR}, a bare name ending at the first non-name character', () => {
    expect(
      interpolateString('$REG/app:${TAG}-slim $A.b', from({ REG: 'r', TAG: '1', A: 'x' })),
    ).toEqual({
      value: 'r/app:1-slim x.b',
      variables: ['REG', 'TAG', 'A'],
      missing: [],
      errors: [],
      required: [],
      warnings: [],
    });
  });

  it('puts an empty string for an unset variable with no default and lists it as missing', () => {
    expect(interpolateString('user-${WHO}', none)).toEqual({
      value: 'user-',
      variables: ['WHO'],
      missing: ['WHO'],
      errors: [],
      required: [],
      warnings: [],
    });
  });

  it('treats a variable set to the empty string as set, not missing', () => {
    expect(interpolateString('[$EMPTY]', from({ EMPTY: '' })).missing).toEqual([]);
  });

  it('uses the :- default when the variable is unset or empty', () => {
    expect(interpolateString('${PORT:-80}', none).value).toBe('80');
    expect(interpolateString('${PORT:-80}', from({ PORT: '' })).value).toBe('80');
    expect(interpolateString('${PORT:-80}', from({ PORT: '8080' })).value).toBe('8080');
  });

  it('uses the - default only when the variable is unset, keeping an empty value', () => {
    expect(interpolateString('[${PORT-80}]', none).value).toBe('[80]');
    expect(interpolateString('[${PORT-80}]', from({ PORT: '' })).value).toBe('[]');
  });

  it('does not count a variable with a default as missing', () => {
    expect(interpolateString('${PORT:-80}${HOST-}', none).missing).toEqual([]);
  });

  it('refuses :? when the variable is unset or empty, with Compose-style wording', () => {
    const expected = ['required variable DB_PASS is missing a value: set it in .env'];
    expect(interpolateString('${DB_PASS:?set it in .env}', none)).toEqual({
      value: '',
      variables: ['DB_PASS'],
      missing: [],
      errors: expected,
      required: ['DB_PASS'],
      warnings: [],
    });
    expect(interpolateString('${DB_PASS:?set it in .env}', from({ DB_PASS: '' })).errors).toEqual(
      expected,
    );
  });

  it('refuses ? only when the variable is unset', () => {
    expect(interpolateString('[${TOKEN?needed}]', from({ TOKEN: '' }))).toMatchObject({
      value: '[]',
      errors: [],
      required: [],
      warnings: [],
    });
    expect(interpolateString('[${TOKEN?needed}]', none).errors).toEqual([
      'required variable TOKEN is missing a value: needed',
    ]);
  });

  it('leaves out the colon when a required variable has no message', () => {
    expect(interpolateString('${TOKEN:?}', none).errors).toEqual([
      'required variable TOKEN is missing a value',
    ]);
  });

  it('interpolates the message of a required variable', () => {
    expect(interpolateString('${A:?ask ${WHO}}', from({ WHO: 'ops' })).errors).toEqual([
      'required variable A is missing a value: ask ops',
    ]);
  });

  it('uses the :+ alternative only when the variable is set and not empty', () => {
    expect(interpolateString('[${DEBUG:+--verbose}]', from({ DEBUG: '1' })).value).toBe(
      '[--verbose]',
    );
    expect(interpolateString('[${DEBUG:+--verbose}]', from({ DEBUG: '' })).value).toBe('[]');
    expect(interpolateString('[${DEBUG:+--verbose}]', none)).toMatchObject({
      value: '[]',
      missing: [],
    });
  });

  it('uses the + alternative whenever the variable is set, even to the empty string', () => {
    expect(interpolateString('[${DEBUG+--verbose}]', from({ DEBUG: '' })).value).toBe(
      '[--verbose]',
    );
    expect(interpolateString('[${DEBUG+--verbose}]', none).value).toBe('[]');
  });

  it('turns $$ into a literal $ without reading a variable', () => {
    expect(interpolateString('echo $$HOME $${B} 5$$', none)).toEqual({
      value: 'echo $HOME ${B} 5$',
      variables: [],
      missing: [],
      errors: [],
      required: [],
      warnings: [],
    });
  });

  it('interpolates nested expressions in a default', () => {
    expect(interpolateString('${A:-${B:-x}}/y', none)).toEqual({
      value: 'x/y',
      variables: ['A', 'B'],
      missing: [],
      errors: [],
      required: [],
      warnings: [],
    });
    expect(interpolateString('${A:-${B:-x}}/y', from({ B: 'b' })).value).toBe('b/y');
    expect(interpolateString('${A:-${B:-x}}/y', from({ A: 'a' })).value).toBe('a/y');
  });

  it('lists a variable of a used default as missing, but not one of an unused default', () => {
    expect(interpolateString('${A:-${B}}', none).missing).toEqual(['B']);
    expect(interpolateString('${A:-${B}}', from({ A: 'a' }))).toEqual({
      value: 'a',
      variables: ['A', 'B'],
      missing: [],
      errors: [],
      required: [],
      warnings: [],
    });
  });

  it('still refuses a required variable inside an unused default, as Compose does', () => {
    expect(interpolateString('${A:-${B:?no B}}', from({ A: 'a' })).errors).toEqual([
      'required variable B is missing a value: no B',
    ]);
  });

  it('reads a bare { in a default as text, not as a nesting level', () => {
    expect(interpolateString('${A:-{x}}', none).value).toBe('{x}');
  });

  it('lists each variable once, in order of first appearance', () => {
    expect(interpolateString('${B} $A ${B:-x} $A', from({ A: '1', B: '2' })).variables).toEqual([
      'B',
      'A',
    ]);
  });

  it('keeps an invalid name as written and reports the expression', () => {
    expect(interpolateString('x${1BAD}y', none)).toEqual({
      value: 'x${1BAD}y',
      variables: [],
      missing: [],
      errors: ['invalid variable expression "${1BAD}"'],
      required: [],
      warnings: [],
    });
  });

  it('keeps an unknown operator as written and reports the expression', () => {
    expect(interpolateString('${A:x} ${B}', from({ A: 'a', B: 'b' }))).toMatchObject({
      value: '${A:x} b',
      errors: ['invalid variable expression "${A:x}"'],
    });
  });

  it('keeps an unclosed ${ and the rest of the text as written', () => {
    expect(interpolateString('$A ${B:-x', from({ A: 'a' }))).toEqual({
      value: 'a ${B:-x',
      variables: ['A'],
      missing: [],
      errors: ['unclosed variable expression "${B:-x"'],
      required: [],
      warnings: [],
    });
  });

  it('keeps a lone $ that names nothing, as Compose v2 does, with a warning', () => {
    expect(interpolateString('costs 5$ or $1', none)).toEqual({
      value: 'costs 5$ or $1',
      variables: [],
      missing: [],
      errors: [],
      required: [],
      warnings: [
        'a lone "$" in "costs 5$ or $1": write "$$" for a literal "$"',
        'a lone "$" in "costs 5$ or $1": write "$$" for a literal "$"',
      ],
    });
  });

  it('names each variable a ? expression requires and does not find, once', () => {
    const text = '${A:?set A} ${B?} ${A:?again} ${C:?set C}';
    expect(interpolateString(text, from({ C: 'c' })).required).toEqual(['A', 'B']);
  });
});
