import { describe, expect, it } from 'vitest';
import { parseCompose } from '../../src/compose/document.js';
import { planFile } from '../../src/plan/plan.js';
import { gradeOf, scoreChoice, scoreFindings, scorePlan } from '../../src/plan/score.js';
import { proposedKeys } from '../../src/plan/select.js';
import type { Finding } from '../../src/plan/types.js';
import { loadPresets } from '../../src/presets/load.js';

const presets = loadPresets();
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

function finding(severity: Finding['severity'], status: Finding['status'] = 'fail'): Finding {
  return {
    key: `s/${severity}`,
    service: 's',
    rule: 'no-privileged',
    title: '',
    severity,
    status,
    current: '',
    recommended: '',
    reason: '',
    line: 1,
    source: { kind: 'unset' },
    edits: [],
    proposed: false,
  };
}

const HARDENED = yaml(
  'services:',
  '  cache:',
  `    image: redis:7.4@sha256:${'ab'.repeat(32)}`,
  '    restart: unless-stopped',
  '    user: "999:999"',
  '    security_opt: [no-new-privileges:true]',
  '    cap_drop: [ALL]',
  '    read_only: true',
  '    ports: ["127.0.0.1:6379:6379"]',
  '    mem_limit: 256m',
  '    cpus: "0.5"',
  '    pids_limit: 128',
  '    healthcheck: {test: [CMD, redis-cli, ping]}',
);

describe('scoreFindings', () => {
  it('takes each failing finding off 100 by the weight of its severity', () => {
    const findings = [finding('critical'), finding('high'), finding('medium'), finding('low')];
    expect(scoreFindings(findings)).toEqual({ score: 19, grade: 'F', failing: 4 });
  });

  it('charges nothing for info, unknown, ok and not-applicable findings', () => {
    const findings = [
      finding('info'),
      finding('high', 'unknown'),
      finding('high', 'ok'),
      finding('critical', 'not-applicable'),
    ];
    expect(scoreFindings(findings)).toEqual({ score: 100, grade: 'A', failing: 0 });
  });

  it('never goes below 0', () => {
    expect(scoreFindings([finding('critical'), finding('critical'), finding('high')]).score).toBe(
      0,
    );
  });
});

describe('gradeOf', () => {
  it.each([
    [100, 'A'],
    [90, 'A'],
    [89, 'B'],
    [75, 'B'],
    [74, 'C'],
    [60, 'C'],
    [59, 'D'],
    [40, 'D'],
    [39, 'F'],
    [0, 'F'],
  ])('gives %i a %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });
});

describe('scorePlan', () => {
  it('scores a fully hardened service 100 and the stack as the mean of its services', () => {
    const text = yaml(
      ...HARDENED.trimEnd().split('\n'),
      '  job:',
      '    image: acme/job:1',
      '    privileged: true',
    );
    const plan = planFile(parseCompose(text, 'compose.yaml'), presets);
    const score = scorePlan(plan);
    expect(score.services[0]).toEqual({ name: 'cache', score: 100, grade: 'A', failing: 0 });
    const job = score.services[1]?.score ?? -1;
    expect(score.stack.score).toBe(Math.round((100 + job) / 2));
  });

  it('scores an empty stack 100', () => {
    expect(
      scorePlan({
        file: 'x',
        files: ['x'],
        paths: ['/x'],
        given: ['x'],
        services: [],
        warnings: [],
      }).stack.score,
    ).toBe(100);
  });
});

describe('scoreChoice', () => {
  const text = yaml('services:', '  web:', '    image: nginx:1.27', '    privileged: true');
  const compose = parseCompose(text, 'compose.yaml');
  const plan = planFile(compose, presets);

  it('equals the plain score when nothing is chosen', () => {
    expect(scoreChoice(compose, plan, new Set(), presets)).toEqual(scorePlan(plan));
  });

  it('plans the rendered file again, so a chosen fix stops costing its weight', () => {
    const before = scorePlan(plan).stack.score;
    const after = scoreChoice(compose, plan, new Set(['web/no-privileged']), presets).stack.score;
    expect(after - before).toBe(20);
  });

  it('rises with every proposed change taken', () => {
    const after = scoreChoice(compose, plan, proposedKeys(plan), presets);
    expect(after.stack.score).toBeGreaterThan(scorePlan(plan).stack.score);
  });
});
