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
 * One suite's cases when system ids are unique (the loader keeps the first of duplicates), in the
 * order suiteCases makes them, without a case object and a map entry per system (a suite per rule
 * times every system): `order` lists the systems of the suite (indices into result.systems, each
 * once, rule by rule), `byKey` the findings by case key, `extra` the keys named only by findings.
 */
interface LeanSuite {
  order: Int32Array;
  keyOf(system: string): string;
  byKey: Map<string, Finding[]>;
  extra: string[];
}

function leanSuite(result: AuditResult, rules: readonly Rule[] | undefined, grouped: readonly Finding[], indexOf: ReadonlyMap<string, number>): LeanSuite {
  const systems = result.systems;
  const applies = (i: number): boolean => rules === undefined || rules.some((rule) => appliesTo(rule, systems[i]!, result.asOf));
  let order: Int32Array;
  if (rules === undefined) order = Int32Array.from(systems.keys());
  else {
    const chosen: number[] = [];
    const seen = rules.length > 1 ? new Uint8Array(systems.length) : undefined;
    for (const rule of rules) {
      for (let i = 0; i < systems.length; i += 1) {
        if (!appliesTo(rule, systems[i]!, result.asOf)) continue;
        if (seen) {
          if (seen[i]) continue;
          seen[i] = 1;
        }
        chosen.push(i);
      }
    }
    order = Int32Array.from(chosen);
  }
  const keyOf = rules === undefined ? (system: string): string => `system:${system}` : (system: string): string => system;
  const byKey = new Map<string, Finding[]>();
  const extra: string[] = [];
  for (const f of grouped) {
    const key = rules === undefined ? (f.system !== null ? `system:${f.system}` : `file:${f.file}`) : (f.system ?? f.file);
    const list = byKey.get(key);
    if (list) {
      list.push(f);
      continue;
    }
    byKey.set(key, [f]);
    // A key is a system's case when that system is in the suite; otherwise a case of its own, after the systems.
    const id = rules === undefined ? f.system : key;
    const index = id === null ? undefined : indexOf.get(id);
    if (index === undefined || !applies(index)) extra.push(key);
  }
  return { order, keyOf, byKey, extra };
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

  // Unique ids (as the loader guarantees) let a suite be written system by system without a case
  // object each; otherwise the general grouping (suiteCases).
  const indexOf = new Map<string, number>(result.systems.map((s, i) => [s.record.id, i]));
  const lean = indexOf.size === result.systems.length ? suites.map((suite) => leanSuite(result, suite.rules, suite.findings, indexOf)) : undefined;
  const totals = suites.map((suite, n) => {
    const count = { tests: 0, failures: 0, skipped: 0 };
    const tally = (findings: readonly Finding[]): void => {
      count.tests += 1;
      const kind = outcomeKind(findings);
      if (kind === 'failure') count.failures += 1;
      else if (kind === 'skipped') count.skipped += 1;
    };
    const l = lean?.[n];
    if (l) {
      // Systems without findings pass; only the cases with findings need a look.
      count.tests += l.order.length - l.byKey.size + l.extra.length;
      for (const findings of l.byKey.values()) tally(findings);
    } else for (const c of suiteCases(result, suite.rules, suite.findings, fileOf)) tally(c.findings);
    return count;
  });
  const sum = (key: 'tests' | 'failures' | 'skipped'): number => totals.reduce((n, t) => n + t[key], 0);

  const files = new Map<string, string>();
  const fileAttribute = (file: string): string => {
    let attribute = files.get(file);
    if (attribute === undefined) files.set(file, (attribute = att(repoPath(file, ctx))));
    return attribute;
  };
  let names: string[] | undefined;
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
    const writeCase = (name: string, file: string, findings: readonly Finding[]): void => {
      piece += `    <testcase classname="${classname}" name="${name}" file="${fileAttribute(file)}" time="0"`;
      if (findings.length === 0) {
        piece += '/>\n';
        return;
      }
      const o = outcome(findings, result, lang);
      if (o.kind === 'failure') piece += `>\n      <failure message="${att(o.message)}" type="${att(o.type)}">${text(o.text)}</failure>\n    </testcase>\n`;
      else if (o.kind === 'skipped') piece += `>\n      <skipped message="${att(o.message)}"/>\n    </testcase>\n`;
      else if (o.text) piece += `>\n      <system-out>${text(o.text)}</system-out>\n    </testcase>\n`;
      else piece += '/>\n';
    };
    const l = lean?.[s];
    if (l) {
      names ??= result.systems.map((system) => att(system.record.id));
      const none: Finding[] = [];
      for (let k = 0; k < l.order.length; k += 1) {
        const i = l.order[k]!;
        const system = result.systems[i]!;
        writeCase(names[i]!, system.file, l.byKey.size === 0 ? none : (l.byKey.get(l.keyOf(system.record.id)) ?? none));
        if (piece.length > 1 << 16) {
          yield piece;
          piece = '';
        }
      }
      for (const key of l.extra) {
        const findings = l.byKey.get(key)!;
        const f = findings[0]!;
        if (suite.rules === undefined) writeCase(att(f.system ?? f.file), f.file, findings);
        else writeCase(att(key), fileOf.get(key) ?? f.file, findings);
        if (piece.length > 1 << 16) {
          yield piece;
          piece = '';
        }
      }
    } else {
      for (const c of suiteCases(result, suite.rules, suite.findings, fileOf)) {
        writeCase(att(c.name), c.file, c.findings);
        if (piece.length > 1 << 16) {
          yield piece;
          piece = '';
        }
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
