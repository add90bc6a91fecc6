import path from 'node:path';
import type { Setting } from './compose-config-normalise.js';

export const STACKS = path.join(import.meta.dirname, '../fixtures/stacks');

/**
 * How each fixture under test/fixtures/stacks is read: the `-f` files (none: Compose finds
 * them) and the environment besides PATH. A fixture with an `expected.json` is one 1.29
 * refuses or reads otherwise than the Compose Specification; the others are compared with it.
 */
export interface StackCase {
  fixture: string;
  files?: string[];
  env?: Record<string, string>;
}

export const CASES: StackCase[] = [
  { fixture: 'override-scalars', files: ['compose.base.yml', 'compose.prod.yml'] },
  { fixture: 'override-lists', files: ['a.yml', 'b.yml'] },
  { fixture: 'override-environment', files: ['compose.yml', 'compose.test.yml'] },
  { fixture: 'override-mappings', files: ['base.yml', 'override.yml'] },
  { fixture: 'default-files' },
  { fixture: 'compose-file-list', env: { COMPOSE_FILE: 'base.yml:stage.yml:local.yml' } },
  { fixture: 'extends-same-file' },
  { fixture: 'extends-subfolder' },
  { fixture: 'extends-chain' },
  { fixture: 'extends-variable' },
  { fixture: 'anchors' },
  { fixture: 'interpolation', env: { OVERRIDDEN: 'shell', SHELL_ONLY: 'shell', EMPTY: '' } },
  { fixture: 'environment-from-shell', env: { FROM_SHELL: 'shell' } },
  { fixture: 'profiles', files: ['compose.yml', 'compose.ci.yml'] },
  { fixture: 'ports' },
  { fixture: 'yaml11-booleans' },
  // Values derived by hand, in expected.json.
  { fixture: 'include-only' },
  { fixture: 'include-with-services' },
  { fixture: 'include-env-file', env: { TIER: 'shell' } },
  { fixture: 'required-variable' },
  { fixture: 'port-variables' },
  { fixture: 'extends-depends-on' },
  { fixture: 'newer-keys' },
  { fixture: 'yaml11-sexagesimal' },
  { fixture: 'yaml11-env-booleans' },
  { fixture: 'override-divergences', files: ['compose.yml', 'override.yml'] },
];

/** A setting where compose-harden's merged view is known to differ from Compose's. */
export interface KnownDifference {
  fixture: string;
  service: string;
  setting: Setting;
  why: string;
}

/**
 * Where compose-harden's view differs from Compose's. Each one is an expected failure, so the
 * suite says so the day it changes.
 */
export const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    fixture: 'environment-from-shell',
    service: 'app',
    setting: 'environment',
    // On purpose: a bare name keeps its value out of the file, and no-secrets-in-env judges
    // what the file holds, not what the shell of whoever runs the check happens to have.
    why: 'bare FROM_SHELL and FROM_DOTENV stay without a value; Compose fills them from the environment (shell) and .env (dotenv)',
  },
];
