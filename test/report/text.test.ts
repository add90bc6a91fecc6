import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { ansi } from '../../src/report/paint.js';
import { formatText } from '../../src/report/text.js';
import { reportFor } from './fixture.js';

describe('formatText', () => {
  it('prints one line per finding, then the suppressed ones, then a summary', () => {
    expect(formatText(reportFor())).toBe(
      [
        'compose.yaml:10: medium ports-loopback [cache] 6379:6379 -> every port on 127.0.0.1: 6379:6379 listens on every interface',
        'compose.yaml:7: low suppression-reason [cache] ignore no-privileged -> ignore no-privileged -- <reason>: an ignore without a reason',
        'compose.yaml:6: suppressed ports-loopback [web]: behind the host firewall',
        'compose.yaml:9: suppressed no-privileged [cache]: no reason given (compose.yaml:7)',
        '2 findings in 1 of 2 services (1 medium, 1 low); 2 suppressed; score 86/100 (B)',
        '',
      ].join('\n'),
    );
  });

  it('says every service passes when only suppressed findings are left', () => {
    const report = reportFor(undefined, { rules: new Set(['no-privileged']) });
    expect(formatText(report)).toBe(
      'compose.yaml:9: suppressed no-privileged [cache]: no reason given (compose.yaml:7)\n' +
        'compose.yaml: all 2 services pass; 1 suppressed\n',
    );
  });

  it('colours the severity and dims suppressed lines when given ANSI paint', () => {
    const text = formatText(reportFor(), ansi);
    expect(text).toContain('compose.yaml:10: \u001b[33mmedium\u001b[39m ports-loopback');
    expect(text).toContain('\u001b[36mlow\u001b[39m suppression-reason');
    expect(text).toContain('\u001b[90mcompose.yaml:6: suppressed ports-loopback');
  });

  it('has no escape codes with the default plain paint', () => {
    expect(formatText(reportFor())).not.toContain('\u001b[');
  });
});

describe('formatJson', () => {
  it('holds findings, suppressed with reasons, the summary and the score, and nothing else', () => {
    const json = JSON.parse(formatJson(reportFor()));
    expect(Object.keys(json)).toEqual(['findings', 'suppressed', 'summary', 'score']);
    expect(json.score).toEqual({
      score: 86,
      grade: 'B',
      services: [
        { name: 'web', score: 100, grade: 'A' },
        { name: 'cache', score: 72, grade: 'C' },
      ],
    });
    expect(json.suppressed[0]).toEqual({
      file: 'compose.yaml',
      line: 6,
      service: 'web',
      rule: 'ports-loopback',
      severity: 'medium',
      current: '8080:80',
      recommended: 'every port on 127.0.0.1',
      message: '8080:80 listens on every interface',
      fixable: true,
      reason: 'behind the host firewall',
      suppressedBy: 'comment',
      suppressedAt: { file: 'compose.yaml', line: 2 },
    });
  });
});

describe('formatText with info findings only', () => {
  it('says every service passes and counts the info findings', () => {
    const report = reportFor(undefined, { rules: new Set(['no-privileged']) });
    const [suppressed] = report.suppressed;
    if (!suppressed) throw new Error('the fixture has a suppressed no-privileged');
    const info = { ...suppressed, severity: 'info' as const };
    const summary = { ...report.summary, total: 1, services: 1, info: 1, suppressed: 0 };
    expect(formatText({ ...report, findings: [info], suppressed: [], summary })).toBe(
      'compose.yaml:9: info no-privileged [cache] true -> false: privileged grants every capability and host device\n' +
        'compose.yaml: all 2 services pass; 1 info\n',
    );
  });
});
