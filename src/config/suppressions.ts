import type { ComposeDocument } from '../compose/document.js';
import {
  allComments,
  type ServiceComments,
  serviceKeyComments,
} from '../compose/service-comments.js';
import { listServices } from '../compose/services.js';
import { UserError } from '../errors.js';
import { DIRECTIVE_PREFIX, parseDirective } from './directive.js';
import type { LoadedConfig } from './load-config.js';

/** One "do not report this" for a service, from a comment on its key or from the config. */
export interface Suppression {
  service: string;
  rules: readonly string[] | 'all';
  /** Why; a suppression without one is itself reported. */
  reason: string | undefined;
  source: 'comment' | 'config';
  /** Where it is written, for messages and for the finding a missing reason raises. */
  file: string;
  line: number;
  /** How it reads, for that finding: `ignore ports-loopback`, `ignore.web.cap-drop-all`. */
  written: string;
}

export interface Suppressions {
  suppressions: Suppression[];
  /** Config entries naming a service the file does not have; directives on no service key. */
  warnings: string[];
}

/** Every suppression that applies to the compose file; a malformed comment is a user error. */
export function collectSuppressions(
  compose: ComposeDocument,
  config: LoadedConfig | undefined,
): Suppressions {
  // A file that never says `compose-harden:` holds no directive: its comments need no walk.
  const keys = compose.text.includes(DIRECTIVE_PREFIX)
    ? serviceKeyComments(compose)
    : listServices(compose).map(({ name, line }) => ({ service: name, line, comments: [] }));
  const suppressions = keys.flatMap(({ service, comments }) =>
    comments.flatMap((comment): Suppression[] => {
      const directive = parseDirective(comment.text);
      if (!directive) return [];
      if (directive.kind === 'invalid') {
        throw new UserError(directive.message, {
          file: compose.file,
          line: comment.line,
          hint: 'write # compose-harden: ignore RULE... -- reason',
        });
      }
      const { rules, reason, written } = directive;
      const where = { file: compose.file, line: comment.line };
      return [{ service, rules, reason, written, source: 'comment', ...where }];
    }),
  );
  const warnings = compose.text.includes(DIRECTIVE_PREFIX) ? strayDirectives(compose, keys) : [];
  if (!config) return { suppressions, warnings };

  const names = new Set(keys.map((key) => key.service));
  for (const [service, entry] of Object.entries(config.config.ignore ?? {})) {
    const line = config.lineOf(['ignore', service]) ?? 1;
    if (!names.has(service)) {
      warnings.push(`${config.file}:${line}: warning: ignore names ${service}, not a service`);
    }
    suppressions.push(...fromConfig(config, service, entry, line));
  }
  return { suppressions, warnings };
}

function fromConfig(
  config: LoadedConfig,
  service: string,
  entry: string[] | Record<string, string | null>,
  line: number,
): Suppression[] {
  const base = { service, source: 'config' as const, file: config.file };
  if (Array.isArray(entry)) {
    const rules = entry.includes('all') ? 'all' : entry;
    const written = `ignore.${service}: [${entry.join(', ')}]`;
    return [{ ...base, rules, reason: undefined, line, written }];
  }
  return Object.entries(entry).map(([rule, reason]) => ({
    ...base,
    rules: rule === 'all' ? 'all' : [rule],
    reason: reason || undefined,
    line: config.lineOf(['ignore', service, rule]) ?? line,
    written: `ignore.${service}.${rule}`,
  }));
}

/** The suppression that covers a rule on a service, the first one written. */
export function suppressionFor(
  suppressions: readonly Suppression[],
  service: string,
  rule: string,
): Suppression | undefined {
  return suppressions.find(
    (s) => s.service === service && (s.rules === 'all' || s.rules.includes(rule)),
  );
}

/**
 * `# compose-harden:` comments that sit on no service key (a blank line between, a deeper
 * indentation) would be ignored without a word: say where they are.
 */
function strayDirectives(compose: ComposeDocument, keys: readonly ServiceComments[]): string[] {
  const used = new Set(keys.flatMap((key) => key.comments.map((comment) => comment.line)));
  return allComments(compose)
    .filter((comment) => parseDirective(comment.text) && !used.has(comment.line))
    .map(
      (comment) =>
        `${compose.file}:${comment.line}: warning: this compose-harden comment is on no ` +
        'service key, so it does nothing (put it on the line just above the key, or at the ' +
        "end of the key's line)",
    );
}
