import { unifiedDiff } from '../plan/diff.js';
import type { FileText } from './result.js';

/** One diff for every file that changes, in the stack's order, as `git diff` shows several. */
export function stackDiff(before: readonly FileText[], after: readonly FileText[]): string {
  return before
    .map((file, index) => unifiedDiff(file.file, file.text, after[index]?.text ?? file.text))
    .join('');
}
