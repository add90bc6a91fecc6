import type { Edit } from '../../compose/apply.js';
import type { Plan } from '../../plan/types.js';
import { andList } from '../../text/and-list.js';

export type StackFiles = Pick<Plan, 'file' | 'files' | 'paths'>;

/** The files, as the stack names them and in its order, that some of `edits` change. */
export function filesChanged(plan: StackFiles, edits: readonly Edit[]): string[] {
  const names = new Set(
    edits.map((edit) =>
      edit.file ? (plan.files[plan.paths.indexOf(edit.file)] ?? edit.file) : plan.file,
    ),
  );
  return plan.files.filter((file) => names.has(file));
}

/** `Written to base.yml and prod.yml.` */
export function writtenTo(plan: StackFiles, edits: readonly Edit[]): string {
  return `Written to ${andList(filesChanged(plan, edits))}.`;
}
