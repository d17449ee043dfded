// `plan --format csv`: one row per item for a spreadsheet (see csv.ts for BOM, quoting and the
// formula guard). Dates are ISO (Excel reads them as dates); days left is a number (empty for an undated item).
// Written row by row (csvChunks): a national plan has hundreds of thousands of rows.
import { machineText, textIn, type Lang } from '../../i18n/lang.js';
import type { PlanItem } from '../../plan/compute.js';
import { PLAN_UI } from '../../plan/messages.js';
import type { PlanChunkedFormatter } from '../../plan/result.js';
import { csvChunks, EXCEL_VI, RFC4180, type CsvCell, type CsvDialect } from '../common/csv.js';
import { statusText } from './text.js';

function* planRows(items: readonly PlanItem[], lang: Lang): Generator<CsvCell[]> {
  for (const item of items) {
    yield [
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
    ];
  }
}

/** `plan --format csv` (RFC 4180) or `--format csv-excel` (Excel under Vietnamese regional settings). */
function planCsv(dialect: CsvDialect): PlanChunkedFormatter {
  return (report, ctx) => {
    const { lang } = ctx;
    const c = PLAN_UI.col;
    const header = [c.due, c.daysLeft, c.overdue, c.status, c.system, c.name, c.owner, c.level, c.proposedLevel, c.kind, c.detail, c.basis, c.rule, c.source].map(
      (h): string => h[lang],
    );
    return csvChunks(header, planRows(report.items, lang), dialect);
  };
}

export const planCsvChunks = planCsv(RFC4180);
export const planCsvExcelChunks = planCsv(EXCEL_VI);
