import type { Edit } from '../compose/apply.js';
import type { ComposeDocument } from '../compose/document.js';
import { type Routed, routeEdits } from '../compose/route.js';
import type { Setting } from '../compose/services.js';
import { givenFiles, type Stack, type StackService, singleFileStack } from '../compose/stack.js';
import { stackSetting } from '../compose/stack-settings.js';
import type { PresetMatch } from '../presets/match.js';
import { matchPreset } from '../presets/match.js';
import type { Preset } from '../presets/schema.js';
import { RULES } from '../rules/registry.js';
import type { RuleContext } from '../rules/types.js';
import { isRootUser, runsAsNonRoot } from '../rules/user-non-root.js';
import { asList, isInterpolated } from '../rules/values.js';
import type { BuildUser, Finding, Plan, ServicePlan } from './types.js';

/**
 * The reason, and what of the fix is left unwritten and why: a partial fix starts unselected,
 * since taking it alone leaves the finding.
 */
function leftOut(reason: string, left: readonly string[], partial: boolean): string {
  if (left.length === 0) return reason;
  const where = left.join(' and ');
  if (!partial) return `${reason}; it comes from ${where}: change it there`;
  const rest = `part of it comes from ${where}, left as written`;
  return `${reason}; ${rest}: this change alone leaves the finding`;
}

/** A fix that changes other services too (they merge or extend this one) says so. */
function reaching(reason: string, routed: Routed | undefined, edits: readonly Edit[]): string {
  const others = routed?.reaches ?? [];
  if (others.length === 0 || edits.length === 0) return reason;
  const names = others.join(', ');
  const one = others.length === 1;
  const verb = one ? 'merges or extends' : 'merge or extend';
  return `${reason}; ${names} ${verb} this service, so this change reaches ${one ? 'it' : 'them'} too`;
}

/** Analyses every service of one parsed file, read alone: plain data, nothing written. */
export function planFile(
  compose: ComposeDocument,
  presets: readonly Preset[],
  buildUsers: ReadonlyMap<string, BuildUser> = new Map(),
): Plan {
  return planStack(singleFileStack(compose), presets, buildUsers);
}

/** Analyses every service of a stack, each as Compose merges it: plain data, nothing written. */
export function planStack(
  stack: Stack,
  presets: readonly Preset[],
  buildUsers: ReadonlyMap<string, BuildUser> = new Map(),
): Plan {
  const main = stack.main.compose;
  // A large stack names the same few images again and again: match each one once.
  const matches = new Map<string, PresetMatch>();
  const match: MatchFor = (image, build) => {
    const key = `${build}\0${image ?? ''}`;
    const known = matches.get(key) ?? matchPreset(presets, image, build);
    matches.set(key, known);
    return known;
  };
  return {
    file: main.file,
    files: stack.files.map((f) => f.compose.file),
    paths: stack.files.map((f) => f.path),
    given: givenFiles(stack),
    services: stack.services.map((service) =>
      planService(stack, service, match, buildUsers.get(service.name)),
    ),
    warnings: main.warnings,
  };
}

type MatchFor = (image: string | undefined, build: boolean) => PresetMatch;

function planService(
  stack: Stack,
  service: StackService,
  matchFor: MatchFor,
  buildUser: BuildUser | undefined,
): ServicePlan {
  // Rules ask for the same few settings again and again: read each once per service.
  const settings = new Map<string, Setting>();
  const setting = (key: string) => {
    const known = settings.get(key);
    if (known) return known;
    const read = stackSetting(stack, service, key);
    settings.set(key, read);
    return read;
  };
  const image = setting('image').value;
  const imageText = image === undefined || image === null ? undefined : String(image);
  const build = setting('build').value !== undefined;
  const match = matchFor(imageText, build);
  const { preset, why } = buildUser ? withBuildUser(match, buildUser) : match;
  const startsAsRoot = willStartAsRoot(setting('user').value, preset);
  const context: RuleContext = {
    service: service.name,
    image: imageText,
    preset,
    setting,
    startsAsRoot,
    neededCaps: startsAsRoot ? preset.capAdd.root : preset.capAdd.nonRoot,
  };
  const home = service.home;
  const homeFile = home.file === stack.main ? undefined : home.file.compose.file;
  const editable = home.service.map !== undefined && !home.service.aliasOf;

  const findings = RULES.map((rule): Finding => {
    const check = rule.check(context);
    const routed = editable ? routeEdits(stack, service, check.edits) : undefined;
    const edits = routed?.edits ?? [];
    const { source } = check;
    const file = source.kind === 'unset' ? homeFile : source.file;
    return {
      key: `${service.name}/${rule.id}`,
      service: service.name,
      rule: rule.id,
      title: rule.title,
      severity: check.severity ?? rule.severity,
      status: check.status,
      current: check.current,
      recommended: check.recommended,
      reason: reaching(leftOut(check.reason, routed?.left ?? [], edits.length > 0), routed, edits),
      line: source.kind === 'unset' ? home.service.line : source.line,
      ...(file === undefined ? {} : { file }),
      source,
      edits,
      ...(routed?.shared ? { shared: routed.shared } : {}),
      ...(edits.length > 0 && (routed?.left.length || routed?.reaches.length)
        ? { held: true as const }
        : {}),
      proposed:
        check.status === 'fail' &&
        edits.length > 0 &&
        !check.review &&
        !routed?.left.length &&
        !routed?.reaches.length,
    };
  });
  return {
    name: service.name,
    line: home.service.line,
    ...(homeFile === undefined ? {} : { file: homeFile }),
    image: imageText,
    build,
    presetId: preset.id,
    presetTitle: preset.title,
    why,
    notes: preset.notes,
    profiles: asList(setting('profiles').value),
    findings,
  };
}

/**
 * The user the service will start as once the preset's user is taken: a non-root user written
 * in the file, else the preset's recommended user, else the image's own.
 */
function willStartAsRoot(written: unknown, preset: Preset): boolean {
  if (written !== undefined && written !== null && written !== '' && !isInterpolated(written)) {
    if (!isRootUser(written)) return false;
  }
  if (preset.user.recommended !== null && !preset.user.review) return false;
  return !runsAsNonRoot(preset.user.image);
}

/** A Dockerfile that sets USER tells more than any preset: the image runs as that user. */
function withBuildUser(match: PresetMatch, build: BuildUser): PresetMatch {
  const user = { ...match.preset.user, image: build.user, review: match.preset.user.review };
  return {
    preset: { ...match.preset, user },
    why: `${match.why}; its Dockerfile sets USER ${build.user} (${build.where})`,
  };
}
