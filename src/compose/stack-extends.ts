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

/**
 * The services a service extends, the most distant first: `extends: web` in the same file, or
 * `extends: {service: web, file: common.yml}` relative to the file that says it. The last file
 * layer that sets `extends` decides, as the merged file would.
 */
export function resolveExtends(
  layers: readonly Pick<Layer, 'file' | 'service' | 'raw'>[],
  open: (file: string) => StackFile | undefined,
  warnings: StackWarning[],
): ExtendsBase[] {
  const declaring = layers.findLast((l) => l.raw.extends !== undefined);
  if (!declaring) return [];
  const chain: ExtendsBase[] = [];
  const seen = new Set([`${declaring.file.path}\0${declaring.service.name}`]);
  let from: ExtendsBase = declaring;
  let spec = declaring.raw.extends;
  while (spec !== undefined) {
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
    spec = isRecord(raw) ? raw.extends : undefined;
  }
  return chain;
}

function baseOf(
  from: ExtendsBase,
  spec: unknown,
  open: (file: string) => StackFile | undefined,
): ExtendsBase | undefined {
  const where = { file: from.file.compose.file, line: extendsLine(from) };
  const name = typeof spec === 'string' ? spec : isRecord(spec) ? spec.service : undefined;
  const other = isRecord(spec) && typeof spec.file === 'string' ? spec.file : undefined;
  if (typeof name !== 'string' || name === '') {
    throw new UserError('extends: names no service', {
      ...where,
      hint: 'write extends: NAME or extends: {service: NAME, file: FILE}',
    });
  }
  const file = other
    ? openBase(open, path.resolve(path.dirname(from.file.path), other), where)
    : from.file;
  if (!file) return undefined;
  const service = serviceNamed(file.compose, name);
  if (!service?.map) {
    throw new UserError(`extends: service ${name} is not defined in ${file.compose.file}`, {
      ...where,
      hint: 'check the service name and the file',
    });
  }
  return { file, service };
}

function openBase(
  open: (file: string) => StackFile | undefined,
  target: string,
  where: { file: string; line: number | undefined },
): StackFile | undefined {
  try {
    return open(target);
  } catch (error) {
    if (!(error instanceof UserError) || error.line !== undefined) throw error;
    throw new UserError(`extends: cannot read ${error.file ?? target}: ${error.message}`, {
      ...where,
      hint: 'check the path in extends: file:, which is relative to this file',
    });
  }
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
