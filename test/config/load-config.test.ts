import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { UserError } from '../../src/errors.js';
import { tempStack } from '../helpers/run-cli.js';

function load(text: string) {
  const dir = tempStack({ '.compose-harden.yaml': text });
  return loadConfig(dir, dir);
}

async function loadError(text: string): Promise<string> {
  try {
    await load(text);
  } catch (error) {
    if (error instanceof UserError) return error.oneLine();
    throw error;
  }
  throw new Error('loadConfig did not throw');
}

describe('loadConfig', () => {
  it('returns undefined when the folder has no config', async () => {
    const dir = tempStack({});
    expect(await loadConfig(dir, dir)).toBeUndefined();
  });

  it('reads presets, severity and both forms of ignore', async () => {
    const loaded = await load(
      [
        'presets: ./presets',
        'severity: medium',
        'ignore:',
        '  web: [ports-loopback]',
        '  db:',
        '    user-non-root: the entrypoint steps down',
        '',
      ].join('\n'),
    );
    expect(loaded?.config).toEqual({
      presets: './presets',
      severity: 'medium',
      ignore: {
        web: ['ports-loopback'],
        db: { 'user-non-root': 'the entrypoint steps down' },
      },
    });
    expect(loaded?.file).toBe('.compose-harden.yaml');
    expect(loaded?.lineOf(['ignore', 'db', 'user-non-root'])).toBe(6);
    expect(loaded?.lineOf(['ignore', 'web', 0])).toBe(4);
  });

  it('takes an empty file as no settings', async () => {
    expect((await load(''))?.config).toEqual({});
  });

  it('names the file, line and field of an unknown rule, with a suggestion', async () => {
    expect(await loadError('ignore:\n  web: [cap-drop]\n')).toMatch(
      /^\.compose-harden\.yaml:2: ignore\.web\[0\]: unknown rule cap-drop; did you mean cap-drop-all\? \(/,
    );
  });

  it('names a mistyped rule id used as a key of the reasons mapping', async () => {
    expect(await loadError('ignore:\n  web:\n    port-loopback: firewall\n')).toMatch(
      /^\.compose-harden\.yaml:3: ignore\.web\.port-loopback: unknown rule port-loopback; did you mean ports-loopback\?/,
    );
  });

  it('says what an ignore entry must be when it is neither a list nor a mapping', async () => {
    expect(await loadError('ignore:\n  web: all\n')).toMatch(
      /:2: ignore\.web: must be a list of rule ids, or a mapping of rule id to the reason/,
    );
  });

  it('names an unknown field and a bad severity', async () => {
    expect(await loadError('severty: high\n')).toMatch(
      /^\.compose-harden\.yaml:1: severty: unknown field/,
    );
    expect(await loadError('severity: hgh\n')).toMatch(
      /^\.compose-harden\.yaml:1: severity: unknown severity hgh; did you mean high\?/,
    );
  });

  it('says which fields must be mappings and what a severity must be', async () => {
    expect(await loadError('ignore: []\n')).toMatch(
      /^\.compose-harden\.yaml:1: ignore: must be a mapping \(/,
    );
    expect(await loadError('severity: [high]\n')).toMatch(
      /:1: severity: must be one of critical, high, medium, low, info \(/,
    );
  });

  it('refuses a config that is not a mapping, and reports bad YAML with its line', async () => {
    expect(await loadError('- a\n')).toMatch(/the file must hold a mapping/);
    expect(await loadError('ignore: [unclosed\n')).toMatch(/^\.compose-harden\.yaml:\d+: /);
  });

  it('shows the path relative to the working folder', async () => {
    const dir = tempStack({ '.compose-harden.yaml': 'severity: low\n' });
    expect((await loadConfig(dir, path.dirname(dir)))?.file).toBe(
      path.join(path.basename(dir), '.compose-harden.yaml'),
    );
  });
});
