// The implementation before streaming (issue 17), kept as the oracle of test/formatters/plan-streamed.test.ts.
// `plan --format csv`: one row per item for a spreadsheet (see csv.ts for BOM, quoting and the
// formula guard). Dates are ISO (Excel reads them as dates); days left is a number (empty for an undated item).
import { machineText, textIn } from '../../../src/i18n/lang.js';
import { PLAN_UI } from '../../../src/plan/messages.js';
import type { PlanFormatter } from '../../../src/plan/result.js';
import { EXCEL_VI, RFC4180, toCsv, type CsvDialect } from '../../../src/formatters/common/csv.js';
import { statusText } from './plan-text.js';

/** `plan --format csv` (RFC 4180) or `--format csv-excel` (Excel under Vietnamese regional settings). */
function planCsv(dialect: CsvDialect): PlanFormatter {
  return (report, ctx) => {
  const { lang } = ctx;
  const c = PLAN_UI.col;
  const header = [c.due, c.daysLeft, c.overdue, c.status, c.system, c.name, c.owner, c.level, c.proposedLevel, c.kind, c.detail, c.basis, c.rule, c.source].map(
    (h): string => h[lang],
  );
  const rows = report.items.map((item) => [
    item.due,
    item.daysLeft,
    item.overdue ? PLAN_UI.yes[lang] : PLAN_UI.no[lang],
    statusText(item, lang),
    item.system,
    item.name,
    item.owner,
    item.level,
    item.proposedLevel,
    machineText(item.title, lang),
    machineText(item.detail, lang),
    textIn(item.basis, lang),
    item.rule,
    `${item.file}:${item.line}:${item.column}`,
  ]);
  return toCsv(header, rows, dialect);
  };
}

export const formatPlanCsv = planCsv(RFC4180);
export const formatPlanCsvExcel = planCsv(EXCEL_VI);
