import { servicesMerging } from './anchors.js';
import type { Edit } from './apply.js';
import type { Placed } from './route.js';
import { readSetting } from './services.js';
import type { Layer, Stack } from './stack.js';

/** A block several services merge, and the edits that would fix the finding there instead. */
export interface SharedBlock {
  anchor: string;
  line: number;
  /** The file, when it is not the main one. */
  file?: string;
  /** The other services that merge it, which the change would reach too. */
  services: string[];
  edits: Edit[];
}

export interface Routed {
  edits: Edit[];
  /** Set when every edit changes a value merged from one block that other services share. */
  shared: SharedBlock | undefined;
  /** Why part of the fix could not be placed (`a ${VAR}`, a shared base...); empty when whole. */
  left: string[];
}

/**
 * A value merged from `<<: *block` is changed in the block when no other service merges it;
 * otherwise in the service, with the block offered as the alternative.
 */
export function settleAnchors(stack: Stack, placed: readonly Placed[]): Omit<Routed, 'left'> {
  const edits: Edit[] = [];
  const alternatives: (SharedBlock | undefined)[] = [];
  for (const { edit, layer } of placed) {
    const routed = at(stack, edit, layer);
    const key = keyOf(edit);
    const source = readSetting(layer.file.compose, layer.service, key).source;
    if (source.kind !== 'merged') {
      edits.push(routed);
      alternatives.push(undefined);
      continue;
    }
    const anchor = source.anchor;
    const others = servicesMerging(layer.file.compose, anchor).filter(
      (s) => s !== layer.service.name,
    );
    edits.push(others.length === 0 ? { ...routed, anchor } : routed);
    alternatives.push(
      others.length === 0
        ? undefined
        : {
            anchor,
            line: source.line,
            ...(layer.file === stack.main ? {} : { file: layer.file.compose.file }),
            services: others,
            edits: [{ ...routed, anchor }],
          },
    );
  }
  const first = alternatives[0];
  const same = alternatives.every((a) => a !== undefined && a.anchor === first?.anchor);
  if (!first || !same) return { edits, shared: undefined };
  const services = [...new Set(alternatives.flatMap((a) => a?.services ?? []))];
  const all = alternatives.flatMap((a) => a?.edits ?? []);
  return { edits, shared: { ...first, services, edits: all } };
}

function keyOf(edit: Edit): string {
  if (edit.kind === 'port') return 'ports';
  if (edit.kind === 'volume') return 'volumes';
  return edit.key;
}

/** The edit aimed at the layer: its file, when not the main one, and its service's name. */
function at(stack: Stack, edit: Edit, layer: Layer): Edit {
  const { file: _, ...rest } = edit;
  const aimed = { ...rest, service: layer.service.name } as Edit;
  return layer.file === stack.main ? aimed : { ...aimed, file: layer.file.path };
}
