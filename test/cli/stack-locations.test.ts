import { describe, expect, it } from 'vitest';
import { runCli, tempStack } from '../helpers/run-cli.js';

const BASE = [
  'services:',
  '  web:',
  '    image: nginx:1.25',
  '    security_opt:',
  '      - label:disable',
  '    cap_add:',
  '      - NET_ADMIN',
  '    ports:',
  '      - "8443:443"',
  '',
].join('\n');

const PROD = [
  'services:',
  '  web:',
  '    cap_add:',
  '      - CHOWN',
  '      - SYS_ADMIN',
  '    ports:',
  '      - "127.0.0.1:9000:9000"',
  '    security_opt:',
  '      - no-new-privileges:true',
  '      - seccomp:unconfined',
  '',
].join('\n');

const RULES = ['cap-add-minimal', 'ports-loopback', 'no-unconfined-profiles'];
const ARGS = ['-f', 'base.yml', '-f', 'prod.yml', ...RULES.flatMap((rule) => ['--rule', rule])];

interface Row {
  file: string;
  line: number;
  rule: string;
  current: string;
}

describe('a finding on a list merged from several files', () => {
  it('points at the first offending item, in the file that writes it', () => {
    const dir = tempStack({ 'base.yml': BASE, 'prod.yml': PROD });
    const run = runCli(['check', ...ARGS, '--format', 'json'], { cwd: dir });

    expect(run.code).toBe(1);
    const rows = JSON.parse(run.stdout).findings.map(({ file, line, rule, current }: Row) => ({
      file,
      line,
      rule,
      current,
    }));
    expect(rows).toEqual([
      {
        file: 'base.yml',
        line: 7,
        rule: 'cap-add-minimal',
        current: 'NET_ADMIN (base.yml:7), CHOWN, SYS_ADMIN (prod.yml:4)',
      },
      {
        file: 'base.yml',
        line: 9,
        rule: 'ports-loopback',
        current: '8443:443 (base.yml:9), 127.0.0.1:9000:9000 (prod.yml:7)',
      },
      {
        file: 'base.yml',
        line: 5,
        rule: 'no-unconfined-profiles',
        current:
          'label:disable (base.yml:5), no-new-privileges:true, seccomp:unconfined (prod.yml:9)',
      },
    ]);
  });

  it('names the later file when the offending items are only there, in SARIF too', () => {
    const base = BASE.replace('label:disable', 'apparmor:docker-default')
      .replace('NET_ADMIN', 'CHOWN')
      .replace('"8443:443"', '"127.0.0.1:8443:443"');
    const prod = PROD.replace('"127.0.0.1:9000:9000"', '"9000:9000"');
    const dir = tempStack({ 'base.yml': base, 'prod.yml': prod });
    const run = runCli(['check', ...ARGS, '--format', 'sarif'], { cwd: dir });

    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout).runs[0].results.map(
      (result: {
        ruleId: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[];
      }) => {
        const where = result.locations[0]?.physicalLocation;
        return [result.ruleId, where?.artifactLocation.uri, where?.region];
      },
    );
    expect(results).toEqual([
      ['cap-add-minimal', 'prod.yml', { startLine: 5 }],
      ['ports-loopback', 'prod.yml', { startLine: 7 }],
      ['no-unconfined-profiles', 'prod.yml', { startLine: 10 }],
    ]);
  });
});
