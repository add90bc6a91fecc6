import type { z } from 'zod';

/*
 * Turns the first zod issue of a preset into `field.path: what is wrong`, worded for someone
 * editing YAML: lists and mappings rather than arrays and objects, and "is required" rather
 * than "expected string, received undefined".
 */

const NOUNS: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
};

/** `user.recommended`, `capAdd.root[1]`; '' for the document itself. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      return index === 0 ? String(key) : `.${String(key)}`;
    })
    .join('');
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = formatFieldPath(issue.path);

  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return `${field ? `${field}.` : ''}${key}: unknown field`;
  }

  if (issue.code === 'invalid_type') {
    const expected = NOUNS[issue.expected] ?? issue.expected;
    if (field === '') return `the file must hold a preset (${expected} with id, title, match, ...)`;
    if (issue.input === undefined) return `${field}: is required`;
    return `${field}: must be ${expected}`;
  }

  return field ? `${field}: ${issue.message}` : issue.message;
}
