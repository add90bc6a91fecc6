import { describe, expect, it } from 'vitest';
import { parseEnvFile } from '../../src/compose/env-file.js';

function valuesOf(text: string): Record<string, string> {
  return Object.fromEntries(parseEnvFile(text).values);
}

describe('parseEnvFile', () => {
  it('reads KEY=VALUE lines in order, a later line replacing an earlier one', () => {
    const result = parseEnvFile('TAG=1.2\nPORT=8080\nTAG=1.3\n');
    expect([...result.values]).toEqual([
      ['TAG', '1.3'],
      ['PORT', '8080'],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads the last line without a trailing line break', () => {
    expect(valuesOf('A=1\nB=2')).toEqual({ A: '1', B: '2' });
  });

  it('drops an export prefix', () => {
    expect(valuesOf('export DB=postgres\nexport\tUSER=app\nexported=yes\n')).toEqual({
      DB: 'postgres',
      USER: 'app',
      exported: 'yes',
    });
  });

  it('ignores blank lines and # comments, even indented ones', () => {
    const result = parseEnvFile('\n# the database\n   # indented\n\t\nDB=pg\n');
    expect([...result.values]).toEqual([['DB', 'pg']]);
    expect(result.problems).toEqual([]);
  });

  it('strips an inline comment after a space but keeps a # inside an unquoted value', () => {
    expect(valuesOf('COLOR=#fff\nPASS=a#b # rotate monthly\n')).toEqual({
      COLOR: '#fff',
      PASS: 'a#b',
    });
  });

  it('keeps a value that starts with #, as Compose only strips " #"', () => {
    expect(valuesOf('NOTE= # not a comment\n')).toEqual({ NOTE: '# not a comment' });
  });

  it('trims spaces around the key and an unquoted value', () => {
    expect(valuesOf('  NAME  =   shop  app   \n')).toEqual({ NAME: 'shop  app' });
  });

  it('reads an empty value as the empty string', () => {
    expect(valuesOf('EMPTY=\nALSO=""\n')).toEqual({ EMPTY: '', ALSO: '' });
  });

  it('keeps a single-quoted value literally, escapes, $ and # included', () => {
    expect(valuesOf("A=1\nRAW='${A} \\n $$ # kept' # comment\n")).toEqual({
      A: '1',
      RAW: '${A} \\n $$ # kept',
    });
  });

  it('keeps a backslash-quote inside single quotes, which does not close them', () => {
    expect(valuesOf("SAY='it\\'s'\n")).toEqual({ SAY: "it\\'s" });
  });

  it('expands \\n, \\t, \\\\ and \\" inside double quotes', () => {
    expect(valuesOf('MSG="a\\nb\\tc \\"q\\" back\\\\slash # not a comment"\n')).toEqual({
      MSG: 'a\nb\tc "q" back\\slash # not a comment',
    });
  });

  it('reads \\$ inside double quotes as a literal dollar', () => {
    expect(valuesOf('A=1\nPRICE="\\$A"\n')).toEqual({ A: '1', PRICE: '$A' });
  });

  it('reads a double-quoted value across lines and counts lines after it', () => {
    const result = parseEnvFile('KEY="-----BEGIN\nabc\n-----END"\nAFTER=1\noops\n');
    expect(Object.fromEntries(result.values)).toEqual({
      KEY: '-----BEGIN\nabc\n-----END',
      AFTER: '1',
    });
    expect(result.problems.map((problem) => problem.line)).toEqual([5]);
  });

  it('interpolates unquoted and double-quoted values with earlier entries only', () => {
    const text = 'HOST=db\nURL=pg://${HOST}:${PORT:-5432}\nQ="$HOST/x"\nS=\'$HOST\'\nPORT=1\n';
    expect(valuesOf(text)).toEqual({
      HOST: 'db',
      URL: 'pg://db:5432',
      Q: 'db/x',
      S: '$HOST',
      PORT: '1',
    });
  });

  it('reads a variable from the env files before it first, then from its own earlier lines', () => {
    const before = new Map([['REGION', 'eu']]);
    const result = parseEnvFile('REGION=us\nQUEUE=${REGION}-jobs\nTIER=${TIER:-1}\n', (name) =>
      before.get(name),
    );
    expect(Object.fromEntries(result.values)).toEqual({
      REGION: 'us',
      QUEUE: 'eu-jobs',
      TIER: '1',
    });
    expect(result.problems).toEqual([]);
  });

  it('reports an interpolation error on the line of its value', () => {
    expect(parseEnvFile('A=1\nB=${SECRET:?set SECRET}\n').problems).toEqual([
      { line: 2, message: 'required variable SECRET is missing a value: set SECRET' },
    ]);
  });

  it('accepts the YAML-like KEY: value form, as Compose does', () => {
    expect(valuesOf('NAME: shop\nURL: http://x:1\n')).toEqual({ NAME: 'shop', URL: 'http://x:1' });
  });

  it('reports a line without "=" with its line number and keeps going', () => {
    const result = parseEnvFile('A=1\nthis is not a setting\nB=2\n');
    expect(result.problems).toEqual([
      { line: 2, message: 'no "=" in "this is not a setting": Compose refuses this line' },
    ]);
    expect(Object.fromEntries(result.values)).toEqual({ A: '1', B: '2' });
  });

  it('reports a bare name, which Compose takes from the shell environment', () => {
    expect(parseEnvFile('\nDB_PASS\n').problems).toEqual([
      {
        line: 2,
        message:
          'DB_PASS has no "=": Compose takes its value from the shell environment, if set there',
      },
    ]);
  });

  it('reports a name with a space or a stray character', () => {
    expect(parseEnvFile('MY KEY=1\nA!=2\n=3\n').problems).toEqual([
      { line: 1, message: 'the variable name "MY KEY" contains a space' },
      { line: 2, message: 'unexpected character in the variable name "A!"' },
      { line: 3, message: 'no variable name before the "="' },
    ]);
  });

  it('reports an unterminated quote and reads on from the next line', () => {
    const result = parseEnvFile('A="open\nB=2\n');
    expect(result.problems).toEqual([{ line: 1, message: 'unterminated quoted value for A' }]);
    expect(Object.fromEntries(result.values)).toEqual({ B: '2' });
  });

  it('treats a quote after a backslash as escaped even after \\\\, as Compose does', () => {
    expect(parseEnvFile('DIR="C:\\\\"\n').problems).toEqual([
      { line: 1, message: 'unterminated quoted value for DIR' },
    ]);
  });

  it('keeps a quoted value but reports text after its closing quote', () => {
    const result = parseEnvFile('A="x" y\n');
    expect(Object.fromEntries(result.values)).toEqual({ A: 'x' });
    expect(result.problems).toEqual([
      { line: 1, message: 'unexpected text after the quoted value' },
    ]);
  });

  it('reads CRLF line endings and skips a byte-order mark', () => {
    expect(valuesOf('\uFEFFA=1\r\nB="two"\r\nC=\'3\' \r\n')).toEqual({ A: '1', B: 'two', C: '3' });
  });
});
