import type { Edit } from '../../compose/apply.js';
import type { Plan } from '../../plan/types.js';

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

/** `base.yml, app.yml and prod.yml`. */
export function fileList(files: readonly string[]): string {
  return files.length <= 2
    ? files.join(' and ')
    : `${files.slice(0, -1).join(', ')} and ${files.at(-1)}`;
}

/** `Written to base.yml and prod.yml.` */
export function writtenTo(plan: StackFiles, edits: readonly Edit[]): string {
  return `Written to ${fileList(filesChanged(plan, edits))}.`;
}
