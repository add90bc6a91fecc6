import {
  type Alias,
  Composer,
  CST,
  type Document,
  isAlias,
  isMap,
  LineCounter,
  type Node,
  Parser,
  visit,
  type YAMLMap,
} from 'yaml';
import { UserError } from '../errors.js';
import { firstLine, MAX_ALIAS_COUNT, parseOptions } from './yaml-options.js';

/** A parsed compose file: the semantic Document and the lossless token tree it came from. */
export interface ComposeDocument {
  file: string;
  text: string;
  doc: Document.Parsed;
  tokens: CST.Token[];
  lineCounter: LineCounter;
  eol: '\n' | '\r\n';
  warnings: YamlProblem[];
  /** Anchor names that some alias refers to. */
  aliasSources: Set<string>;
  /** The node each alias stands for, found in one walk: `Alias.resolve` walks the whole file. */
  aliasTargets: Map<Alias, Node>;
  /** The whole file as plain data, aliases and merges resolved; computed once, frozen. */
  data: unknown;
}

export interface YamlProblem {
  code: string;
  line: number;
  message: string;
}

export function parseCompose(text: string, file: string): ComposeDocument {
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const docs = [...new Composer(parseOptions(lineCounter)).compose(tokens)];
  const doc = docs[0];
  // An error at the very end (an unclosed bracket) points past the last line: clamp it.
  const lastLine = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const problems = (list: Document.Parsed['errors']): YamlProblem[] =>
    list.map((e) => ({
      code: e.code,
      line: Math.max(1, Math.min(lineCounter.linePos(e.pos[0]).line, lastLine)),
      message: firstLine(e.message),
    }));

  if (!doc || doc.contents === null) {
    throw new UserError('the file is empty', {
      file,
      hint: 'expected a Compose file with services:',
    });
  }
  const errors = docs.flatMap((d) => problems(d.errors));
  const first = errors[0];
  if (first) {
    const more =
      errors.length > 1
        ? `; ${errors.length - 1} more at line ${errors
            .slice(1)
            .map((e) => e.line)
            .join(', ')}`
        : '';
    throw new UserError(`invalid YAML (${first.code}): ${first.message}${more}`, {
      file,
      line: first.line,
      hint: 'fix the YAML and run again',
    });
  }
  if (docs.length > 1) {
    const second = docs[1]?.range[0] ?? 0;
    throw new UserError(`holds ${docs.length} YAML documents; Compose reads a single one`, {
      file,
      line: lineCounter.linePos(second).line,
      hint: 'remove the extra `---` documents',
    });
  }
  const aliases = collectAliases(doc, file, lineCounter);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    throw new UserError('its aliases expand too far (an alias bomb?)', {
      file,
      hint: 'write the repeated values out, or use fewer nested aliases',
    });
  }
  assertComposeShape(doc, file, lineCounter, aliases.aliasTargets);
  return {
    file,
    text,
    doc,
    tokens,
    lineCounter,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    warnings: problems(doc.warnings),
    ...aliases,
    data: deepFreeze(data),
  };
}

function assertComposeShape(
  doc: Document.Parsed,
  file: string,
  lineCounter: LineCounter,
  aliasTargets: ReadonlyMap<Alias, Node>,
): void {
  const hint = 'compose-harden reads Docker Compose files with a top-level services: mapping';
  if (!isMap(doc.contents)) {
    throw new UserError('is not a Compose file: the top level is not a mapping', { file, hint });
  }
  const services = doc.contents.get('services', true);
  // A file may only gather others: `include:` and no services of its own.
  if (services === undefined && doc.contents.has('include')) return;
  if (services === undefined) {
    throw new UserError('is not a Compose file: it has no top-level services:', { file, hint });
  }
  if (!isMap(services)) {
    const line = lineOfNode(lineCounter, services as Node);
    throw new UserError('services: must be a mapping of service names', { file, line, hint });
  }
  for (const pair of (services as YAMLMap).items) {
    const value = pair.value as Node | null;
    const target = isAlias(value) ? aliasTargets.get(value) : value;
    if (!isMap(target)) {
      const line = lineOfNode(lineCounter, pair.key as Node);
      throw new UserError(`service ${String(pair.key)} must be a mapping of its settings`, {
        file,
        line,
        hint: 'give it at least an image: or a build:',
      });
    }
  }
}

export function lineOfNode(
  lineCounter: LineCounter,
  node: Node | null | undefined,
): number | undefined {
  const start = node?.range?.[0];
  return start === undefined ? undefined : lineCounter.linePos(start).line;
}

/** The text of the file as the token tree now holds it. */
export function printTokens(tokens: readonly CST.Token[]): string {
  return tokens.map((t) => CST.stringify(t)).join('');
}

/**
 * Each alias and the last node before it with its anchor, as YAML resolves them, in one walk.
 * `*commn` with no `&commn` before it is named with its line, not left to a generic failure.
 */
function collectAliases(doc: Document.Parsed, file: string, lineCounter: LineCounter) {
  const aliasSources = new Set<string>();
  const aliasTargets = new Map<Alias, Node>();
  const anchored = new Map<string, Node>();
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        aliasSources.add(node.source);
        const target = anchored.get(node.source);
        if (!target) throw unknownAlias(node, file, lineCounter);
        aliasTargets.set(node, target);
      } else if (node.anchor) {
        anchored.set(node.anchor, node);
      }
    },
  });
  return { aliasSources, aliasTargets };
}

function unknownAlias(alias: Alias, file: string, lineCounter: LineCounter): UserError {
  return new UserError(`the alias *${alias.source} has no anchor &${alias.source} before it`, {
    file,
    line: lineOfNode(lineCounter, alias),
    hint: 'check the spelling of the anchor and the alias',
  });
}

/** Anchors make several services share one object: freezing keeps a rule from changing all. */
function deepFreeze(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (ArrayBuffer.isView(value)) return value; // !!binary: typed arrays cannot be frozen
  for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
}
