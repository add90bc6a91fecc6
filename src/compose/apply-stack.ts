import { applyEdits, type Edit } from './apply.js';
import type { Stack, StackFile } from './stack.js';

/** One file of the stack with the text it would have once the edits are applied. */
export interface FileChange {
  file: StackFile;
  before: string;
  after: string;
}

/**
 * Applies each edit to the file it names (the main file when it names none) and returns every
 * file that changes, in the stack's order. Each file passes the same last check as a single
 * one: a setting no edit aimed at must read as before.
 */
export function applyStackEdits(
  stack: Stack,
  edits: readonly Edit[],
  options: { inPlace?: boolean } = {},
): FileChange[] {
  const byFile = new Map<StackFile, Edit[]>();
  for (const edit of edits) {
    const file = stack.files.find((f) => f.path === (edit.file ?? stack.main.path));
    if (!file) throw new Error(`an edit names ${edit.file}, which the stack did not read`);
    const list = byFile.get(file);
    if (list) list.push(edit);
    else byFile.set(file, [edit]);
  }
  const changes: FileChange[] = [];
  for (const file of stack.files) {
    const fileEdits = byFile.get(file);
    if (!fileEdits) continue;
    const after = applyEdits(file.compose, fileEdits, options);
    if (after !== file.compose.text) changes.push({ file, before: file.compose.text, after });
  }
  return changes;
}
