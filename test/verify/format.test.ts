import { describe, expect, it } from 'vitest';
import { formatJson, formatText } from '../../src/verify/format.js';
import type { ContainerResult, RuleResult, VerifyReport } from '../../src/verify/types.js';

const rule = (
  id: RuleResult['rule'],
  outcome: RuleResult['outcome'],
  evidence: string[],
): RuleResult =>
  outcome === 'stale'
    ? {
        rule: id,
        outcome,
        sources: ['inspect'],
        evidence,
        hint: 'recreate it with `docker compose up -d web`',
      }
    : { rule: id, outcome, sources: ['inspect'], evidence };

const container = (name: string, rules: RuleResult[]): ContainerResult => ({
  name,
  state: 'running',
  outcome: rules.some((r) => r.outcome === 'stale') ? 'stale' : 'pass',
  sources: ['inspect'],
  notes: [],
  rules,
});

/** Out of order on purpose: the formatter sorts. */
const REPORT: VerifyReport = {
  project: 'shop',
  engine: 'unix:///var/run/docker.sock',
  outcome: 'stale',
  services: [
    {
      service: 'web',
      outcome: 'stale',
      replicas: { expected: 2, running: 2 },
      containers: [
        container('shop_web_2', [rule('no-privileged', 'pass', ['Privileged false'])]),
        container('shop_web_1', [
          rule('read-only-rootfs', 'stale', [
            'the file asks read_only: true',
            'ReadonlyRootfs false',
          ]),
          rule('no-privileged', 'pass', ['Privileged false']),
        ]),
      ],
    },
    {
      service: 'cron',
      outcome: 'not-running',
      replicas: { expected: null, running: 0 },
      containers: [],
    },
  ],
};

describe('formatJson', () => {
  it('sorts by service, then container name, then rule id, with fixed keys', () => {
    const json = JSON.parse(formatJson(REPORT));
    expect(json.services.map((s: { service: string }) => s.service)).toEqual(['cron', 'web']);
    expect(json.services[1].containers.map((c: { name: string }) => c.name)).toEqual([
      'shop_web_1',
      'shop_web_2',
    ]);
    expect(json.services[1].containers[0].rules.map((r: { rule: string }) => r.rule)).toEqual([
      'no-privileged',
      'read-only-rootfs',
    ]);
  });

  it('gives the same bytes for the same report, ending with a newline', () => {
    const text = formatJson(REPORT);
    expect(formatJson(structuredClone(REPORT))).toBe(text);
    expect(
      text.startsWith(
        '{\n  "project": "shop",\n  "engine": "unix:///var/run/docker.sock",\n  "outcome": "stale",\n',
      ),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('formatText', () => {
  it('prints a table per service with the evidence and what to do about a stale container', () => {
    const sorted: VerifyReport = JSON.parse(formatJson(REPORT));
    expect(formatText(sorted)).toBe(
      [
        'project shop on unix:///var/run/docker.sock',
        '',
        'cron: not running (0 running)',
        '',
        'web: STALE (2 of 2 running)',
        '  shop_web_1 (running; read inspect)',
        '    pass  no-privileged      Privileged false',
        '    STALE read-only-rootfs   the file asks read_only: true; ReadonlyRootfs false; recreate it with `docker compose up -d web`',
        '  shop_web_2 (running; read inspect)',
        '    pass  no-privileged      Privileged false',
        '',
        'result: STALE (services: 1 stale, 1 not running)',
        '',
      ].join('\n'),
    );
  });
});
