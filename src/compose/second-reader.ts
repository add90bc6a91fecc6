import jsYaml from 'js-yaml';

/**
 * A second, independent YAML reader for the write guard. js-yaml builds plain data several
 * times faster than composing a full Document, which is all the guard needs. It only ever
 * vouches for a write: when it cannot read a text, or sees a difference, the guard asks
 * yaml, the reader every analysis uses, to decide.
 */

/** Compose's `!reset` and `!override`, on a mapping, a list or a scalar, as yaml reads them. */
const COMPOSE_TYPES = ['!reset', '!override'].flatMap((tag) =>
  (['mapping', 'sequence', 'scalar'] as const).map(
    (kind) =>
      new jsYaml.Type(tag, {
        kind,
        construct: (value: unknown) => (tag === '!reset' && kind === 'scalar' ? null : value),
      }),
  ),
);

const SCHEMA = jsYaml.DEFAULT_SCHEMA.extend(COMPOSE_TYPES);

/** Both texts as plain data, or undefined when js-yaml cannot read one of them. */
export function readBothQuickly(before: string, after: string): [unknown, unknown] | undefined {
  try {
    return [jsYaml.load(before, { schema: SCHEMA }), jsYaml.load(after, { schema: SCHEMA })];
  } catch {
    return undefined;
  }
}
