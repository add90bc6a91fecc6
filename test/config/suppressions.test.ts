import { describe, expect, it } from 'vitest';
import { parseCompose } from '../../src/compose/document.js';
import { loadConfig } from '../../src/config/load-config.js';
import { collectSuppressions, suppressionFor } from '../../src/config/suppressions.js';
import { UserError } from '../../src/errors.js';
import { tempStack } from '../helpers/run-cli.js';

const COMPOSE = [
  'services:',
  '  # compose-harden: ignore ports-loopback -- behind the host firewall',
  '  web:',
  '    image: nginx',
  '  db: # compose-harden: ignore all',
  '    image: postgres',
  '',
].join('\n');

async function collect(compose: string, config?: string) {
  const dir = tempStack(config === undefined ? {} : { '.compose-harden.yaml': config });
  return collectSuppressions(parseCompose(compose, 'compose.yaml'), await loadConfig(dir, dir));
}

describe('collectSuppressions', () => {
  it('reads ignores from comments on service keys, with their line and reason', async () => {
    const { suppressions, warnings } = await collect(COMPOSE);
    expect(suppressions).toEqual([
      {
        service: 'web',
        rules: ['ports-loopback'],
        reason: 'behind the host firewall',
        source: 'comment',
        file: 'compose.yaml',
        line: 2,
        written: 'ignore ports-loopback',
      },
      {
        service: 'db',
        rules: 'all',
        reason: undefined,
        source: 'comment',
        file: 'compose.yaml',
        line: 5,
        written: 'ignore all',
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('adds the config ignores, one per rule when reasons are given', async () => {
    const config =
      'ignore:\n  web:\n    cap-drop-all: nginx needs CHOWN\n    all: ~\n  db: [user-non-root]\n';
    const { suppressions } = await collect(COMPOSE, config);
    expect(suppressions.slice(2)).toEqual([
      expect.objectContaining({
        service: 'web',
        rules: ['cap-drop-all'],
        reason: 'nginx needs CHOWN',
        line: 3,
      }),
      expect.objectContaining({ service: 'web', rules: 'all', reason: undefined, line: 4 }),
      expect.objectContaining({
        service: 'db',
        rules: ['user-non-root'],
        reason: undefined,
        source: 'config',
        file: '.compose-harden.yaml',
        line: 5,
        written: 'ignore.db: [user-non-root]',
      }),
    ]);
  });

  it('warns about a config ignore for a service the file does not have', async () => {
    const { warnings } = await collect(COMPOSE, 'ignore:\n  api: [all]\n');
    expect(warnings).toEqual(['.compose-harden.yaml:2: warning: ignore names api, not a service']);
  });

  it('throws a user error with the line of a comment naming an unknown rule', async () => {
    const text =
      'services:\n  web: # compose-harden: ignore port-loopback -- x\n    image: nginx\n';
    const error = await collect(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      'unknown rule port-loopback; did you mean ports-loopback?',
    );
    expect((error as UserError).oneLine()).toMatch(/^compose\.yaml:2: unknown rule/);
  });
});

describe('suppressionFor', () => {
  it('finds the first suppression covering the service and rule', async () => {
    const { suppressions } = await collect(COMPOSE);
    expect(suppressionFor(suppressions, 'web', 'ports-loopback')?.line).toBe(2);
    expect(suppressionFor(suppressions, 'web', 'cap-drop-all')).toBeUndefined();
    expect(suppressionFor(suppressions, 'db', 'anything')?.rules).toBe('all');
  });
});

describe('a compose-harden comment on no service key', () => {
  it('is reported with its line instead of doing nothing silently', async () => {
    const text = [
      'services:',
      '  # compose-harden: ignore ports-loopback -- behind the firewall',
      '',
      '  web:',
      '    image: nginx',
      '',
    ].join('\n');
    const { suppressions, warnings } = await collect(text);
    expect(suppressions).toEqual([]);
    expect(warnings).toEqual([
      "compose.yaml:2: warning: this compose-harden comment is on no service key, so it does nothing (put it on the line just above the key, or at the end of the key's line)",
    ]);
  });
});
