import { isMap, isNode, isScalar, type YAMLMap } from 'yaml';
import { lineOfNode } from './document.js';
import {
  type InterpolatedService,
  interpolateService,
  type Lookup,
} from './interpolate-service.js';
import { isRecord, readSetting, type ServiceNode } from './services.js';
import type { StackFile, StackWarning } from './stack.js';
import type { ExtendsSpec } from './stack-extends.js';
import { type Refusal, refusalError } from './variable-refusal.js';

/** Where a file is read: the project's folder, its variables, where problems go. */
export interface Place {
  project: string;
  lookup: Lookup | undefined;
  /** The file the project's variables come from besides the environment, as shown. */
  envFile: string | undefined;
  warnings: StackWarning[];
  refusals: Refusal[];
}

/** Where the values substituted are written: their mapping, and the line of a key not in it. */
export interface Written {
  file: StackFile;
  map: YAMLMap | undefined;
  /** The line of a top-level key written elsewhere (merged from an anchor) or not at all. */
  lineOf(key: string): number;
}

/**
 * The settings of one mapping of a file (a service, or the top level for `include`) with
 * variables substituted. A variable not set is a warning, an expression Compose refuses a
 * refusal, each on the line of the value that uses it.
 */
export function substitute(
  written: Written,
  raw: Readonly<Record<string, unknown>>,
  place: Place,
): InterpolatedService {
  const { file } = written;
  // A file without a `$` has nothing to substitute: its values need no walk.
  const lookup = file.compose.text.includes('$') ? place.lookup : undefined;
  const result = interpolateService(raw, lookup);
  const at = (path: readonly (string | number)[]) => ({
    file: file.compose.file,
    line: lineIn(written, path),
  });
  for (const { path, message } of result.warnings) {
    place.warnings.push({ ...at(path), code: 'VARIABLE', message });
  }
  for (const { path, message, required } of result.refusals) {
    place.refusals.push({ ...at(path), message, required: required ?? [] });
  }
  return result;
}

/**
 * The same for a path Compose reads a file from (`extends: file:`, `include:`): nothing can be
 * read past an expression it refuses, so that stops the reading at once.
 */
export function substitutePath(
  written: Written,
  raw: Readonly<Record<string, unknown>>,
  place: Place,
): InterpolatedService {
  const before = place.refusals.length;
  const result = substitute(written, raw, place);
  if (place.refusals.length > before) throw refusalError(place.refusals, place.envFile);
  return result;
}

/** The line of the value at `path`, else of its top-level key. */
function lineIn(written: Written, path: readonly (string | number)[]): number {
  const node = written.map?.getIn(path, true);
  const line = isNode(node) ? lineOfNode(written.file.compose.lineCounter, node) : undefined;
  return line ?? written.lineOf(String(path[0]));
}

/** A service's settings as written, anchors merged, before any variable is substituted. */
export function rawService(
  file: StackFile,
  service: ServiceNode,
): Readonly<Record<string, unknown>> {
  const services = (file.compose.data as { services?: Record<string, unknown> }).services;
  const written = services?.[service.name];
  return isRecord(written) ? written : {};
}

/** A service's mapping; a key merged from an anchor is on the line of its `<<`. */
export function serviceWritten(file: StackFile, service: ServiceNode): Written {
  const lineOf = (key: string) => {
    const source = readSetting(file.compose, service, key).source;
    return source.kind === 'unset' ? service.line : source.line;
  };
  return { file, map: service.map, lineOf };
}

/** `extends:` as Compose reads it, variables substituted, and those of them not set. */
export function extendsSpec(file: StackFile, service: ServiceNode, place: Place): ExtendsSpec {
  const raw = { extends: rawService(file, service).extends };
  const { data, unset } = substitutePath(serviceWritten(file, service), raw, place);
  return { value: data.extends, unset: unset.get('extends') ?? [] };
}

/** A file's top-level `include:` list as Compose reads it, variables substituted. */
export function includeList(file: StackFile, place: Place): unknown {
  const root = file.compose.doc.contents;
  const map = isMap(root) ? root : undefined;
  const key = map?.items.find((pair) => isScalar(pair.key) && pair.key.value === 'include')?.key;
  const line = lineOfNode(file.compose.lineCounter, isNode(key) ? key : null) ?? 1;
  const raw = { include: (file.compose.data as { include?: unknown }).include };
  return substitutePath({ file, map, lineOf: () => line }, raw, place).data.include;
}
