import { ansi, type Paint, plain } from '../report/paint.js';
import type { Io } from './io.js';

/**
 * Colour only for a person at a terminal: never with --no-color, never when NO_COLOR is set
 * to anything (https://no-color.org), never when the output goes to a file or a pipe.
 */
export function colorEnabled(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return io.stdout.isTTY === true;
}

export function paintFor(io: Io, flag: boolean | undefined): Paint {
  return colorEnabled(io, flag) ? ansi : plain;
}
