import { isDeepStrictEqual } from 'node:util';
import { aliasedItem } from './aliased-item.js';
import { aliasedValue } from './aliased-value.js';
import { type Edit, settingOf } from './apply.js';
import { portKey } from './merge.js';
import { bindShortPort } from './port-spec.js';
import { type Routed, settleAnchors } from './route-anchors.js';
import { asItems, isRecord } from './services.js';
import type { Layer, Stack, StackService } from './stack.js';

export type { Routed, SharedBlock } from './route-anchors.js';

/**
 * Settings Compose merges item by item across files and `extends`: a later layer adds to them,
 * so an item is removed only where it is written.
 */
export const MERGED_LISTS = new Set([
  'cap_add',
  'cap_drop',
  'security_opt',
  'tmpfs',
  'devices',
  'dns',
  'dns_search',
  'group_add',
  'ports',
  'volumes',
]);

/** An edit and the layer whose file it changes. */
export interface Placed {
  edit: Edit;
  layer: Layer;
}

/**
 * Sends each edit of a service to the place that sets what it changes: the file where the
 * value is written (an override, a file a `!reset` clears it in), or, for a setting set
 * nowhere, the file whose image is in effect. What only a base the service extends or a
 * `${VAR}` could change is left, and the result says why.
 */
export function routeEdits(stack: Stack, service: StackService, edits: readonly Edit[]): Routed {
  if (edits.length === 0) return { edits: [], shared: undefined, left: [], reaches: [] };
  const router = new Router(service);
  const placed = edits.flatMap((edit) => router.place(edit));
  return { ...settleAnchors(stack, service, placed), left: [...router.left] };
}

/** Why part of a fix was left unwritten, as a finding says it. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: the text a person reads, not a template.
const VARIABLE = 'a ${VAR}';
const SHARED_BASE = 'the service it extends';
const MAPPING = 'a list item written as a mapping';

class Router {
  readonly left = new Set<string>();

  constructor(private readonly service: StackService) {}

  place(edit: Edit): Placed[] {
    switch (edit.kind) {
      case 'set':
        return this.set(edit);
      case 'delete':
        return this.writable(edit.key)
          .filter((layer) => !this.aliased(layer, edit.key))
          .map((layer) => ({ edit, layer }));
      case 'list':
        return this.list(edit);
      default:
        return this.item(edit);
    }
  }

  /** Layers that write the key and whose value counts: no later `!reset` or `!override`. */
  private writing(key: string): Layer[] {
    return this.service.layers.filter(
      (layer) => Object.hasOwn(layer.raw, key) && !layer.shadowed?.has(key),
    );
  }

  /** Of those, the ones a fix may change: the service's files, and bases only it extends. */
  private writable(key: string): Layer[] {
    const layers = this.writing(key);
    const open = layers.filter((layer) => this.canWrite(layer));
    if (open.length < layers.length) this.left.add(SHARED_BASE);
    return open;
  }

  /** A base the service extends is never written: it may serve other services or projects. */
  private canWrite(layer: Layer): boolean {
    return layer.via === 'file';
  }

  /** A value others alias through its anchor is left: changing it would change them too. */
  private aliased(layer: Layer, key: string): boolean {
    const why = aliasedValue(layer, key);
    if (why) this.left.add(why);
    return why !== undefined;
  }

  /** The last file layer that writes the key, else the service's home file. */
  private target(key: string): Layer {
    const files = this.writing(key).filter((layer) => layer.via === 'file');
    return files.at(-1) ?? this.service.home;
  }

  private set(edit: Extract<Edit, { kind: 'set' }>): Placed[] {
    const layer = this.target(edit.key);
    if (hasVariable(layer.raw[edit.key])) {
      this.left.add(VARIABLE);
      return [];
    }
    if (this.aliased(layer, edit.key)) return [];
    // Dropping more capabilities than ALL is harmless: what other files drop stays.
    const merged = MERGED_LISTS.has(edit.key) && edit.key !== 'cap_drop';
    if (!merged || !Array.isArray(edit.value)) return [{ edit, layer }];
    // A list set in one file still merges with what the others add: drop those there too.
    const wanted = edit.value.map(String);
    const list: Extract<Edit, { kind: 'list' }> = {
      kind: 'list',
      service: edit.service,
      key: edit.key,
      remove: [],
      add: [],
    };
    const drops = this.list(list, (item) => wanted.includes(String(item)), layer);
    // What the others keep merges in anyway: writing it here too would repeat it.
    const elsewhere = this.keptElsewhere(edit.key, layer, wanted);
    const written = asItems(layer.data[edit.key]).map(String);
    const value = edit.value.filter(
      (item) => !elsewhere.has(String(item)) || written.includes(String(item)),
    );
    // An empty list where the key is not written adds nothing: only the removals count.
    const adds = value.length > 0 || Object.hasOwn(layer.raw, edit.key);
    return adds ? [{ edit: { ...edit, value }, layer }, ...drops] : drops;
  }

  /** The wanted items that the layers other than `target` write, and so still give. */
  private keptElsewhere(key: string, target: Layer, wanted: readonly string[]): Set<string> {
    const others = this.writing(key).filter((layer) => layer !== target);
    const items = others.flatMap((layer) => asItems(layer.data[key]).map(String));
    return new Set(items.filter((item) => wanted.includes(item)));
  }

  /** Items are removed where each is written; added where the list is last written. */
  private list(
    edit: Extract<Edit, { kind: 'list' }>,
    keep: (item: unknown) => boolean = (item) => !edit.remove.includes(String(item)),
    skip?: Layer,
  ): Placed[] {
    const target = this.target(edit.key);
    const placed: Placed[] = [];
    for (const layer of new Set([...this.writing(edit.key), target])) {
      if (layer === skip) continue;
      const data = asItems(layer.data[edit.key]);
      const raw = asItems(layer.raw[edit.key]);
      const remove = raw.filter((_, i) => !keep(data[i]));
      const add = layer === target ? edit.add : [];
      if (remove.length === 0 && add.length === 0) continue;
      if (remove.some((item) => typeof item !== 'string')) this.left.add(MAPPING);
      else if (!this.canWrite(layer)) this.left.add(SHARED_BASE);
      else if (!this.aliased(layer, edit.key))
        placed.push({ edit: { ...edit, remove: remove.map(String), add: [...add] }, layer });
    }
    return placed;
  }

  /**
   * A port or volume, found in each layer that writes it: indexes differ once layers merge,
   * and the same entry written in two files is fixed in both.
   */
  private item(edit: Extract<Edit, { kind: 'port' | 'volume' }>): Placed[] {
    const key = settingOf(edit);
    const entry = asItems(this.service.data[key])[edit.index];
    if (entry === undefined) return [];
    const only = this.service.layers.length === 1 ? this.service.layers[0] : undefined;
    if (only) return this.placeItem(only, edit.index, entry, edit);
    const same = copiesOf(edit, entry);
    return this.writing(key).flatMap((layer) => {
      const items = asItems(layer.data[key]);
      const indexes = items.flatMap((item, index) => (same(item) ? [index] : []));
      if (indexes.length === 0) return [];
      if (!this.canWrite(layer)) {
        this.left.add(SHARED_BASE);
        return [];
      }
      return indexes.flatMap((index) => this.placeItem(layer, index, entry, edit));
    });
  }

  private placeItem(
    layer: Layer,
    index: number,
    entry: unknown,
    edit: Extract<Edit, { kind: 'port' | 'volume' }>,
  ): Placed[] {
    const aliased = aliasedItem(layer, settingOf(edit), index);
    if (aliased) {
      this.left.add(aliased);
      return [];
    }
    const raw = asItems(layer.raw[settingOf(edit)])[index];
    const copy = asItems(layer.data[settingOf(edit)])[index];
    if (edit.kind === 'port' && !isDeepStrictEqual(copy, entry)) {
      return this.placePortCopy(layer, index, raw, edit);
    }
    if (edit.kind === 'volume' || !hasVariable(raw)) return [{ edit: { ...edit, index }, layer }];
    // `${PORT}:80` becomes `127.0.0.1:${PORT}:80`: the address goes in front of what is written.
    if (typeof raw === 'string' && edit.short === `${edit.hostIp}:${String(entry)}`) {
      return [{ edit: { ...edit, index, short: `${edit.hostIp}:${raw}` }, layer }];
    }
    // A long entry gets `host_ip:`, which overwrites no variable unless host_ip is one.
    if (isRecord(raw) && !hasVariable(raw.host_ip)) return [{ edit: { ...edit, index }, layer }];
    this.left.add(VARIABLE);
    return [];
  }

  /**
   * The same port written in another form (`8443:443` here, `{target: 443, published: 8443}`
   * there): it is bound too, else it would no longer merge with the bound one and would stay
   * published on every interface.
   */
  private placePortCopy(
    layer: Layer,
    index: number,
    raw: unknown,
    edit: Extract<Edit, { kind: 'port' }>,
  ): Placed[] {
    if (isRecord(raw) && !hasVariable(raw.host_ip)) return [{ edit: { ...edit, index }, layer }];
    const short =
      typeof raw === 'string' || typeof raw === 'number'
        ? bindShortPort(raw, edit.hostIp)
        : undefined;
    if (short !== undefined) return [{ edit: { ...edit, index, short }, layer }];
    this.left.add(VARIABLE);
    return [];
  }
}

/**
 * Which items of a layer are copies of the entry. A port is one entry wherever its address,
 * published port, target and protocol are the same, whatever the syntax; a volume must read
 * the same, since another file's mount of the same target is replaced, not merged.
 */
function copiesOf(
  edit: Extract<Edit, { kind: 'port' | 'volume' }>,
  entry: unknown,
): (item: unknown) => boolean {
  if (edit.kind === 'volume') return (item) => isDeepStrictEqual(item, entry);
  const key = portKey(entry);
  return (item) => portKey(item) === key;
}

function hasVariable(value: unknown): boolean {
  return value !== undefined && JSON.stringify(value).includes('$');
}
