import { z } from 'zod';
import { LINUX_CAPABILITIES, normalizeCap } from './capabilities.js';
import { normalizePattern } from './image-ref.js';

/*
 * The shape of a file in presets/. This schema is the only definition of a preset: the
 * TypeScript type below is inferred from it, and every message is written for the person
 * editing the YAML file.
 */

const capability = z.enum(LINUX_CAPABILITIES, {
  error: (issue) => {
    const written = String(issue.input);
    const known = typeof issue.input === 'string' ? normalizeCap(issue.input) : undefined;
    return known
      ? `write "${known}" instead of "${written}" (upper case, no CAP_ prefix)`
      : `"${written}" is not a Linux capability name`;
  },
});

const capabilityList = z
  .array(capability)
  .refine((caps) => new Set(caps).size === caps.length, { error: 'lists a capability twice' });

const uidGid = z
  .string()
  .regex(/^\d+:\d+$/, { error: 'must be UID:GID such as 999:999' })
  .refine((value) => Number(value.split(':')[0]) !== 0, {
    error: 'must not be UID 0; leave it null to keep the image starting as root',
  });

const pattern = z.string().refine((text) => normalizePattern(text) !== undefined, {
  error: 'must be an image name without tag or digest, such as postgres or grafana/grafana',
});

const absolutePath = z.string().regex(/^\/[^\s:]*$/, {
  error: 'must be an absolute path such as /tmp, without mount options',
});

const sentence = z.string().trim().min(1, { error: 'must not be empty' });

const memory = z.string().regex(/^\d+(\.\d+)?[kmg]?$/i, {
  error: 'must be a size such as 512m or 2g',
});

const cpus = z.string().regex(/^\d+(\.\d+)?$/, { error: 'must be a number of CPUs such as "0.5"' });

const duration = z.string().regex(/^(\d+(ns|us|ms|s|m|h))+$/, {
  error: 'must be a duration such as 10s or 1m30s',
});

const port = z.int().min(1).max(65535);

/** Resource limits to propose when the service sets none: a starting point to review. */
const limits = z.strictObject({
  memory: memory.optional(),
  cpus: cpus.optional(),
  pids: z.int().positive().optional(),
});

/**
 * A health check that works with the image's own tools, written as Compose's `test:` list, or
 * `inImage: true` when the image declares a HEALTHCHECK itself.
 */
const healthcheck = z
  .strictObject({
    test: z
      .array(sentence)
      .min(2)
      .refine((test) => test[0] === 'CMD' || test[0] === 'CMD-SHELL', {
        error: 'must start with CMD or CMD-SHELL',
      })
      .optional(),
    inImage: z.literal(true).optional(),
    interval: duration.optional(),
    timeout: duration.optional(),
    retries: z.int().positive().optional(),
    startPeriod: duration.optional(),
    /** The check may not fit every tag: the wizard offers it unselected. */
    review: z.boolean().optional(),
  })
  .refine((check) => (check.test === undefined) !== (check.inImage === undefined), {
    error: 'must have either test or inImage: true',
  });

/** The ports the image listens on; `edge` for a proxy meant to answer on 80 and 443. */
const ports = z.strictObject({ listen: z.array(port), edge: z.boolean().optional() });

export const presetSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be kebab-case, such as nginx-unprivileged',
    }),
    title: sentence,
    match: z.array(pattern),
    /** The preset for images no other preset matches; exactly one built-in has it. */
    fallback: z.boolean().default(false),
    user: z.strictObject({
      /** What the image runs as when Compose sets no user: "root", "65534", "101". */
      image: sentence,
      /** UID:GID to set in Compose; null keeps the image's user (its entrypoint steps down). */
      recommended: uidGid.nullable(),
      /** Whom a root entrypoint hands over to, e.g. "postgres (999:999)". */
      stepsDownTo: sentence.optional(),
      /** The recommended UID is a guess the user has to confirm. */
      review: z.boolean().optional(),
    }),
    /** Capabilities to add after cap_drop ALL, for a root start and for a non-root user. */
    capAdd: z.strictObject({ root: capabilityList, nonRoot: capabilityList }),
    readOnly: z.strictObject({ supported: z.boolean(), tmpfs: z.array(absolutePath) }),
    limits: limits.optional(),
    healthcheck: healthcheck.optional(),
    /** The restart policy to propose; unless-stopped when not set. */
    restart: z
      .string()
      .regex(/^(unless-stopped|on-failure(:\d+)?)$/, {
        error: 'must be unless-stopped or on-failure[:N]',
      })
      .optional(),
    ports: ports.optional(),
    notes: z.array(sentence),
    uncertain: z.boolean().optional(),
  })
  .refine((preset) => preset.fallback || preset.match.length > 0, {
    path: ['match'],
    error: 'must list at least one image pattern (only the fallback preset may leave it empty)',
  })
  .refine((preset) => !preset.fallback || preset.match.length === 0, {
    path: ['match'],
    error: 'must be empty for the fallback preset, which applies to every unmatched image',
  })
  .refine((preset) => preset.readOnly.supported || preset.readOnly.tmpfs.length === 0, {
    path: ['readOnly', 'tmpfs'],
    error: 'must be empty when readOnly.supported is false',
  });

export type Preset = z.infer<typeof presetSchema>;
