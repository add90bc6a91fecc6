import { interpolateString, type Lookup } from './interpolate.js';

/**
 * A project `.env` file read by Docker Compose v2's rules (compose-go's dotenv parser), so the
 * values used for interpolation are the ones Compose would use. Pure: the caller reads the file.
 */

export interface EnvFileProblem {
  /** 1-based, where the statement starts. */
  line: number;
  message: string;
}

export interface EnvFile {
  values: Map<string, string>;
  problems: EnvFileProblem[];
}

interface Statement {
  key?: string;
  /** The text between the quotes, or the rest of the line when unquoted. */
  raw?: string;
  quote?: '"' | "'" | undefined;
  problem?: string;
  /** Offset of the line break (or end of text) that ends the statement. */
  end: number;
}

// Compose accepts the YAML-like `KEY: value` as well as `KEY=value`.
const KEY = /^([^=:]*)[=:]/;
const KEY_CHARACTERS = /^[\p{L}\p{N}_.[\]-]+$/u;
const ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '"': '"',
  '\\': '\\',
  // `$$` is interpolation's own escape, so `\$` stays a literal dollar.
  $: '$$',
};

/**
 * `outer` gives what a `${NAME}` in the file reads before the file's own earlier lines: as in
 * Compose, the values of the env files read before this one.
 */
export function parseEnvFile(text: string, outer: Lookup = () => undefined): EnvFile {
  const values = new Map<string, string>();
  const problems: EnvFileProblem[] = [];
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let offset = 0;
  let line = 1;

  while (offset < source.length) {
    const lineEnd = endOfLine(source, offset);
    const content = source.slice(offset, lineEnd).trim();
    let end = lineEnd;

    if (content !== '' && !content.startsWith('#')) {
      const statement = readStatement(source, offset, lineEnd);
      end = statement.end;
      if (statement.problem !== undefined) problems.push({ line, message: statement.problem });
      if (statement.key !== undefined && statement.raw !== undefined) {
        const lookup = (name: string) => outer(name) ?? values.get(name);
        const value = evaluate(statement.raw, statement.quote, lookup);
        values.set(statement.key, value.text);
        for (const error of value.errors) problems.push({ line, message: error });
      }
    }

    line += countLineBreaks(source, offset, end) + 1;
    offset = end + 1;
  }
  return { values, problems };
}

function readStatement(source: string, from: number, lineEnd: number): Statement {
  // Both removals take a prefix, so `head` still ends at `lineEnd`.
  const head = source
    .slice(from, lineEnd)
    .trimStart()
    .replace(/^export\s+/, '');
  const match = KEY.exec(head);
  if (match === null) return { problem: withoutSeparator(head.trim()), end: lineEnd };
  const key = (match[1] ?? '').trimEnd();
  const keyProblem = checkKey(key);
  if (keyProblem !== undefined) return { problem: keyProblem, end: lineEnd };

  const value = head.slice(match[0].length).replace(/^[ \t\v\f\r\u0085\u00a0]+/, '');
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return { key, raw: value, end: lineEnd };

  const open = lineEnd - value.length;
  const close = closingQuote(source, open + 1, quote);
  if (close === -1) return { problem: `unterminated quoted value for ${key}`, end: lineEnd };
  const end = endOfLine(source, close + 1);
  const after = source.slice(close + 1, end).trim();
  const problem =
    after === '' || after.startsWith('#') ? undefined : `unexpected text after the quoted value`;
  return { key, raw: source.slice(open + 1, close), quote, problem, end };
}

function evaluate(raw: string, quote: Statement['quote'], lookup: Lookup) {
  if (quote === "'") return { text: raw, errors: [] };
  const written =
    quote === '"'
      ? raw.replace(/\\([abfnrtv"\\$])/g, (sequence, c: string) => ESCAPES[c] ?? sequence)
      : (raw.split(' #')[0] ?? '').trimEnd();
  const result = interpolateString(written, lookup);
  return { text: result.value, errors: [...result.errors, ...result.warnings] };
}

/** Compose takes a bare `KEY` from the shell environment, which this file cannot show. */
function withoutSeparator(content: string): string {
  return KEY_CHARACTERS.test(content)
    ? `${content} has no "=": Compose takes its value from the shell environment, if set there`
    : `no "=" in "${content}": Compose refuses this line`;
}

function checkKey(key: string): string | undefined {
  if (key === '') return 'no variable name before the "="';
  if (/\s/.test(key)) return `the variable name "${key}" contains a space`;
  if (!KEY_CHARACTERS.test(key)) return `unexpected character in the variable name "${key}"`;
  return undefined;
}

/** As in Compose, a quote right after a backslash never closes, even after `\\`. */
function closingQuote(source: string, from: number, quote: string): number {
  for (let at = from; at < source.length; at++) {
    if (source[at] === quote && source[at - 1] !== '\\') return at;
  }
  return -1;
}

function endOfLine(source: string, from: number): number {
  const at = source.indexOf('\n', from);
  return at === -1 ? source.length : at;
}

function countLineBreaks(source: string, from: number, to: number): number {
  return source.slice(from, to).split('\n').length - 1;
}
