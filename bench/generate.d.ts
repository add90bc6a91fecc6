export interface GenerateOptions {
  /** How many services (default 1,000: about 13,500 lines). */
  services?: number;
  /** The same seed gives the same bytes. */
  seed?: number;
  /** Write the anchors out in place, for linters that do not read aliases. */
  expandAliases?: boolean;
}

export function generateCompose(options?: GenerateOptions): string;
