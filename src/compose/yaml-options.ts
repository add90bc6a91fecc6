import {
  type DocumentOptions,
  LineCounter,
  type ParseOptions,
  parseDocument,
  type SchemaOptions,
} from 'yaml';
import { UserError } from '../errors.js';

/**
 * Aliases a file may expand before we call it an alias bomb. Real stacks use a few hundred;
 * a billion-laughs file needs far more to hurt.
 */
export const MAX_ALIAS_COUNT = 10_000;

/** Options every parse in compose-harden uses, so positions and limits agree everywhere. */
export function parseOptions(
  lineCounter: LineCounter,
): ParseOptions & DocumentOptions & SchemaOptions {
  return {
    lineCounter,
    keepSourceTokens: true,
    merge: true,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    customTags: COMPOSE_TAGS,
  };
}

/**
 * Compose's own tags: `!reset` drops what earlier files set for a key, `!override` replaces it
 * rather than merging. Known here, they parse without warnings; the stack applies them.
 */
const COMPOSE_TAGS = ['!reset', '!override'].flatMap((tag) => [
  { tag, collection: 'seq' as const, resolve: (value: unknown) => value },
  { tag, collection: 'map' as const, resolve: (value: unknown) => value },
  { tag, resolve: (value: string) => (tag === '!reset' ? null : value) },
]);

/** Stringify options for new nodes: never re-fold long strings. */
export const STRINGIFY_OPTIONS = { lineWidth: 0, minContentWidth: 0, singleQuote: false } as const;

/**
 * Parses a small YAML data file (a preset, a config file) into plain data. Every parse error
 * is reported, the first one with its line; alias bombs are refused.
 */
export function parseDataFile(text: string, file: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, parseOptions(lineCounter));
  const problem = doc.errors[0];
  if (problem) {
    const line = lineCounter.linePos(problem.pos[0]).line;
    const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more)` : '';
    throw new UserError(`${firstLine(problem.message)}${more}`, {
      file,
      line,
      hint: 'fix the YAML syntax',
    });
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new UserError(`cannot expand the aliases: ${firstLine(String(error))}`, {
      file,
      hint: 'the file expands too many aliases; write the values out',
    });
  }
}

export function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
