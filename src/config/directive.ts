import { closest, unknownMessage } from './closest.js';
import { IGNORABLE } from './ignorable.js';

/**
 * `# compose-harden: ignore ports-loopback, cap-drop-all -- behind the host firewall`: the
 * rule ids (or `all`), separated by spaces or commas, then the reason after `--`.
 */
export type Directive =
  | { kind: 'ignore'; rules: string[] | 'all'; reason: string | undefined; written: string }
  | { kind: 'invalid'; message: string };

export const DIRECTIVE_PREFIX = 'compose-harden:';
const PREFIX = DIRECTIVE_PREFIX;

/** Reads one comment's text; undefined when the comment is not meant for compose-harden. */
export function parseDirective(comment: string): Directive | undefined {
  if (!comment.startsWith(PREFIX)) return undefined;
  const body = comment.slice(PREFIX.length);
  const cut = body.indexOf('--');
  const head = (cut < 0 ? body : body.slice(0, cut)).trim();
  const reason = cut < 0 ? undefined : body.slice(cut + 2).trim() || undefined;
  const [verb, ...ids] = head.split(/[\s,]+/).filter(Boolean);

  if (verb !== 'ignore') {
    const hint = verb && closest(verb, ['ignore']) ? '; did you mean ignore?' : '';
    return {
      kind: 'invalid',
      message: verb
        ? `unknown compose-harden directive ${verb}${hint}`
        : 'a compose-harden comment needs a directive: ignore RULE... -- reason',
    };
  }
  if (ids.length === 0) {
    return { kind: 'invalid', message: 'ignore names no rule: write a rule id, or all' };
  }
  const unknown = ids.find((id) => !IGNORABLE.includes(id));
  if (unknown) return { kind: 'invalid', message: unknownMessage('rule', unknown, IGNORABLE) };
  return {
    kind: 'ignore',
    rules: ids.includes('all') ? 'all' : ids,
    reason,
    written: `ignore ${ids.join(', ')}`,
  };
}
