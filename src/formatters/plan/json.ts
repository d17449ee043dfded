// `plan --format json`: `{ asOf, window: {from, to}, items: [{ due, status, system, kind, ... }] }` with
// stable English ids (`due` and `daysLeft` are null on an undated overdue item); `title` and `detail` in the chosen language.
import { machineText, textIn, type Lang, type Localized, type TextOrLocalized } from '../../i18n/lang.js';
import { regimeJson } from '../../regime/describe.js';
import type { PlanItem } from '../../plan/compute.js';
import type { PlanChunkedFormatter } from '../../plan/result.js';
import { planCounts, planKindCounts } from './text.js';
import { jsonArrayChunks, quote } from '../common/json-chunks.js';

/**
 * Exactly `JSON.stringify(output, null, 2)` and a newline, in pieces: the skeleton around the
 * items, then the items some 64 KB at a time, so that no string (and no tree of output objects)
 * ever holds them all.
 */
export const planJsonChunks: PlanChunkedFormatter = function* (report, ctx) {
  const counts = planCounts(report);
  const output = {
    tool: ctx.tool,
    asOf: report.asOf,
    ...(report.organization !== undefined ? { organization: report.organization } : {}),
    files: report.files,
    window: report.window,
    filters: report.filters,
    ...(report.regime ? { regime: regimeJson(report.regime, ctx.lang) } : {}),
    // Written one by one in its place (jsonArrayChunks).
    items: null,
    summary: {
      items: report.items.length,
      overdue: counts.overdue,
      undated: counts.undated,
      dueToday: counts.dueToday,
      beforeWindow: counts.beforeWindow,
      inWindow: counts.inWindow,
      invalid: report.invalid,
      byKind: planKindCounts(report),
    },
  };
  const shared = new SharedTexts(ctx.lang);
  yield* jsonArrayChunks(output, 'items', report.items, (item) => itemJson(item, ctx.lang, shared));
};

/**
 * One item exactly as `JSON.stringify(output, null, 2)` prints it two levels deep, field by field
 * (a generic stringify of each item and re-indenting it would cost most of the run). Field order
 * is the contract.
 */
function itemJson(item: PlanItem, lang: Lang, shared: SharedTexts): string {
  let out =
    '    {\n      "due": ' + nullableString(item.due) +
    ',\n      "daysLeft": ' + nullableNumber(item.daysLeft) +
    ',\n      "overdue": ' + (item.overdue ? 'true' : 'false') +
    // status, kind and uid are the tool's own ASCII words and hex digits: nothing to escape.
    ',\n      "status": "' + item.status + '"' +
    ',\n      "system": ' + quote(item.system) +
    ',\n      "name": ' + quote(item.name) +
    ',\n      "owner": ' + quote(item.owner) +
    ',\n      "level": ' + nullableNumber(item.level);
  if (item.proposedLevel !== undefined) out += ',\n      "proposedLevel": ' + nullableNumber(item.proposedLevel);
  if (item.organization) out += ',\n      "organization": true';
  out += ',\n      "kind": "' + item.kind + '"';
  if (item.subject !== undefined) out += ',\n      "subject": ' + quote(item.subject);
  return (
    out +
    ',\n      "title": ' + shared.title(item.title) +
    ',\n      "detail": ' + quote(machineText(item.detail, lang)) +
    ',\n      "rule": ' + quote(item.rule) +
    ',\n      "basis": ' + shared.basis(item.basis) +
    ',\n      "file": ' + shared.file(item.file) +
    ',\n      "line": ' + nullableNumber(item.line) +
    ',\n      "column": ' + nullableNumber(item.column) +
    ',\n      "uid": "' + item.uid + '"' +
    '\n    }'
  );
}

/**
 * Titles, legal bases and file names are a few dozen objects shared by every item: each is
 * serialised once (a national plan writes them ~270,000 times).
 */
class SharedTexts {
  private readonly done = new Map<unknown, string>();
  constructor(private readonly lang: Lang) {}
  private once(key: unknown, make: () => string): string {
    let text = this.done.get(key);
    if (text === undefined) {
      text = quote(make());
      // Bounded: an unusual plan whose items do not share them is simply not cached beyond this.
      if (this.done.size < 10_000) this.done.set(key, text);
    }
    return text;
  }
  title(title: Localized): string {
    return this.once(title, () => machineText(title, this.lang));
  }
  basis(basis: TextOrLocalized): string {
    return this.once(basis, () => textIn(basis, this.lang));
  }
  file(file: string): string {
    return this.once(file, () => file);
  }
}

function nullableString(text: string | null): string {
  return text === null ? 'null' : quote(text);
}

/** As JSON.stringify writes a number (null for NaN and infinities). */
function nullableNumber(n: number | null): string {
  return n === null || !Number.isFinite(n) ? 'null' : String(n);
}
