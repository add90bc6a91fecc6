import type { ComposeDocument } from '../compose/document.js';
import { serviceKeyComments } from '../compose/service-comments.js';
import { UserError } from '../errors.js';
import { parseDirective } from './directive.js';
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
  /** Config entries naming a service the file does not have. */
  warnings: string[];
}

/** Every suppression that applies to the compose file; a malformed comment is a user error. */
export function collectSuppressions(
  compose: ComposeDocument,
  config: LoadedConfig | undefined,
): Suppressions {
  const keys = serviceKeyComments(compose);
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
  if (!config) return { suppressions, warnings: [] };

  const names = new Set(keys.map((key) => key.service));
  const warnings: string[] = [];
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
