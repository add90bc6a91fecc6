/** How the wizard ended; the CLI maps it to an exit code. */
export type WizardResult =
  | { outcome: 'written'; file: string; backup: string | undefined; changes: number }
  /** The user quit before writing: the file is untouched. */
  | { outcome: 'quit' }
  /** Every service already follows the recommendations. */
  | { outcome: 'nothing-to-do' }
  /** The write was refused (a UserError); the message is on screen too. */
  | { outcome: 'failed'; message: string };

/** Writes the new text; resolves with the backup path, or undefined without a backup. */
export type WriteFile = (text: string) => Promise<{ backup: string | undefined }>;
