import path from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { lineOfNode } from './document.js';
import type { StackFile, StackWarning } from './stack.js';

/** A project whose files are read with the same variables. */
export interface Project {
  /** Its folder: relative paths are read from it, and its `.env` gives its variables. */
  dir: string;
  /** The include entry's `env_file:`, absolute: read instead of the folder's `.env`. */
  envFiles?: readonly string[];
  /** Where `env_file:` is written, to name it when a file cannot be read. */
  envFileAt?: { file: string; line: number | undefined };
  /** The project that includes this one: its variables win over this one's. */
  parent?: Project;
}

/** Files read together: an included path with its overrides, and the project they are in. */
export interface FileGroup {
  files: StackFile[];
  project: Project;
  /** The file whose `include:` brings the group in. */
  from: StackFile;
}

/** How included files are read. */
export interface IncludeReader {
  open(file: string): StackFile | undefined;
  warnings: StackWarning[];
  /** A file's `include:` list with the variables of `project` substituted. */
  listOf(file: StackFile, project: Project): unknown;
}

/**
 * The groups a top-level `include:` brings in, depth first, each once. Paths are relative to
 * the file that includes them, as Compose reads them, with the variables of the project whose
 * files say them.
 */
export function includesOf(
  files: readonly StackFile[],
  reader: IncludeReader,
  project: Project,
  seen = new Set(files.map((f) => f.path)),
  ancestors: ReadonlySet<string> = new Set(seen),
): FileGroup[] {
  const { open, warnings } = reader;
  const groups: FileGroup[] = [];
  for (const file of files) {
    const base = path.dirname(file.path);
    for (const entry of entriesOf(file, reader.listOf(file, project))) {
      const paths = entry.paths.map((p) => path.resolve(base, p));
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
      const { envFile } = entry;
      const included: Project = {
        dir: entry.projectDir
          ? path.resolve(base, entry.projectDir)
          : path.dirname(opened[0]?.path ?? base),
        parent: project,
        ...(envFile && {
          envFiles: envFile.paths.map((p) => path.resolve(base, p)),
          envFileAt: { file: file.compose.file, line: envFile.line },
        }),
      };
      const inner = new Set([...ancestors, ...opened.map((f) => f.path)]);
      groups.push({ files: opened, project: included, from: file });
      groups.push(...includesOf(opened, reader, included, seen, inner));
    }
  }
  return groups;
}

interface IncludeEntry {
  paths: string[];
  projectDir: string | undefined;
  /** `env_file:` as written (relative to the including file), and its line. */
  envFile: { paths: string[]; line: number | undefined } | undefined;
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
    const node = include.items[index];
    const at = line(node);
    if (typeof item === 'string') {
      return { paths: [item], projectDir: undefined, envFile: undefined, line: at };
    }
    const spec = (item ?? {}) as Record<string, unknown>;
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
    const envFileKey = isMap(node)
      ? node.items.find((pair) => isScalar(pair.key) && pair.key.value === 'env_file')?.key
      : undefined;
    const envFile = envFileOf(spec.env_file, file, line(envFileKey) ?? at);
    return { paths: paths as string[], projectDir, envFile, line: at };
  });
}

/** `env_file:` of an include entry: one path or a list of them; absent, the folder's `.env`. */
function envFileOf(
  value: unknown,
  file: StackFile,
  line: number | undefined,
): IncludeEntry['envFile'] {
  const list = Array.isArray(value) ? value : [value];
  // An empty list is no list, as in Compose: the folder's `.env` is read.
  if (value === undefined || value === null || list.length === 0) return undefined;
  if (list.some((p) => typeof p !== 'string' || p === '')) {
    throw new UserError('include: env_file must be a file or a list of files', {
      file: file.compose.file,
      line,
      hint: 'write `env_file: path/to/vars.env`, relative to this file, or a list of such paths',
    });
  }
  return { paths: list as string[], line };
}

/**
 * Reads with an included project's variables: an `env_file:` that cannot be read stops the
 * check on the line that names it, as it stops Compose.
 */
export function readingEnvFiles<T>(project: Project, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const at = project.envFileAt;
    if (!at || !(error instanceof UserError) || error.line !== undefined) throw error;
    throw new UserError(`cannot read env_file ${error.file}: ${error.message}`, {
      file: at.file,
      line: at.line,
      hint: 'check the path in include: env_file:, which is relative to this file',
    });
  }
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
