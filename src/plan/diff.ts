import { createTwoFilesPatch } from 'diff';

/** A unified diff of the whole file, as `git diff` would show it; empty when nothing changed. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  // Like git, an absolute path reads `a/tmp/x.yaml`, not `a//tmp/x.yaml`.
  const name = file.replace(/^\/+/, '');
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
  });
  // The package starts with a row of `=`; git's format, which people read daily, has none.
  return patch.replace(/^=+\n/, '');
}

/** Lines added and removed by a diff, for summaries. */
export function diffStats(patch: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of patch.split('\n')) {
    if (line.startsWith('+') && !line.startsWith('+++')) added++;
    if (line.startsWith('-') && !line.startsWith('---')) removed++;
  }
  return { added, removed };
}
