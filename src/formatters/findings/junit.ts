// JUnit XML for the test tabs of GitLab, Jenkins and Azure DevOps. One testsuite per rule, one
// testcase per system the rule applies to (classname = rule id, name = system id, file = inventory):
// a `<failure>` lists what the rule found (errors and warnings that need action), `<skipped>` says
// why a finding does not count (waived, or known from a baseline), otherwise the case passes.
// Inventory problems form the first suite, `inventory`, with one case per system or broken file.
// Text and attributes are escaped as xmlbuilder did, and characters XML 1.0 cannot carry are dropped.
import { appliesTo, type AuditResult } from '../../engine/audit.js';
import type { Finding } from '../../engine/finding.js';
import { CI } from '../../i18n/ci-messages.js';
import { interpolate, machineText, type Lang } from '../../i18n/lang.js';
import { UI } from '../../i18n/messages.js';
import { severityRank } from '../../engine/finding.js';
import { repoPath, waiverText } from './ci-common.js';
import type { Rule } from '../../rules/rule.js';
import type { ChunkedFormatter, Formatter } from '../types.js';

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

/**
 * The cases of one suite (`rules` undefined: the inventory suite; else the rules of one id), in
 * the order they are written: every system (or every system the rule applies to), then systems and
 * files named only by findings. `grouped` holds the findings of this suite, in report order.
 */
function suiteCases(result: AuditResult, rules: readonly Rule[] | undefined, grouped: readonly Finding[], fileOf: ReadonlyMap<string, string>): TestCase[] {
  const cases = new Map<string, TestCase>();
  if (rules === undefined) {
    for (const s of result.systems) cases.set(`system:${s.record.id}`, { name: s.record.id, file: s.file, findings: [] });
    for (const f of grouped) {
      // Loader problems: one case per system (or per file, for problems of a whole file).
      const key = f.system !== null ? `system:${f.system}` : `file:${f.file}`;
      let c = cases.get(key);
      if (!c) cases.set(key, (c = { name: f.system ?? f.file, file: f.file, findings: [] }));
      c.findings.push(f);
    }
  } else {
    // A pack may hold several rules under one id (one per regime or level): their suite is one.
    for (const rule of rules) {
      for (const s of result.systems) {
        if (appliesTo(rule, s, result.asOf)) cases.set(s.record.id, { name: s.record.id, file: s.file, findings: [] });
      }
    }
    for (const f of grouped) {
      const key = f.system ?? f.file;
      let c = cases.get(key);
      if (!c) cases.set(key, (c = { name: key, file: fileOf.get(key) ?? f.file, findings: [] }));
      c.findings.push(f);
    }
  }
  return [...cases.values()];
}

/**
 * The same cases as suiteCases, in the same order, without a case object and a map entry per system
 * (a suite per rule times every system): systems come in `result.systems` order with their findings
 * looked up by key, then the keys named only by findings. Needs unique system ids (the loader keeps
 * the first of duplicates); otherwise undefined, and suiteCases is used.
 */
function* leanCases(result: AuditResult, rules: readonly Rule[] | undefined, grouped: readonly Finding[], fileOf: ReadonlyMap<string, string>): Iterable<TestCase> {
  const keyOf = rules === undefined ? (f: Finding): string => (f.system !== null ? `system:${f.system}` : `file:${f.file}`) : (f: Finding): string => f.system ?? f.file;
  const byKey = new Map<string, Finding[]>();
  for (const f of grouped) {
    const key = keyOf(f);
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const NONE: Finding[] = [];
  const listed = new Set<string>();
  // Several rules under one id: each rule's systems in turn, each system once (where it was first set).
  const seen = rules !== undefined && rules.length > 1 ? new Set<string>() : undefined;
  for (const rule of rules ?? [undefined]) {
    for (const s of result.systems) {
      if (rule !== undefined && !appliesTo(rule, s, result.asOf)) continue;
      if (seen) {
        if (seen.has(s.record.id)) continue;
        seen.add(s.record.id);
      }
      const key = rules === undefined ? `system:${s.record.id}` : s.record.id;
      const findings = byKey.get(key);
      if (findings) listed.add(key);
      yield { name: s.record.id, file: s.file, findings: findings ?? NONE };
    }
  }
  for (const [key, findings] of byKey) {
    if (listed.has(key)) continue;
    const f = findings[0]!;
    yield rules === undefined ? { name: f.system ?? f.file, file: f.file, findings } : { name: key, file: fileOf.get(key) ?? f.file, findings };
  }
}

export const formatJunit: Formatter = (result, ctx) => [...junitChunks(result, ctx)].join('');

/**
 * Exactly what xmlbuilder printed (`end({ pretty: true, indent: '  ' })`, XML 1.0, invalid
 * characters removed) and a newline, written as it goes: one suite's cases at a time, never a tree
 * of the whole document (a rule per system at a million systems is tens of millions of nodes).
 * The root's totals come first in the document, so the suites are counted in a first pass.
 */
export const junitChunks: ChunkedFormatter = function* (result, ctx) {
  const { lang } = ctx;
  const fileOf = new Map<string, string>(result.systems.map((s) => [s.record.id, s.file]));
  const byRule = new Map<string, Finding[]>(result.rules.map((r) => [r.id, []]));
  const rulesById = new Map<string, Rule[]>();
  for (const r of result.rules) rulesById.set(r.id, [...(rulesById.get(r.id) ?? []), r]);
  const inventory: Finding[] = [];
  for (const f of result.findings) (byRule.get(f.rule) ?? inventory).push(f);
  const suites: { name: string; rules?: readonly Rule[]; findings: readonly Finding[] }[] = [
    { name: 'inventory', findings: inventory },
    ...result.rules.map((r) => ({ name: r.id, rules: rulesById.get(r.id)!, findings: byRule.get(r.id)! })),
  ];

  // Unique ids (as the loader guarantees) let cases be made one at a time; otherwise the general grouping.
  const unique = fileOf.size === result.systems.length;
  const cases = unique ? leanCases : suiteCases;
  const totals = suites.map((suite) => {
    const count = { tests: 0, failures: 0, skipped: 0 };
    for (const c of cases(result, suite.rules, suite.findings, fileOf)) {
      count.tests += 1;
      const kind = outcomeKind(c.findings);
      if (kind === 'failure') count.failures += 1;
      else if (kind === 'skipped') count.skipped += 1;
    }
    return count;
  });
  const sum = (key: 'tests' | 'failures' | 'skipped'): number => totals.reduce((n, t) => n + t[key], 0);

  const files = new Map<string, string>();
  let piece =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="${att(ctx.tool.name)}" tests="${sum('tests')}" failures="${sum('failures')}" errors="0" skipped="${sum('skipped')}" time="0">\n`;
  for (let s = 0; s < suites.length; s += 1) {
    const suite = suites[s]!;
    const count = totals[s]!;
    const open = `  <testsuite name="${att(suite.name)}" tests="${count.tests}" failures="${count.failures}" errors="0" skipped="${count.skipped}" time="0"`;
    if (count.tests === 0) {
      piece += `${open}/>\n`;
      continue;
    }
    piece += `${open}>\n`;
    const classname = att(suite.name);
    for (const c of cases(result, suite.rules, suite.findings, fileOf)) {
      const o = outcome(c.findings, result, lang);
      let file = files.get(c.file);
      if (file === undefined) files.set(c.file, (file = att(repoPath(c.file, ctx))));
      piece += `    <testcase classname="${classname}" name="${att(c.name)}" file="${file}" time="0"`;
      if (o.kind === 'failure') piece += `>\n      <failure message="${att(o.message)}" type="${att(o.type)}">${text(o.text)}</failure>\n    </testcase>\n`;
      else if (o.kind === 'skipped') piece += `>\n      <skipped message="${att(o.message)}"/>\n    </testcase>\n`;
      else if (o.text) piece += `>\n      <system-out>${text(o.text)}</system-out>\n    </testcase>\n`;
      else piece += '/>\n';
      if (piece.length > 1 << 16) {
        yield piece;
        piece = '';
      }
    }
    piece += '  </testsuite>\n';
  }
  yield `${piece}</testsuites>\n`;
};

/** What `outcome` decides, without building its texts (for the first, counting pass). */
function outcomeKind(findings: readonly Finding[]): Outcome['kind'] {
  if (findings.length === 0) return 'passed';
  if (findings.some((f) => !f.suppressed && f.baseline !== 'known' && f.severity !== 'info')) return 'failure';
  return findings.some((f) => f.suppressed || f.baseline === 'known') ? 'skipped' : 'passed';
}

// xmlbuilder 15's XMLStringifier with `invalidCharReplacement: ''`, rule for rule: escape, then
// remove what XML 1.0 cannot carry (its pattern also removes the character before a lone low surrogate).
const XML10_INVALID = /[\0-\x08\x0B\f\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/g;
/** Characters that make escaping or removal necessary; most values have none. */
const NEEDS_WORK = /[&<>"\t\n\r\0-\x08\x0B\f\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;

function text(value: unknown): string {
  const str = '' + value || '';
  if (!NEEDS_WORK.test(str)) return str;
  return str.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;').replace(XML10_INVALID, '');
}

function att(value: unknown): string {
  const str = '' + value || '';
  if (!NEEDS_WORK.test(str)) return str;
  return str
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;')
    .replace(XML10_INVALID, '');
}
