import type { z } from 'zod';
import { describeIssue, formatFieldPath } from '../presets/describe-issue.js';

/** A zod issue with its path made absolute, once unions and record keys are looked into. */
export interface ConfigIssue {
  path: PropertyKey[];
  message: string;
}

/**
 * Turns the first issue of a config into `field: what is wrong`. For an ignore entry that is
 * a list or a mapping, the branch that got furthest names the field, so a typo in a rule id
 * reads as the typo, not as "must be a list or a mapping".
 */
export function describeConfigIssue(issue: z.core.$ZodIssue): ConfigIssue {
  const inner = innermost(issue, []);
  if (inner.path.length === 0 && inner.code === 'invalid_type') {
    return { path: [], message: 'the file must hold a mapping (presets, ignore, severity)' };
  }
  if (inner.code === 'invalid_type' && inner.expected === 'record') {
    return { path: inner.path, message: `${fieldPrefix(inner.path)}must be a mapping` };
  }
  if (inner.code === 'custom' || inner.code === 'invalid_value' || inner.code === 'invalid_union') {
    return { path: inner.path, message: `${fieldPrefix(inner.path)}${inner.message}` };
  }
  const message = describeIssue({ ...inner, path: inner.path });
  // An unknown key is best pointed at on its own line.
  const key = inner.code === 'unrecognized_keys' ? inner.keys.slice(0, 1) : [];
  return { path: [...inner.path, ...key], message };
}

type Issue = z.core.$ZodIssue & { path: PropertyKey[] };

function innermost(issue: z.core.$ZodIssue, base: PropertyKey[]): Issue {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_key') {
    const [first] = issue.issues;
    if (first) return { ...first, path } as Issue;
  }
  if (issue.code === 'invalid_union') {
    const deepest = issue.errors
      .map((branch) => branch[0])
      .filter((first) => first !== undefined)
      .filter((first) => first.path.length > 0 || first.code === 'invalid_key')
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (deepest) return innermost(deepest, path);
  }
  return { ...issue, path } as Issue;
}

function fieldPrefix(path: readonly PropertyKey[]): string {
  const field = formatFieldPath(path);
  return field ? `${field}: ` : '';
}
