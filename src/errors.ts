/**
 * Expected problems (a missing file, bad YAML, an unreachable engine) are UserErrors: one line
 * naming the file and, where known, the line, plus a hint on what to do. Anything else is a bug.
 */
export class UserError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(
    message: string,
    options: { file?: string; line?: number; hint?: string; exitCode?: number } = {},
  ) {
    super(message);
    this.name = 'UserError';
    this.file = options.file;
    this.line = options.line;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 2;
  }

  /** `file:line: message (hint)` on one line. */
  oneLine(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
