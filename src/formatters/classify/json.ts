// `classify --format json`: the contract of issue #15, field names stable and in English;
// `basis` is the Vietnamese citation (the form used in the dossier), texts follow --lang.
// `criteria` names the table the minimum levels come from (legacy in the interim window).
import { cite } from '../../classify/citation.js';
import type { ClassifyReport } from '../../classify/report.js';
import { regimeJson } from '../../regime/describe.js';
import { prettyJsonChunks } from '../common/json-chunks.js';
import type { FormatContext } from '../types.js';

type ClassifiedSystem = ClassifyReport['systems'][number];

export function classifyJson(report: ClassifyReport, ctx: Pick<FormatContext, 'lang' | 'tool'>): object {
  return { ...classifySkeleton(report, ctx), systems: report.systems.map((s) => systemJson(s, ctx.lang)) };
}

/** The document around the systems; `systems` keeps its place among the keys. */
function classifySkeleton(report: ClassifyReport, ctx: Pick<FormatContext, 'lang' | 'tool'>): Record<string, unknown> {
  return {
    tool: ctx.tool,
    asOf: report.asOf,
    // The same regime object as every other JSON output of the tool.
    regime: regimeJson(report.regime, ctx.lang),
    criteria: report.criteria,
    systems: [],
    summary: report.summary,
  };
}

function systemJson(s: ClassifiedSystem, lang: FormatContext['lang']): object {
  return {
    system: s.record.id,
    name: s.record.name,
    owner: s.record.owner,
    file: s.file,
    line: s.line,
    minimumLevel: s.result.minimumLevel,
    matched: s.result.matched.map((m) => ({
      criterion: m.criterion,
      level: m.level,
      basis: cite(m.basis, 'vi'),
      fact: m.fact,
      ...(m.provisional ? { provisional: true } : {}),
    })),
    unknown: s.result.unknown.map((u) => ({ criterion: u.criterion, level: u.level, basis: cite(u.basis, 'vi'), facts: u.facts })),
    notes: s.notes.map((n) => ({ id: n.id, text: n.text[lang] })),
    proposedLevel: s.proposedLevel,
    approvedLevel: s.approvedLevel,
    judgedLevel: s.judgedLevel,
    judged: {
      criteria: s.judged.criteria,
      reason: s.judged.reason,
      minimumLevel: s.judged.minimumLevel,
      basis: s.judged.deciding ? cite(s.judged.deciding.basis, 'vi') : null,
    },
    underLevel: s.underLevel,
    currentHigher: s.currentHigher,
    authority: s.authority ? { level: s.authorityLevel, appraises: s.authority.appraises[lang], approves: s.authority.approves[lang] } : null,
  };
}

/** `JSON.stringify(classifyJson(…), null, 2)` in pieces: at a million systems it is about 950 million characters. */
export function formatClassifyJson(report: ClassifyReport, ctx: FormatContext): Iterable<string> {
  return prettyJsonChunks(classifySkeleton(report, ctx), 'systems', report.systems, (s) => systemJson(s, ctx.lang));
}
