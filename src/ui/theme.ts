import { createContext, useContext } from 'react';

/** The meanings the wizard colours by; components never name a colour themselves. */
export type Tone = 'ok' | 'warn' | 'danger' | 'muted' | 'accent';

/** A colour for each tone, or none: Ink leaves text with no colour as the terminal draws it. */
export type Palette = Readonly<Record<Tone, string | undefined>>;

export const COLORS: Palette = {
  ok: 'green',
  warn: 'yellow',
  danger: 'red',
  muted: 'gray',
  accent: 'cyan',
};

/**
 * For NO_COLOR and --no-color. Chalk, which Ink colours through, only turns colour off for a
 * non-terminal, so the wizard drops its colours itself. Bold stays: it is not a colour.
 */
export const NO_COLORS: Palette = {
  ok: undefined,
  warn: undefined,
  danger: undefined,
  muted: undefined,
  accent: undefined,
};

export const ThemeContext = createContext<Palette>(COLORS);

/** The palette of the running wizard. */
export function useTheme(): Palette {
  return useContext(ThemeContext);
}
