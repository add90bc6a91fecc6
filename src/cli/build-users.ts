import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Instruction } from 'dockerfile-ast';
import type { ComposeDocument } from '../compose/document.js';
import { listServices, readSetting } from '../compose/services.js';
import type { Stack } from '../compose/stack.js';
import type { BuildUser } from '../plan/types.js';

/**
 * For services built from a local Dockerfile, the user its final stage (or `target`) runs as:
 * the last USER instruction of that stage, following `FROM <earlier stage>`. Unreadable or
 * interpolated paths are skipped: the plan then treats the image as unknown. A USER taken from
 * a build variable (`USER ${APP_UID}`) is returned as written, for the plan to report unknown.
 */
export function readBuildUsers(
  compose: ComposeDocument,
  composeDir: string,
): Map<string, BuildUser> {
  const builds = listServices(compose).map((service) => ({
    name: service.name,
    build: readSetting(compose, service, 'build').value,
    dir: composeDir,
  }));
  return buildUsersOf(builds);
}

/** The same for a stack: each build's context is relative to the file that sets `build`. */
export function readStackBuildUsers(stack: Stack): Map<string, BuildUser> {
  const builds = stack.services.map((service) => {
    const layer = service.layers.findLast((l) => Object.hasOwn(l.raw, 'build')) ?? service.home;
    return { name: service.name, build: service.data.build, dir: path.dirname(layer.file.path) };
  });
  return buildUsersOf(builds);
}

function buildUsersOf(
  builds: readonly { name: string; build: unknown; dir: string }[],
): Map<string, BuildUser> {
  const users = new Map<string, BuildUser>();
  for (const { name, build, dir } of builds) {
    const spec = typeof build === 'string' ? { context: build } : (build as BuildSpec | undefined);
    if (!spec || typeof spec !== 'object') continue;
    const found = userOf(spec, dir);
    if (found) users.set(name, found);
  }
  return users;
}

interface BuildSpec {
  context?: unknown;
  dockerfile?: unknown;
  dockerfile_inline?: unknown;
  target?: unknown;
}

function userOf(spec: BuildSpec, composeDir: string): BuildUser | undefined {
  const context = typeof spec.context === 'string' ? spec.context : '.';
  const name = typeof spec.dockerfile === 'string' ? spec.dockerfile : 'Dockerfile';
  if (`${context}${name}`.includes('$') || /^[a-z]+:\/\//i.test(context)) return undefined;
  const file = path.resolve(composeDir, context, name);
  let text: string;
  try {
    text =
      typeof spec.dockerfile_inline === 'string'
        ? spec.dockerfile_inline
        : readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const shown =
    typeof spec.dockerfile_inline === 'string'
      ? 'dockerfile_inline'
      : path.relative(composeDir, file);
  // Without a USER line the image's user comes from its base: nothing to parse.
  if (!/^\s*user\s/im.test(text)) return undefined;
  const stages = splitStages(parser().parse(text).getInstructions());
  const target = typeof spec.target === 'string' ? spec.target : undefined;
  return stageUser(
    stages,
    target ? stages.findIndex((s) => s.name === target) : stages.length - 1,
    shown,
  );
}

interface Stage {
  name: string | undefined;
  base: string;
  instructions: Instruction[];
}

function splitStages(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.getKeyword() === 'FROM') {
      const [base = '', as, name] = instruction.getArgumentsContent()?.split(/\s+/) ?? [];
      stages.push({ base, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

function stageUser(stages: Stage[], index: number, file: string, depth = 0): BuildUser | undefined {
  const stage = stages[index];
  if (!stage || depth > stages.length) return undefined;
  const user = stage.instructions.filter((i) => i.getKeyword() === 'USER').at(-1);
  if (user) {
    const value = user.getArgumentsContent()?.trim();
    if (!value) return undefined;
    return { user: value, where: `${file}:${user.getRange().start.line + 1}` };
  }
  const parent = stages.findIndex((s, i) => i < index && s.name === stage.base);
  return parent === -1 ? undefined : stageUser(stages, parent, file, depth + 1);
}

/** The Dockerfile parser, loaded on the first Dockerfile that sets a USER. */
function parser(): typeof import('dockerfile-ast').DockerfileParser {
  const load = createRequire(import.meta.url);
  return (load('dockerfile-ast') as typeof import('dockerfile-ast')).DockerfileParser;
}
