/**
 * Docker Compose v2's variable interpolation, so a value can be judged as Compose will see it
 * rather than as it is written. Pure: the caller supplies the variables.
 */

/** A variable's value, or `undefined` when it is unset (which is not the same as empty). */
export type Lookup = (name: string) => string | undefined;

export interface Interpolated {
  /** The text as Compose would see it. */
  value: string;
  /** Every variable named, in order of first appearance. */
  variables: string[];
  /** Variables that were unset with no default, so Compose put in an empty string. */
  missing: string[];
  /** One line per expression Compose would refuse. */
  errors: string[];
  /** Variables a `${NAME:?message}` or `${NAME?message}` requires and does not find. */
  required: string[];
  /** A lone `$` that names nothing: Compose v2 keeps it as written, where v1 refused it. */
  warnings: string[];
}

interface State {
  lookup: Lookup;
  variables: Set<string>;
  missing: Set<string>;
  errors: string[];
  required: Set<string>;
  warnings: string[];
}

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
// Two-character operators first, so `:-` is never read as `:` then `-`.
const OPERATORS = [':-', ':?', ':+', '-', '?', '+'] as const;
type Operator = (typeof OPERATORS)[number];

export function interpolateString(text: string, lookup: Lookup): Interpolated {
  const state: State = {
    lookup,
    variables: new Set(),
    missing: new Set(),
    errors: [],
    required: new Set(),
    warnings: [],
  };
  const value = expand(text, state);
  const { variables, missing, errors, required, warnings } = state;
  return {
    value,
    variables: [...variables],
    missing: [...missing],
    errors,
    required: [...required],
    warnings,
  };
}

function expand(text: string, state: State): string {
  let out = '';
  let at = 0;

  while (at < text.length) {
    const dollar = text.indexOf('$', at);
    if (dollar === -1) return out + text.slice(at);
    out += text.slice(at, dollar);
    const next = text[dollar + 1];

    if (next === '$') {
      out += '$';
      at = dollar + 2;
    } else if (next === '{') {
      const close = closingBrace(text, dollar + 2);
      if (close === -1) {
        state.errors.push(`unclosed variable expression ${JSON.stringify(text.slice(dollar))}`);
        return out + text.slice(dollar);
      }
      const expression = text.slice(dollar, close + 1);
      const value = braced(text.slice(dollar + 2, close), state);
      if (value === undefined) state.errors.push(`invalid variable expression "${expression}"`);
      out += value ?? expression;
      at = close + 1;
    } else {
      const name = NAME.exec(text.slice(dollar + 1))?.[0];
      if (name === undefined) {
        state.warnings.push(`a lone "$" in ${JSON.stringify(text)}: write "$$" for a literal "$"`);
        out += '$';
        at = dollar + 1;
      } else {
        out += plain(name, state);
        at = dollar + 1 + name.length;
      }
    }
  }
  return out;
}

/** Like Compose, only `${` opens a level: a bare `{` in a default is ordinary text. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let at = from; at < text.length; at++) {
    if (text.startsWith('${', at)) {
      depth++;
      at++;
    } else if (text[at] === '}') {
      depth--;
      if (depth === 0) return at;
    }
  }
  return -1;
}

/** The value of `${body}`, or `undefined` when Compose would refuse the expression. */
function braced(body: string, state: State): string | undefined {
  const name = NAME.exec(body)?.[0];
  if (name === undefined) return undefined;
  const rest = body.slice(name.length);
  if (rest === '') return plain(name, state);
  const operator = OPERATORS.find((candidate) => rest.startsWith(candidate));
  if (operator === undefined) return undefined;

  state.variables.add(name);
  // Compose expands the argument even when it goes unused, so an unused default still fails on
  // its own `?` expressions. Its unset variables only count as missing when it is used.
  const inner: State = { ...state, missing: new Set() };
  const argument = expand(rest.slice(operator.length), inner);
  const value = state.lookup(name);
  const outcome = choose(operator, value);
  if (outcome === 'refused') {
    state.errors.push(requiredMessage(name, argument));
    state.required.add(name);
  }
  if (outcome === 'own') return value ?? '';
  if (outcome !== 'argument') return '';
  for (const unset of inner.missing) state.missing.add(unset);
  return argument;
}

/** What `${NAME<operator>argument}` becomes; `refused` is a `?` whose variable is not there. */
function choose(operator: Operator, value: string | undefined) {
  const set = value !== undefined;
  const filled = set && value !== '';
  switch (operator) {
    case ':-':
      return filled ? 'own' : 'argument';
    case '-':
      return set ? 'own' : 'argument';
    case ':+':
      return filled ? 'argument' : 'blank';
    case '+':
      return set ? 'argument' : 'blank';
    case ':?':
      return filled ? 'own' : 'refused';
    case '?':
      return set ? 'own' : 'refused';
  }
}

function plain(name: string, state: State): string {
  state.variables.add(name);
  const value = state.lookup(name);
  if (value === undefined) state.missing.add(name);
  return value ?? '';
}

function requiredMessage(name: string, message: string): string {
  const reason = message.replace(/\s*\n\s*/g, ' ').trim();
  return `required variable ${name} is missing a value${reason === '' ? '' : `: ${reason}`}`;
}
