import path from 'node:path';
import { isMap, isSeq, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { lineOfNode } from './document.js';
import type { StackFile, StackWarning } from './stack.js';

/** Files read together: an included path with its overrides, and the folder of its `.env`. */
export interface FileGroup {
  files: StackFile[];
  dir: string;
  /** The file whose `include:` brings the group in. */
  from: StackFile;
}

/** How included files are read. */
export interface IncludeReader {
  open(file: string): StackFile | undefined;
  warnings: StackWarning[];
  /** A file's `include:` list with the variables of the project in `dir` substituted. */
  listOf(file: StackFile, dir: string): unknown;
}

/**
 * The groups a top-level `include:` brings in, depth first, each once. Paths are relative to
 * the file that includes them, as Compose reads them, with the variables of the project whose
 * files say them (`dir`).
 */
export function includesOf(
  files: readonly StackFile[],
  reader: IncludeReader,
  dir: string,
  seen = new Set(files.map((f) => f.path)),
  ancestors: ReadonlySet<string> = new Set(seen),
): FileGroup[] {
  const { open, warnings } = reader;
  const groups: FileGroup[] = [];
  for (const file of files) {
    for (const entry of entriesOf(file, reader.listOf(file, dir))) {
      const paths = entry.paths.map((p) => path.resolve(path.dirname(file.path), p));
      const loop = paths.find((p) => ancestors.has(p));
      if (loop) {
        throw new UserError(`include: ${path.basename(loop)} includes this file back: a loop`, {
          file: file.compose.file,
          line: entry.line,
          hint: 'Compose refuses include cycles; include each file from one place only',
        });
      }
      const fresh = paths.filter((p) => !seen.has(p));
      if (fresh.length === 0) continue;
      for (const p of fresh) seen.add(p);
      const opened = fresh.flatMap((p) => {
        const included = openIncluded(open, p, file, entry.line);
        if (!included) warnings.push(notRead(file, entry.line, p));
        return included ? [included] : [];
      });
      if (opened.length === 0) continue;
      const base = path.dirname(file.path);
      const groupDir = entry.projectDir
        ? path.resolve(base, entry.projectDir)
        : path.dirname(opened[0]?.path ?? base);
      const inner = new Set([...ancestors, ...opened.map((f) => f.path)]);
      groups.push({ files: opened, dir: groupDir, from: file });
      groups.push(...includesOf(opened, reader, groupDir, seen, inner));
    }
  }
  return groups;
}

interface IncludeEntry {
  paths: string[];
  projectDir: string | undefined;
  line: number | undefined;
}

function entriesOf(file: StackFile, list: unknown): IncludeEntry[] {
  const root = file.compose.doc.contents;
  const include = isMap(root) ? root.get('include', true) : undefined;
  if (include === undefined || include === null) return [];
  const line = (node: unknown) => lineOfNode(file.compose.lineCounter, node as Node);
  if (!isSeq(include)) {
    throw new UserError('include: must be a list of files', {
      file: file.compose.file,
      line: line(include),
      hint: 'write each included file as a list item',
    });
  }
  const data = Array.isArray(list) ? list : [];
  return data.map((item, index): IncludeEntry => {
    const at = line(include.items[index]);
    if (typeof item === 'string') return { paths: [item], projectDir: undefined, line: at };
    const spec = (item ?? {}) as { path?: unknown; project_directory?: unknown };
    const paths = Array.isArray(spec.path) ? spec.path.map(String) : [spec.path];
    if (paths.some((p) => typeof p !== 'string' || p === '')) {
      throw new UserError('an include: item has no path', {
        file: file.compose.file,
        line: at,
        hint: 'write the included file as `- path/to/compose.yaml` or `- path: ...`',
      });
    }
    const projectDir =
      typeof spec.project_directory === 'string' ? spec.project_directory : undefined;
    return { paths: paths as string[], projectDir, line: at };
  });
}

function notRead(from: StackFile, line: number | undefined, target: string): StackWarning {
  return {
    file: from.compose.file,
    line: line ?? 1,
    code: 'INCLUDE',
    message: `${path.basename(target)} is included but not read; its services are not checked`,
  };
}

function openIncluded(
  open: (file: string) => StackFile | undefined,
  target: string,
  from: StackFile,
  line: number | undefined,
): StackFile | undefined {
  try {
    return open(target);
  } catch (error) {
    // A parse error names its own file and line; a file that cannot be read is named here.
    if (!(error instanceof UserError) || error.line !== undefined) throw error;
    throw new UserError(`cannot include ${error.file ?? target}: ${error.message}`, {
      file: from.compose.file,
      line,
      hint: 'check the path in include:, which is relative to this file',
    });
  }
}
