/** `web`, `web and db`, `web, db and cache`: names in a sentence. */
export function andList(items: readonly string[]): string {
  return items.length <= 2
    ? items.join(' and ')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
