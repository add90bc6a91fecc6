import { normalizePattern, parseImageRef } from './image-ref.js';
import type { Preset } from './schema.js';

export interface PresetMatch {
  preset: Preset;
  /** One sentence for the wizard saying why this preset was chosen. */
  why: string;
}

/** True when a preset pattern such as `grafana/grafana-*` covers a normalised ref. */
export function patternMatches(pattern: string, normalized: string): boolean {
  return compile(pattern)?.test(normalized) ?? false;
}

/**
 * Each pattern compiled once: a 1,000-service file compiled every pattern of every preset for
 * each service, half the time of planning it. Pure, so one cache for the process is safe.
 */
const compiled = new Map<string, RegExp | null>();

function compile(pattern: string): RegExp | null {
  const known = compiled.get(pattern);
  if (known !== undefined) return known;

  const canonical = normalizePattern(pattern);
  // `*` stays inside one path segment; every other character is literal.
  const body = canonical
    ?.split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  const regex = body === undefined ? null : new RegExp(`^${body}$`);
  compiled.set(pattern, regex);
  return regex;
}

/**
 * Picks the preset for one service. `presets` is in search order (user presets first, as
 * `loadPresets` returns them); the first preset with a matching pattern wins. A service built
 * from a Dockerfile, or whose image cannot be known, gets the fallback preset.
 */
export function matchPreset(
  presets: readonly Preset[],
  image: string | undefined,
  hasBuild: boolean,
): PresetMatch {
  const fallback = presets.find((preset) => preset.fallback);
  if (!fallback) throw new Error('no fallback preset was loaded; loadPresets guarantees one');

  // With `build:` the image name only tags our own build, so it says nothing about the image.
  if (hasBuild) {
    return { preset: fallback, why: 'built from a local Dockerfile; no image preset applies' };
  }
  if (image === undefined || image.trim() === '') {
    return { preset: fallback, why: 'the service names no image; using the generic preset' };
  }
  if (image.includes('$')) {
    return {
      preset: fallback,
      why: `image "${image}" comes from a variable; using the generic preset`,
    };
  }

  const ref = parseImageRef(image);
  if (!ref) {
    return {
      preset: fallback,
      why: `image "${image}" is not a valid image reference; using the generic preset`,
    };
  }

  for (const preset of presets) {
    const pattern = preset.match.find((candidate) => patternMatches(candidate, ref.normalized));
    if (pattern !== undefined) {
      const why = `image "${image}" is ${ref.normalized}, matched by pattern "${pattern}"`;
      return { preset, why };
    }
  }
  return { preset: fallback, why: `no preset matches "${image}"; using the generic preset` };
}
