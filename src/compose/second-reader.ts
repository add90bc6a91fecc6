import { createRequire } from 'node:module';
import type JsYaml from 'js-yaml';

/**
 * A second, independent YAML reader for the write guard. js-yaml builds plain data several
 * times faster than composing a full Document, which is all the guard needs. It only ever
 * vouches for a write: when it cannot read a text, or sees a difference, the guard asks
 * yaml, the reader every analysis uses, to decide.
 */

let reader: { jsYaml: typeof JsYaml; schema: JsYaml.Schema } | undefined;

/**
 * js-yaml with Compose's `!reset` and `!override` on a mapping, a list or a scalar, as yaml
 * reads them. Required on the first write, so that check and verify never load it.
 */
function secondReader(): { jsYaml: typeof JsYaml; schema: JsYaml.Schema } {
  if (reader) return reader;
  const jsYaml = createRequire(import.meta.url)('js-yaml') as typeof JsYaml;
  const types = ['!reset', '!override'].flatMap((tag) =>
    (['mapping', 'sequence', 'scalar'] as const).map(
      (kind) =>
        new jsYaml.Type(tag, {
          kind,
          construct: (value: unknown) => (tag === '!reset' && kind === 'scalar' ? null : value),
        }),
    ),
  );
  reader = { jsYaml, schema: jsYaml.DEFAULT_SCHEMA.extend(types) };
  return reader;
}

/** Both texts as plain data, or undefined when js-yaml cannot read one of them. */
export function readBothQuickly(before: string, after: string): [unknown, unknown] | undefined {
  const { jsYaml, schema } = secondReader();
  try {
    return [jsYaml.load(before, { schema }), jsYaml.load(after, { schema })];
  } catch {
    return undefined;
  }
}
