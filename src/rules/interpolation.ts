import { interpolateString } from '../compose/interpolate.js';

/**
 * Compose interpolation, read the way a reviewer reads it: `${VAR:-default}` and
 * `${VAR-default}` stand for their default, `$$` for a literal `$`; anything else (`${VAR}`,
 * `$VAR`, `${VAR:?error}`) is unknown until run time. Every variable is taken as unset.
 */
function unset(text: string) {
  return interpolateString(text, () => undefined);
}

/** The text with every variable at its default; undefined when one has no default. */
export function withDefaults(text: string): string | undefined {
  const read = unset(text);
  // `${VAR:+alt}` is alt or nothing, depending on VAR: no default to read.
  const depends = /\$\{\w+:?\+/.test(text);
  const unsure = read.missing.length + read.errors.length + read.warnings.length > 0;
  return unsure || depends ? undefined : read.value;
}

/** The parts of a value written in the file: literal text and defaults, variables removed. */
export function writtenText(text: string): string {
  return unset(text).value;
}
