import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeDocument } from './document.js';

/** A `# comment` as written, without the `#`, and the line it is on. */
export interface KeyComment {
  line: number;
  text: string;
}

export interface ServiceComments {
  service: string;
  line: number;
  /** The comment lines just above the key, then the comment at the end of the key line. */
  comments: KeyComment[];
}

interface Located extends KeyComment {
  column: number;
  /** Nothing but spaces before the `#` on its line. */
  ownLine: boolean;
}

/**
 * The comments that belong to each service key: the block of whole-line comments directly
 * above it, at the key's own indentation, and the comment closing the key's line. yaml's
 * Document hangs these on different nodes (the first one on the services map), so they are
 * read from the token tree's comment tokens and placed by the parser's line positions.
 */
export function serviceKeyComments(compose: ComposeDocument): ServiceComments[] {
  const services = compose.doc.get('services', true);
  if (!isMap(services)) return [];
  const byLine = new Map(locateComments(compose).map((c) => [c.line, c]));

  return services.items.map((pair) => {
    const key = pair.key as Node;
    const { line, col } = compose.lineCounter.linePos(key.range?.[0] ?? 0);
    const comments: KeyComment[] = [];
    for (let above = line - 1; above > 0; above--) {
      const comment = byLine.get(above);
      if (!comment?.ownLine || comment.column !== col) break;
      comments.unshift({ line: above, text: comment.text });
    }
    const trailing = byLine.get(line);
    if (trailing && !trailing.ownLine) comments.push({ line, text: trailing.text });
    return { service: String(isScalar(key) ? key.value : key), line, comments };
  });
}

/** Every comment of the file with its line, wherever it stands. */
export function allComments(compose: ComposeDocument): KeyComment[] {
  return locateComments(compose).map(({ line, text }) => ({ line, text }));
}

function locateComments(compose: ComposeDocument): Located[] {
  const found: Located[] = [];
  walk(compose.tokens, (offset, source) => {
    const { line, col } = compose.lineCounter.linePos(offset);
    const before = compose.text.slice(offset - (col - 1), offset);
    found.push({
      line,
      column: col,
      ownLine: before.trim() === '',
      text: source.replace(/^#/, '').trim(),
    });
  });
  return found;
}

/** Visits every comment token of the tree, wherever the parser attached it. */
function walk(value: unknown, visit: (offset: number, source: string) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const token = value as { type?: unknown; offset?: unknown; source?: unknown };
  if (token.type === 'comment' && typeof token.offset === 'number') {
    visit(token.offset, String(token.source));
    return;
  }
  for (const child of Object.values(value)) walk(child, visit);
}
