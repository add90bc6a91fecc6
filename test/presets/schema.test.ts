import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/presets/describe-issue.js';
import { presetSchema } from '../../src/presets/schema.js';

const VALID = {
  id: 'acme-backup',
  title: 'Acme backup job',
  match: ['acme/backup'],
  user: { image: 'root', recommended: '1000:1000' },
  capAdd: { root: [], nonRoot: [] },
  readOnly: { supported: true, tmpfs: ['/tmp'] },
  notes: ['Writes only to /backup.'],
};

/** The one-line problem loadPresets would report for `data`, or 'valid'. */
function problem(data: unknown): string {
  const result = presetSchema.safeParse(data, { reportInput: true });
  const issue = result.error?.issues[0];
  return issue ? describeIssue(issue) : 'valid';
}

describe('presetSchema', () => {
  it('fills in fallback: false when a preset leaves it out', () => {
    expect(presetSchema.parse(VALID).fallback).toBe(false);
  });

  it.each<[string, unknown, string]>([
    [
      'a root UID',
      { ...VALID.user, recommended: '0:1000' },
      'user.recommended: must not be UID 0; leave it null to keep the image starting as root',
    ],
    [
      'a user name',
      { ...VALID.user, recommended: 'postgres' },
      'user.recommended: must be UID:GID such as 999:999',
    ],
    ['an unknown key', { ...VALID.user, uid: 1 }, 'user.uid: unknown field'],
    ['no image user', { recommended: null }, 'user.image: is required'],
  ])('refuses %s in the user block', (_, user, expected) => {
    expect(problem({ ...VALID, user })).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    [
      'a CAP_ prefix',
      { root: ['CAP_CHOWN'], nonRoot: [] },
      'capAdd.root[0]: write "CHOWN" instead of "CAP_CHOWN" (upper case, no CAP_ prefix)',
    ],
    [
      'lower case',
      { root: [], nonRoot: ['setuid'] },
      'capAdd.nonRoot[0]: write "SETUID" instead of "setuid" (upper case, no CAP_ prefix)',
    ],
    [
      'an unknown name',
      { root: ['CHOWN', 'ROOT'], nonRoot: [] },
      'capAdd.root[1]: "ROOT" is not a Linux capability name',
    ],
    [
      'a repeated name',
      { root: ['CHOWN', 'CHOWN'], nonRoot: [] },
      'capAdd.root: lists a capability twice',
    ],
    ['a string for a list', { root: 'CHOWN', nonRoot: [] }, 'capAdd.root: must be a list'],
  ])('refuses capabilities with %s', (_, capAdd, expected) => {
    expect(problem({ ...VALID, capAdd })).toBe(expected);
  });

  it.each<[string, object, string]>([
    [
      'a relative tmpfs path',
      { readOnly: { supported: true, tmpfs: ['tmp'] } },
      'readOnly.tmpfs[0]: must be an absolute path such as /tmp, without mount options',
    ],
    [
      'tmpfs without read-only support',
      { readOnly: { supported: false, tmpfs: ['/tmp'] } },
      'readOnly.tmpfs: must be empty when readOnly.supported is false',
    ],
    [
      'an empty match list',
      { match: [] },
      'match: must list at least one image pattern (only the fallback preset may leave it empty)',
    ],
    [
      'patterns on the fallback',
      { fallback: true },
      'match: must be empty for the fallback preset, which applies to every unmatched image',
    ],
    [
      'a tag in a pattern',
      { match: ['postgres:16'] },
      'match[0]: must be an image name without tag or digest, such as postgres or grafana/grafana',
    ],
    [
      'an id that is not kebab-case',
      { id: 'Acme_Backup' },
      'id: must be kebab-case, such as nginx-unprivileged',
    ],
    ['an empty note', { notes: ['  '] }, 'notes[0]: must not be empty'],
    ['an unknown top-level key', { image: 'acme/backup' }, 'image: unknown field'],
  ])('refuses %s', (_, change, expected) => {
    expect(problem({ ...VALID, ...change })).toBe(expected);
  });

  it('refuses a file that holds no mapping', () => {
    expect(problem(null)).toBe(
      'the file must hold a preset (a mapping with id, title, match, ...)',
    );
  });

  it('accepts the fallback preset with an empty match list', () => {
    expect(problem({ ...VALID, match: [], fallback: true })).toBe('valid');
  });
});

describe('presetSchema, fields for the resource and health rules', () => {
  it('accepts limits, a health check, a restart policy and ports', () => {
    const preset = {
      ...VALID,
      limits: { memory: '512m', cpus: '0.5', pids: 128 },
      healthcheck: { test: ['CMD', 'backup', '--check'], interval: '1m30s', retries: 3 },
      restart: 'on-failure:5',
      ports: { listen: [8080], edge: false },
    };
    expect(problem(preset)).toBe('valid');
  });

  it.each<[string, unknown, string]>([
    [
      'a memory size without a number',
      { limits: { memory: 'lots' } },
      'limits.memory: must be a size such as 512m or 2g',
    ],
    [
      'cpus as a word',
      { limits: { cpus: 'half' } },
      'limits.cpus: must be a number of CPUs such as "0.5"',
    ],
    [
      'a test without CMD',
      { healthcheck: { test: ['pg_isready', '-q'] } },
      'healthcheck.test: must start with CMD or CMD-SHELL',
    ],
    [
      'both a test and inImage',
      { healthcheck: { test: ['CMD', 'true'], inImage: true } },
      'healthcheck: must have either test or inImage: true',
    ],
    [
      'an interval without a unit',
      { healthcheck: { inImage: true, interval: '10' } },
      'healthcheck.interval: must be a duration such as 10s or 1m30s',
    ],
    ['restart always', { restart: 'always' }, 'restart: must be unless-stopped or on-failure[:N]'],
  ])('refuses %s', (_, extra, expected) => {
    expect(problem({ ...VALID, ...(extra as object) })).toBe(expected);
  });
});
