// The implementation before streaming (issue 17), kept as the oracle of test/formatters/streamed.test.ts.
// JUnit XML for the test tabs of GitLab, Jenkins and Azure DevOps. One testsuite per rule, one
// testcase per system the rule applies to (classname = rule id, name = system id, file = inventory):
// a `<failure>` lists what the rule found (errors and warnings that need action), `<skipped>` says
// why a finding does not count (waived, or known from a baseline), otherwise the case passes.
// Inventory problems form the first suite, `inventory`, with one case per system or broken file.
// xmlbuilder escapes text and attributes and drops characters XML 1.0 cannot carry.
import xmlbuilder from 'xmlbuilder';
import { appliesTo, type AuditResult } from '../../../src/engine/audit.js';
import type { Finding } from '../../../src/engine/finding.js';
import { CI } from '../../../src/i18n/ci-messages.js';
import { interpolate, machineText, type Lang } from '../../../src/i18n/lang.js';
import { UI } from '../../../src/i18n/messages.js';
import { severityRank } from '../../../src/engine/finding.js';
import { repoPath, waiverText } from '../../../src/formatters/findings/ci-common.js';
import type { Formatter } from '../../../src/formatters/types.js';

interface TestCase {
  name: string;
  file: string;
  findings: Finding[];
}

interface Outcome {
  kind: 'passed' | 'failure' | 'skipped';
  message?: string;
  type?: string;
  text?: string;
}

function outcome(findings: readonly Finding[], result: AuditResult, lang: Lang): Outcome {
  const failing = findings.filter((f) => !f.suppressed && f.baseline !== 'known' && f.severity !== 'info');
  const line = (f: Finding): string => `${f.file}:${f.line}:${f.column}: ${UI.severity[f.severity][lang]}: ${machineText(f.message, lang)}`;
  if (failing.length > 0) {
    const worst = [...failing].sort((a, b) => severityRank(a.severity) - severityRank(b.severity))[0]!;
    return { kind: 'failure', type: worst.severity, message: failing.map((f) => machineText(f.message, lang)).join('; '), text: failing.map(line).join('\n') };
  }
  const excused = findings.filter((f) => f.suppressed || f.baseline === 'known');
  if (excused.length > 0) {
    const why = (f: Finding): string =>
      f.waiver ? waiverText(f.waiver, lang) : interpolate(CI.knownFinding[lang], { source: result.baseline?.source ?? '' }, lang);
    return { kind: 'skipped', message: [...new Set(excused.map(why))].join('; ') };
  }
  const notes = findings.filter((f) => f.severity === 'info');
  return notes.length > 0 ? { kind: 'passed', text: notes.map(line).join('\n') } : { kind: 'passed' };
}

function suites(result: AuditResult): { name: string; cases: TestCase[] }[] {
  const bySystem = new Map<string, { file: string }>(result.systems.map((s) => [s.record.id, { file: s.file }]));
  const inventoryCases = new Map<string, TestCase>();
  for (const s of result.systems) inventoryCases.set(`system:${s.record.id}`, { name: s.record.id, file: s.file, findings: [] });
  const ruleCases = new Map<string, Map<string, TestCase>>(result.rules.map((r) => [r.id, new Map()]));
  for (const rule of result.rules) {
    const cases = ruleCases.get(rule.id)!;
    for (const s of result.systems) {
      if (appliesTo(rule, s, result.asOf)) cases.set(s.record.id, { name: s.record.id, file: s.file, findings: [] });
    }
  }
  for (const f of result.findings) {
    const cases = ruleCases.get(f.rule);
    if (cases) {
      const key = f.system ?? f.file;
      if (!cases.has(key)) cases.set(key, { name: key, file: bySystem.get(key)?.file ?? f.file, findings: [] });
      cases.get(key)!.findings.push(f);
    } else {
      // Loader problems: one case per system (or per file, for problems of a whole file).
      const key = f.system !== null ? `system:${f.system}` : `file:${f.file}`;
      if (!inventoryCases.has(key)) inventoryCases.set(key, { name: f.system ?? f.file, file: f.file, findings: [] });
      inventoryCases.get(key)!.findings.push(f);
    }
  }
  return [{ name: 'inventory', cases: [...inventoryCases.values()] }, ...result.rules.map((r) => ({ name: r.id, cases: [...ruleCases.get(r.id)!.values()] }))];
}

export const formatJunit: Formatter = (result, ctx) => {
  const { lang } = ctx;
  const all = suites(result).map((suite) => ({ ...suite, outcomes: suite.cases.map((c) => outcome(c.findings, result, lang)) }));
  const count = (outcomes: Outcome[], kind: Outcome['kind']): number => outcomes.filter((o) => o.kind === kind).length;
  const everything = all.flatMap((s) => s.outcomes);
  const root = xmlbuilder.create('testsuites', { version: '1.0', encoding: 'UTF-8' }, {}, { invalidCharReplacement: '' });
  root.att({
    name: ctx.tool.name,
    tests: everything.length,
    failures: count(everything, 'failure'),
    errors: 0,
    skipped: count(everything, 'skipped'),
    time: '0',
  });
  for (const suite of all) {
    const node = root.ele('testsuite', {
      name: suite.name,
      tests: suite.cases.length,
      failures: count(suite.outcomes, 'failure'),
      errors: 0,
      skipped: count(suite.outcomes, 'skipped'),
      time: '0',
    });
    suite.cases.forEach((c, i) => {
      const o = suite.outcomes[i]!;
      const tc = node.ele('testcase', { classname: suite.name, name: c.name, file: repoPath(c.file, ctx), time: '0' });
      if (o.kind === 'failure') tc.ele('failure', { message: o.message, type: o.type }, o.text);
      if (o.kind === 'skipped') tc.ele('skipped', { message: o.message });
      if (o.kind === 'passed' && o.text) tc.ele('system-out', {}, o.text);
    });
  }
  return `${root.end({ pretty: true, indent: '  ' })}\n`;
};
