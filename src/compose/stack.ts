import path from 'node:path';
import { UserError } from '../errors.js';
import type { ComposeDocument } from './document.js';
import { includesOf, type Project, readingEnvFiles } from './include.js';
import type { Lookup } from './interpolate-service.js';
import { rebasePaths } from './rebase.js';
import { listServices, type ServiceNode, serviceNamed } from './services.js';
import { type ExtendsBase, resolveExtends } from './stack-extends.js';
import { mergeLayers } from './stack-merge.js';
import {
  extendsSpec,
  includeList,
  type Place,
  rawService,
  serviceWritten,
  substitute,
} from './stack-variables.js';
import { type Refusal, refusalError } from './variable-refusal.js';

/**
 * A stack as Docker Compose reads it: the files given (an override after its base), the files
 * they include, and the services those define, each merged from every place that sets it.
 * Reading goes through `open`, so this module never touches the disk.
 */
export interface StackInput {
  /** Absolute paths, in the order Compose merges them. */
  files: readonly string[];
  /**
   * Parses one file; throws a UserError when it cannot be read. Undefined for a file the caller
   * chose not to read (a single file analysed alone): what it would bring is then not seen.
   */
  open(file: string): ComposeDocument | undefined;
  /**
   * The variables for files whose project folder is `dir`: the environment, then `envFiles`
   * (an include's `env_file:`, absolute) or else the folder's `.env`. Throws a UserError when
   * one of `envFiles` cannot be read. None means values stay as written.
   */
  lookup?(dir: string, envFiles?: readonly string[]): Lookup;
  /** Where the project's variables are read besides the environment, as shown: `.env`. */
  envFile?: string;
}

export interface StackFile {
  path: string;
  compose: ComposeDocument;
}

/** One place that sets a service's settings, from the weakest to the strongest. */
export interface Layer {
  file: StackFile;
  service: ServiceNode;
  /** `file`: the service in a file of the stack; `extends`: a service it extends. */
  via: 'file' | 'extends';
  /** The settings as written, anchors merged. */
  raw: Readonly<Record<string, unknown>>;
  /** The settings once variables are substituted. */
  data: Readonly<Record<string, unknown>>;
  /** The variables each top-level setting uses. */
  variables: ReadonlyMap<string, readonly string[]>;
  /** Of those, the ones not set, which Compose replaced with an empty string. */
  unset: ReadonlyMap<string, readonly string[]>;
  /** Keys whose value here is not merged: a later layer resets or overrides them, or this one
   * resets them (`!reset`). */
  hidden?: ReadonlySet<string>;
  /** Keys a later layer resets or overrides: no fix is written here for them. */
  shadowed?: ReadonlySet<string>;
}

export interface StackService {
  name: string;
  layers: Layer[];
  /** The effective settings, as `docker compose config` would show them. */
  data: Readonly<Record<string, unknown>>;
  /** For each setting, the layers its value comes from (for lists, one per item). */
  origins: ReadonlyMap<string, readonly number[]>;
  /**
   * Where a setting set nowhere is written: the file whose `image` is in effect (else its
   * `build`), since what the fix adds (capabilities, tmpfs paths) depends on that image.
   */
  home: Layer;
}

export interface StackWarning {
  file: string;
  line: number;
  code: string;
  message: string;
}

export interface Stack {
  input: StackInput;
  main: StackFile;
  /** Every file read: the given ones, then those included or extended. */
  files: StackFile[];
  services: StackService[];
  /**
   * For each service some service extends (`path\0name`), the services whose settings it
   * reaches: those extending it, and itself when it is a service of the stack.
   */
  reaches: ReadonlyMap<string, readonly string[]>;
  warnings: StackWarning[];
}

/** The files Compose is given, in its order, as messages name them (not their absolute paths). */
export function givenFiles(stack: Stack): string[] {
  return stack.input.files.map(
    (path) => stack.files.find((file) => file.path === path)?.compose.file ?? path,
  );
}

export function loadStack(input: StackInput): Stack {
  const files = new Map<string, StackFile>();
  const warnings: StackWarning[] = [];
  const refusals: Refusal[] = [];
  const open = (file: string): StackFile | undefined => {
    const known = files.get(file);
    if (known) return known;
    const compose = input.open(file);
    if (!compose) return undefined;
    const opened = { path: file, compose };
    files.set(file, opened);
    return opened;
  };
  const given = input.files.map((file) => {
    const opened = open(file);
    if (!opened) throw new Error(`${file} is one of the stack's own files: it must be read`);
    return opened;
  });
  const main = given[0];
  if (!main) throw new Error('loadStack needs at least one file');
  const projectDir = path.dirname(main.path);
  const mainProject: Project = { dir: projectDir };
  const places = new Map<Project, Place>();
  const placeFor = (project: Project): Place => {
    const known = places.get(project);
    if (known) return known;
    // An included project's own variables (its `.env`, or the entry's env_file) fill only what
    // the project including it leaves unset. The parent is asked first, so the main project is
    // the one `--env-file` is for.
    const outer = project.parent && placeFor(project.parent).lookup;
    const own = readingEnvFiles(project, () => input.lookup?.(project.dir, project.envFiles));
    const lookup = outer && own ? (name: string) => outer(name) ?? own(name) : (outer ?? own);
    const place = { project: projectDir, lookup, envFile: input.envFile, warnings, refusals };
    places.set(project, place);
    return place;
  };
  const layersOf = new Map<string, Layer[]>();
  const add = (name: string, layers: Layer[]) =>
    layersOf.set(name, [...(layersOf.get(name) ?? []), ...layers]);
  const placeOf = new Map<Layer, Place>();
  const fileLayers = (files: readonly StackFile[], name: string, dir: string, place: Place) =>
    files.flatMap((file) => {
      const service = serviceNamed(file.compose, name);
      if (!service) return [];
      const layer = layerOf(file, service, 'file', dir, place);
      placeOf.set(layer, place);
      return [layer];
    });

  // Included services belong to the file that includes them; a later -f file may still
  // override them, as it overrides that file's own.
  const owner = new Map<string, StackFile>();
  const listOf = (file: StackFile, project: Project) => includeList(file, placeFor(project));
  for (const group of includesOf(given, { open, warnings, listOf }, mainProject)) {
    const place = placeFor(group.project);
    for (const name of serviceNames(group.files)) {
      const first = group.files.find((f) => serviceNamed(f.compose, name)) as StackFile;
      const earlier =
        owner.get(name) ?? (serviceNamed(group.from.compose, name) ? group.from : undefined);
      if (earlier) throw conflict(name, earlier, first);
      owner.set(name, first);
      add(name, fileLayers(group.files, name, group.project.dir, place));
    }
  }
  const place = placeFor(mainProject);
  for (const name of serviceNames(given)) add(name, fileLayers(given, name, projectDir, place));

  const services: StackService[] = [];
  for (const name of new Set([...serviceNames(given), ...layersOf.keys()])) {
    const layers = layersOf.get(name) ?? [];
    // What an included service extends is read with its own project's variables.
    const declaring = layers.findLast((layer) => layer.raw.extends !== undefined);
    const own = (declaring && placeOf.get(declaring)) ?? place;
    const specOf = (file: StackFile, service: ServiceNode) => extendsSpec(file, service, own);
    const bases = resolveExtends(layers, open, warnings, specOf);
    const extendLayers = bases.map((b: ExtendsBase) =>
      layerOf(b.file, b.service, 'extends', path.dirname(b.file.path), own),
    );
    services.push(mergeLayers(name, [...extendLayers, ...layers]));
  }
  // Compose stops at an expression it cannot substitute; so does the check, naming each one.
  if (refusals.length > 0) throw refusalError(refusals, input.envFile);
  const reaches = reachOf(services);
  return { input, main, files: [...files.values()], services, reaches, warnings: dedupe(warnings) };
}

/** A stack of one file read alone: what it would read beside it (extends: file:) is not seen. */
export function singleFileStack(compose: ComposeDocument): Stack {
  const file = `/${compose.file}`;
  return loadStack({ files: [file], open: (path) => (path === file ? compose : undefined) });
}

function serviceNames(files: readonly StackFile[]): string[] {
  const names = new Set<string>();
  for (const file of files) for (const s of listServices(file.compose)) names.add(s.name);
  return [...names];
}

/**
 * One layer's settings: variables substituted, and relative paths read from `dir` (the folder
 * Compose resolves them from) but written from the project's folder.
 */
function layerOf(
  file: StackFile,
  service: ServiceNode,
  via: Layer['via'],
  dir: string,
  place: Place,
): Layer {
  const raw = rawService(file, service);
  const { data, variables, unset } = substitute(serviceWritten(file, service), raw, place);
  const rebased = rebasePaths(data, dir, place.project);
  return { file, service, via, raw, data: rebased, variables, unset };
}

function conflict(name: string, earlier: StackFile, later: StackFile): UserError {
  const line = serviceNamed(later.compose, name)?.line;
  return new UserError(`service ${name} is also defined in ${earlier.compose.file}`, {
    file: later.compose.file,
    line,
    hint: 'an included file cannot redefine a service; rename one of them',
  });
}

/** A missing variable is said once per file, not once per service that uses it. */
function dedupe(warnings: StackWarning[]): StackWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.file}\0${w.code}\0${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function layerKey(layer: Pick<Layer, 'file' | 'service'>): string {
  return `${layer.file.path}\0${layer.service.name}`;
}

function reachOf(services: readonly StackService[]): Map<string, string[]> {
  const reaches = new Map<string, string[]>();
  const add = (key: string, name: string) => {
    const names = reaches.get(key) ?? [];
    if (!names.includes(name)) reaches.set(key, [...names, name]);
  };
  for (const service of services) {
    for (const layer of service.layers)
      if (layer.via === 'extends') add(layerKey(layer), service.name);
  }
  for (const service of services) {
    for (const layer of service.layers) {
      if (layer.via === 'file' && reaches.has(layerKey(layer))) add(layerKey(layer), service.name);
    }
  }
  return reaches;
}
