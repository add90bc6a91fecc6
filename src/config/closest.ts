/**
 * The candidate nearest to a mistyped word, for "did you mean ...?". Edit distance, with the
 * same cut-off commander uses for options: a suggestion must share more than 40% of the word.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    const similarity = 1 - distance / Math.max(word.length, candidate.length);
    if (similarity > 0.4 && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `unknown rule cap-drop; did you mean cap-drop-all?` */
export function unknownMessage(kind: string, word: string, candidates: readonly string[]): string {
  const suggestion = closest(word, candidates);
  return `unknown ${kind} ${word}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
}

/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
