/** `1 change`, `3 changes`: counts in messages read as a person would write them. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
