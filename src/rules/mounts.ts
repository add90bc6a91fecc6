import type { Edit } from '../compose/apply.js';
import type { SettingSource } from '../compose/services.js';
import { parseShortVolume, type ShortVolume } from '../compose/volume-spec.js';
import { hostPath } from './host-paths.js';
import type { RuleContext } from './types.js';
import { isTrue, itemSource, listedWhere } from './values.js';

/** One entry of `volumes:`, short or long syntax, as the mount rules judge it. */
export interface Mount {
  index: number;
  /** The entry as written (short syntax) or `source -> target` (long syntax). */
  text: string;
  /** The source is a host path or pipe, not a named volume or tmpfs. */
  bind: boolean;
  /** The normalised host path; undefined when relative, named or from a variable. */
  host: string | undefined;
  target: string;
  readOnly: boolean;
  propagation: string | undefined;
  /** Written in long syntax, where the read-only fix is `read_only: true` rather than `:ro`. */
  long: boolean;
}

const PROPAGATION = /^r?(shared|slave|private)$/;
const HOST_SOURCE = /^([/.~$\\]|[A-Za-z]:[\\/])/;

function fromShort(index: number, spec: string): Mount | undefined {
  const volume = parseShortVolume(spec) ?? emptySource(spec);
  if (!volume) return undefined;
  const bind =
    volume.source !== undefined && (volume.source === '' || HOST_SOURCE.test(volume.source));
  return {
    index,
    text: spec,
    bind,
    host: bind && volume.source ? hostPath(volume.source) : undefined,
    target: volume.target,
    readOnly: volume.options.includes('ro'),
    propagation: volume.options.find((option) => PROPAGATION.test(option)),
    long: false,
  };
}

/**
 * `:/var/run/docker.sock`, as `${SOCK}:/var/run/docker.sock` reads with SOCK unset: Compose
 * refuses the empty source, but the target still says what the bind is for.
 */
function emptySource(spec: string): ShortVolume | undefined {
  if (!spec.trim().startsWith(':')) return undefined;
  const volume = parseShortVolume(`.${spec.trim()}`);
  return volume && { ...volume, source: '' };
}

function fromLong(index: number, spec: Record<string, unknown>): Mount {
  const source = typeof spec.source === 'string' ? spec.source : undefined;
  const bind = spec.type === 'bind' || spec.type === 'npipe';
  const options = spec.bind as { propagation?: unknown } | undefined;
  const target = String(spec.target ?? '');
  return {
    index,
    text: `${source ?? '(none)'} -> ${target}`,
    bind,
    host: bind && source ? hostPath(source) : undefined,
    target,
    readOnly: isTrue(spec.read_only),
    propagation: typeof options?.propagation === 'string' ? options.propagation : undefined,
    long: true,
  };
}

export interface Mounts {
  mounts: Mount[];
  source: SettingSource;
  /** The list is the service's own, so its entries can be edited in place. */
  editable: boolean;
  /** Where a mount is written: its file and line. */
  sourceOf(mount: Mount): SettingSource;
  /** Mounts for the "current" column, each as `text` says, with where they are written. */
  listed(found: readonly Mount[], text?: (mount: Mount) => string): string;
}

export function mountsOf(context: RuleContext): Mounts {
  const setting = context.setting('volumes');
  const entries = Array.isArray(setting.value) ? setting.value : [];
  const mounts = entries.flatMap((entry, index): Mount[] => {
    if (typeof entry === 'string') return [fromShort(index, entry)].filter((m) => m !== undefined);
    if (entry && typeof entry === 'object') return [fromLong(index, entry)];
    return [];
  });
  return {
    mounts,
    source: setting.source,
    editable: setting.source.kind === 'own',
    sourceOf: (mount) => itemSource(setting, mount.index),
    listed: (found, text = (mount) => mount.text) =>
      listedWhere(
        setting,
        found.map((mount) => ({ text: text(mount), index: mount.index })),
      ),
  };
}

/** What the read-only fix writes for these mounts: `:ro`, `read_only: true`, or both. */
export function readOnlyText(mounts: readonly Mount[]): string {
  const forms = new Set(mounts.map((mount) => (mount.long ? 'read_only: true' : ':ro')));
  return [...forms].join(' or ');
}

/** The `volume` edit for one entry of the service's own list. */
export function volumeEdit(
  context: RuleContext,
  mount: Mount,
  change: { readOnly?: true; propagation?: 'rprivate' },
): Edit {
  return { kind: 'volume', service: context.service, index: mount.index, ...change };
}
