import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/report/catalog.js';
import { artifactUri, sarifLog } from '../../src/report/sarif.js';
import { reportFor } from './fixture.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const run = (log: ReturnType<typeof sarifLog>) => {
  const [first] = log.runs;
  if (!first) throw new Error('no run');
  return first;
};

describe('sarifLog', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(sarifLog(reportFor(), '1.2.3'))).toEqual([]);
  });

  it('is checked by a validator that does reject a broken log', () => {
    const log = sarifLog(reportFor(), '1.2.3');
    const broken = { ...log, runs: [{ ...run(log), results: [{ level: 'fatal' }] }] };
    expect(sarifSchemaErrors(broken).length).toBeGreaterThan(0);
  });

  it('describes every rule for code scanning, with help and a security severity', () => {
    const { driver } = run(sarifLog(reportFor(), '1.2.3')).tool;
    expect(driver.name).toBe('compose-harden');
    expect(driver.version).toBe('1.2.3');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r) => r.id)).toEqual(ruleCatalog().map((r) => r.id));
    const rule = driver.rules.find((r) => r.id === 'ports-loopback');
    expect(rule).toMatchObject({
      name: 'PortsLoopback',
      shortDescription: { text: 'Publish ports on loopback only' },
      defaultConfiguration: { level: 'warning' },
      properties: { 'security-severity': '5.5', tags: ['security', 'docker-compose'] },
    });
    expect(rule?.fullDescription.text).toMatch(/every interface of the host/);
    expect(rule?.help.text).toContain(rule?.fullDescription.text);
    expect(rule?.help.markdown).toMatch(/^\*\*Publish ports on loopback only\*\*\n\n/);
  });

  it('gives each result its rule, level, message and file line', () => {
    const { results, tool } = run(sarifLog(reportFor(), '1.2.3'));
    const [first] = results;
    expect(first).toEqual({
      ruleId: 'ports-loopback',
      ruleIndex: tool.driver.rules.findIndex((r) => r.id === 'ports-loopback'),
      level: 'warning',
      message: {
        text: 'cache: 6379:6379 listens on every interface (now 6379:6379; recommended every port on 127.0.0.1)',
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'compose.yaml' },
            region: { startLine: 10 },
          },
        },
      ],
    });
  });

  it('marks suppressed results as suppressed in source, with the reason as justification', () => {
    const { results } = run(sarifLog(reportFor(), '1.2.3'));
    expect(results.filter((r) => 'suppressions' in r).map((r) => r.suppressions)).toEqual([
      [{ kind: 'inSource', status: 'accepted', justification: 'behind the host firewall' }],
      [{ kind: 'inSource', status: 'accepted' }],
    ]);
  });
});

describe('artifactUri', () => {
  it('keeps relative paths relative with forward slashes, encoding what a URI cannot hold', () => {
    expect(artifactUri(path.join('deploy', 'my stack', 'compose.yaml'))).toBe(
      'deploy/my%20stack/compose.yaml',
    );
  });

  it('turns an absolute path into a file URL', () => {
    expect(artifactUri('/srv/app/compose.yaml')).toBe('file:///srv/app/compose.yaml');
  });
});
