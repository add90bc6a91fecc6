import path from 'node:path';
import { isMap, isScalar, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { lineOfNode } from './document.js';
import { isRecord, type ServiceNode, serviceNamed } from './services.js';
import type { Layer, StackFile, StackWarning } from './stack.js';

/** A service another one extends, in the file that defines it. */
export interface ExtendsBase {
  file: StackFile;
  service: ServiceNode;
}

/** A service's `extends:` as Compose reads it, and the variables in it that are not set. */
export interface ExtendsSpec {
  value: unknown;
  unset: readonly string[];
}

/**
 * The services a service extends, the most distant first: `extends: web` in the same file, or
 * `extends: {service: web, file: common.yml}` relative to the file that says it. The last file
 * layer that sets `extends` decides, as the merged file would. `specOf` reads a service's
 * `extends:` with its variables substituted, as Compose reads the path.
 */
export function resolveExtends(
  layers: readonly Pick<Layer, 'file' | 'service' | 'raw'>[],
  open: (file: string) => StackFile | undefined,
  warnings: StackWarning[],
  specOf: (file: StackFile, service: ServiceNode) => ExtendsSpec,
): ExtendsBase[] {
  const declaring = layers.findLast((l) => l.raw.extends !== undefined);
  if (!declaring) return [];
  const chain: ExtendsBase[] = [];
  const seen = new Set([`${declaring.file.path}\0${declaring.service.name}`]);
  let from: ExtendsBase = declaring;
  let spec: ExtendsSpec | undefined = specOf(declaring.file, declaring.service);
  while (spec !== undefined && spec.value !== undefined) {
    const base = baseOf(from, spec, open);
    if (!base) {
      warnings.push({
        file: from.file.compose.file,
        line: extendsLine(from) ?? from.service.line,
        code: 'EXTENDS',
        message:
          `service ${from.service.name} extends a file that is not read; ` +
          'what it inherits is not seen',
      });
      break;
    }
    const key = `${base.file.path}\0${base.service.name}`;
    if (seen.has(key)) {
      throw new UserError(`extends: makes a loop through service ${base.service.name}`, {
        file: from.file.compose.file,
        line: extendsLine(from),
        hint: 'a service cannot extend itself, directly or through others',
      });
    }
    seen.add(key);
    chain.unshift(base);
    from = base;
    const raw = servicesOf(base.file)[base.service.name];
    spec = isRecord(raw) && raw.extends !== undefined ? specOf(base.file, base.service) : undefined;
  }
  return chain;
}

function baseOf(
  from: ExtendsBase,
  { value: spec, unset }: ExtendsSpec,
  open: (file: string) => StackFile | undefined,
): ExtendsBase | undefined {
  const where = { file: from.file.compose.file, line: extendsLine(from) };
  const name = typeof spec === 'string' ? spec : isRecord(spec) ? spec.service : undefined;
  const other = isRecord(spec) && typeof spec.file === 'string' ? spec.file : undefined;
  if (typeof name !== 'string' || name === '') {
    throw new UserError('extends: names no service', {
      ...where,
      hint: withUnset('write extends: NAME or extends: {service: NAME, file: FILE}', unset),
    });
  }
  const file = other
    ? openBase(open, path.resolve(path.dirname(from.file.path), other), where, unset)
    : from.file;
  if (!file) return undefined;
  const service = serviceNamed(file.compose, name);
  if (!service?.map) {
    throw new UserError(`extends: service ${name} is not defined in ${file.compose.file}`, {
      ...where,
      hint: withUnset('check the service name and the file', unset),
    });
  }
  return { file, service };
}

function openBase(
  open: (file: string) => StackFile | undefined,
  target: string,
  where: { file: string; line: number | undefined },
  unset: readonly string[],
): StackFile | undefined {
  try {
    return open(target);
  } catch (error) {
    if (!(error instanceof UserError) || error.line !== undefined) throw error;
    const hint = 'check the path in extends: file:, which is relative to this file';
    throw new UserError(`extends: cannot read ${error.file ?? target}: ${error.message}`, {
      ...where,
      hint: withUnset(hint, unset),
    });
  }
}

/** An unset variable is the likely cause: Compose put an empty string in its place. */
function withUnset(hint: string, unset: readonly string[]): string {
  if (unset.length === 0) return hint;
  const names = unset.join(' and ');
  return `${hint}; ${names} ${unset.length > 1 ? 'are' : 'is'} not set, so it reads as empty`;
}

function servicesOf(file: StackFile): Record<string, unknown> {
  const services = (file.compose.data as { services?: unknown }).services;
  return isRecord(services) ? services : {};
}

function extendsLine(base: ExtendsBase): number | undefined {
  const pair = base.service.map?.items.find((p) => isScalar(p.key) && p.key.value === 'extends');
  const node = (pair?.key ?? null) as Node | null;
  return isMap(base.service.map)
    ? (lineOfNode(base.file.compose.lineCounter, node) ?? base.service.line)
    : base.service.line;
}
