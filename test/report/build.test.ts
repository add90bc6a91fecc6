import { describe, expect, it } from 'vitest';
import { reportFor } from './fixture.js';

describe('buildReport', () => {
  it('sets suppressed findings apart with their reason and reports a missing reason', () => {
    const report = reportFor();
    expect(report.findings.map((f) => `${f.line} ${f.service} ${f.rule} ${f.severity}`)).toEqual([
      '10 cache ports-loopback medium',
      '7 cache suppression-reason low',
    ]);
    expect(report.findings[1]).toEqual({
      file: 'compose.yaml',
      line: 7,
      service: 'cache',
      rule: 'suppression-reason',
      severity: 'low',
      current: 'ignore no-privileged',
      recommended: 'ignore no-privileged -- <reason>',
      message: 'an ignore without a reason',
      fixable: false,
    });
    expect(
      report.suppressed.map((s) => [s.service, s.rule, s.reason, s.suppressedBy, s.suppressedAt]),
    ).toEqual([
      [
        'web',
        'ports-loopback',
        'behind the host firewall',
        'comment',
        { file: 'compose.yaml', line: 2 },
      ],
      ['cache', 'no-privileged', null, 'comment', { file: 'compose.yaml', line: 7 }],
    ]);
  });

  it('counts by severity, services with findings and suppressed findings', () => {
    expect(reportFor().summary).toEqual({
      total: 2,
      services: 1,
      servicesChecked: 2,
      critical: 0,
      high: 0,
      medium: 1,
      low: 1,
      info: 0,
      suppressed: 2,
    });
  });

  it('drops findings below the severity threshold, suppressed ones included', () => {
    const report = reportFor(undefined, { threshold: 'medium' });
    expect(report.findings.map((f) => f.rule)).toEqual(['ports-loopback']);
    expect(report.suppressed.map((s) => s.rule)).toEqual(['ports-loopback', 'no-privileged']);
    const high = reportFor(undefined, { threshold: 'high' });
    expect(high.findings).toEqual([]);
    expect(high.suppressed.map((s) => s.rule)).toEqual(['no-privileged']);
  });

  it('keeps only the rules asked for', () => {
    const report = reportFor(undefined, { rules: new Set(['no-privileged']) });
    expect(report.findings).toEqual([]);
    expect(report.suppressed.map((s) => s.rule)).toEqual(['no-privileged']);
  });
});
