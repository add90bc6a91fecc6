import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../rules/types.js';
import { fixAdvice, type RuleInfo, ruleCatalog } from './catalog.js';
import type { CheckReport, ReportFinding, SuppressedFinding } from './types.js';

/** Where people learn about the tool; GitHub links the rules' pages to it. */
export const INFORMATION_URI = 'https://www.npmjs.com/package/compose-harden';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/**
 * GitHub's scale: over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low. Info
 * has none, so GitHub shows it by its level alone.
 */
const SECURITY_SEVERITY: Record<Severity, string | undefined> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: undefined,
};

/**
 * The report as a SARIF 2.1.0 log for GitHub code scanning: every rule with its help, every
 * finding with its file and line; suppressed findings carry their suppression.
 */
export function sarifLog(report: CheckReport, version: string) {
  const rules = ruleCatalog();
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = [
    ...report.findings.map((f) => result(f, index)),
    ...report.suppressed.map((s) => ({ ...result(s, index), suppressions: [suppression(s)] })),
  ];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'compose-harden',
            version,
            informationUri: INFORMATION_URI,
            rules: rules.map(descriptor),
          },
        },
        results,
      },
    ],
  };
}

export function formatSarif(report: CheckReport, version: string): string {
  return `${JSON.stringify(sarifLog(report, version), null, 2)}\n`;
}

function descriptor(rule: RuleInfo) {
  const score = SECURITY_SEVERITY[rule.severity];
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: {
      text: help(rule, (label) => `${label}: `).join('\n\n'),
      markdown: [`**${rule.title}**`, ...help(rule, (label) => `**${label}:** `)].join('\n\n'),
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      ...(score ? { 'security-severity': score } : {}),
      tags: ['security', 'docker-compose'],
    },
  };
}

/** The rule's prose fields that exist, in reading order, the later ones labelled. */
function help(rule: RuleInfo, label: (text: string) => string): string[] {
  const prose = (key: string) => (typeof rule[key] === 'string' ? [rule[key] as string] : []);
  return [
    ...prose('problem'),
    rule.rationale,
    `${label('Fix')}${fixAdvice(rule)}`,
    ...prose('limitations').map((text) => `${label('Limitations')}${text}`),
    ...prose('whenNotToUse').map((text) => `${label('When to ignore it')}${text}`),
  ];
}

function result(f: ReportFinding, index: Map<string, number>) {
  const text = `${f.service}: ${f.message} (now ${f.current}; recommended ${f.recommended})`;
  return {
    ruleId: f.rule,
    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
    level: LEVEL[f.severity],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.file) },
          region: { startLine: f.line },
        },
      },
    ],
  };
}

function suppression(s: SuppressedFinding) {
  return {
    kind: s.suppressedBy === 'comment' ? 'inSource' : 'external',
    status: 'accepted',
    ...(s.reason ? { justification: s.reason } : {}),
  };
}

/** Relative paths stay relative, with forward slashes; others become file: URLs. */
export function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).map(encodeURIComponent).join('/');
}
