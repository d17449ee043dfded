// `attt-audit report`: the documents people open — a self-contained HTML report for the meeting (or
// its summary printout as PDF) and an Excel workbook for the file. The renderers (and exceljs) are imported only when this command
// runs, so they cost the other commands nothing at start-up.
import path from 'node:path';
import { Option, type Command } from 'commander';
import { FatalError } from '../../errors.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { loadInventories } from '../../loading/inventory.js';
import { calendarDateIn, DEFAULT_TIME_ZONE } from '../../util/date.js';
import { resolveAsOf } from '../context.js';
import { windowQuarter } from '../../plan/window.js';
import type { ReportPeriod } from '../../report/model.js';
import { displayDate } from '../../report/messages.js';
import type { IsoDate } from '../../util/date.js';
import { DEFAULT_MAX_ROWS } from '../../formatters/report/html/listing.js';
import { FORM08_HELP, form08Writer, form08Year, runForm08 } from './report-form08.js';
import { TOOL } from '../../version.js';
import type { GlobalOptions, LimitOptions, RuleOptions } from '../context.js';
import { addAuditOptions, setupAudit, type ProjectFlags } from '../project.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';
import { checkReportTarget, warnInventoryProblems, writeReport, type OutputOptions } from '../report-output.js';

export const REPORT_FORMATS = ['html', 'xlsx', 'pdf', 'form08'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

interface ReportOptions extends GlobalOptions, RuleOptions, LimitOptions, OutputOptions, ProjectFlags {
  asOf?: string;
  tz?: string;
  format?: ReportFormat;
  year?: string;
  draft?: boolean;
  quarter?: string;
  maxRows?: string;
}

const MAX_ROWS_HELP = {
  vi: 'HTML/PDF: chỉ liệt kê chi tiết tối đa n hệ thống, những hệ thống cần xử lý trước (mặc định {d}); mọi chỉ số và bảng tổng hợp vẫn tính đủ, bảng tính Excel liệt kê tất cả',
  en: 'HTML/PDF: list at most n systems one by one, those that need action first (default {d}); every figure and summary still counts them all, the Excel workbook lists every one',
} as const;

/** `--max-rows`: a positive whole number of systems. */
export function maxRows(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value.trim()) || Number(value) === 0) {
    throw new FatalError(localize({ vi: '--max-rows phải là một số nguyên dương, không phải "{v}"', en: '--max-rows must be a positive whole number, not "{v}"' }, { v: value }));
  }
  return Number(value);
}

const PERIOD_HELP = {
  quarter: {
    vi: 'báo cáo về một quý: 2025-Q3 hoặc current; ngày đánh giá mặc định là ngày cuối quý (hoặc hôm nay nếu quý chưa hết), --as-of để chọn ngày khác',
    en: 'report on a quarter: 2025-Q3 or current; the evaluation date defaults to its last day (or today while it is still running); --as-of to choose another',
  },
} as const;

/**
 * `--quarter`: the period the report is about, and its evaluation date — `--as-of` if given, else
 * the quarter's last day, or today while the quarter is still running. A quarter that has not begun
 * on the evaluation date is refused: what falls due in it is `plan --quarter`'s job.
 */
export function reportPeriod(quarter: string, asOf: IsoDate | undefined, today: IsoDate): { period: ReportPeriod; asOf: IsoDate | undefined } {
  const window = windowQuarter(quarter, asOf ?? today);
  const period: ReportPeriod = {
    quarter: { year: Number(window.from.slice(0, 4)), quarter: Math.floor((Number(window.from.slice(5, 7)) - 1) / 3) + 1 },
    from: window.from,
    to: window.to,
  };
  const evaluation = asOf !== undefined ? undefined : window.to < today ? window.to : today;
  return { period, asOf: evaluation };
}

function refuseUnstartedPeriod(period: ReportPeriod, asOf: IsoDate): void {
  if (period.from <= asOf) return;
  throw new FatalError(
    localize(
      {
        vi: 'quý {q}/{y} bắt đầu từ {fromVi}, sau ngày đánh giá {dVi}: báo cáo nói về một kỳ đã bắt đầu; các việc đến hạn trong quý đó xem bằng plan --quarter',
        en: '{y}-Q{q} begins on {from}, after the evaluation date {d}: a report is about a period that has begun; for what falls due in it, use plan --quarter',
      },
      { q: period.quarter.quarter, y: period.quarter.year, from: period.from, d: asOf, fromVi: displayDate(period.from, 'vi'), dVi: displayDate(asOf, 'vi') },
    ),
  );
}

/** What each document format may be called. */
const EXTENSIONS: Record<ReportFormat, readonly string[]> = { html: ['.html', '.htm'], xlsx: ['.xlsx'], pdf: ['.pdf'], form08: ['.docx', '.xlsx', '.html', '.htm'] };
const EXTENSIONS_OF_ANY = Object.values(EXTENSIONS).flat();
/** Extensions of formats this command does not write, whose reader would be handed the wrong bytes. */
const FOREIGN = ['.doc', '.xls', '.csv', '.json', '.md', '.txt', '.odt', '.ods', '.xml', '.ics', '.sarif'];

/**
 * `--format`, else the output file's extension (`.html`/`.htm` or none → html, `.xlsx` → xlsx,
 * `.pdf` → pdf, `.docx` → form08). One format is never written under another's name: an unknown
 * extension without --format is refused (exit 2), as is `--format html -o book.xlsx`; a name with an
 * extension of no document format (`book.bin`) is taken with an explicit --format.
 */
export function reportFormat(format: ReportFormat | undefined, output: string): ReportFormat {
  // Form 08 checks its own extensions (.docx, .xlsx, .html).
  if (format === 'form08') return format;
  const ext = output === '-' ? '' : path.extname(output).toLowerCase();
  if (format !== undefined) {
    if (FOREIGN.includes(ext) || (EXTENSIONS_OF_ANY.includes(ext) && !EXTENSIONS[format].includes(ext))) {
      throw new FatalError(
        localize(
          { vi: 'không ghi báo cáo {fmt} dưới tên "{f}": đuôi {ext} là của định dạng khác', en: 'will not write a {fmt} report as "{f}": {ext} is another format\'s extension' },
          { f: output, ext, fmt: format },
        ),
      );
    }
    return format;
  }
  if (ext === '.docx') return 'form08';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.pdf') return 'pdf';
  if (ext === '' || ext === '.html' || ext === '.htm') return 'html';
  throw new FatalError(
    localize(
      {
        vi: 'không biết ghi "{f}" theo định dạng nào: đặt tên tệp .html, .xlsx hoặc .pdf (Mẫu số 08: .docx), hoặc chọn --format',
        en: 'cannot tell which format to write as "{f}": name the file .html, .xlsx or .pdf (Form 08: .docx), or give --format',
      },
      { f: output },
    ),
  );
}

export function registerReport(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const command = program
    .command('report')
    .description(HELP.report.description[lang])
    .argument('[paths...]', HELP.inventoryPaths[lang])
    .addOption(new Option('-f, --format <format>', HELP.report.format[lang]).choices(REPORT_FORMATS))
    .option('-o, --output <file>', HELP.report.output[lang])
    .option('--force', HELP.force[lang])
    .option('--quarter <quarter>', PERIOD_HELP.quarter[lang])
    .option('--max-rows <n>', MAX_ROWS_HELP[lang].replace('{d}', String(DEFAULT_MAX_ROWS)))
    .option('--year <year>', FORM08_HELP.year[lang])
    .option('--draft', FORM08_HELP.draft[lang]);
  addAuditOptions(command, lang).action(async (paths: string[], options: ReportOptions, command: Command) => {
    const all = { ...command.optsWithGlobals(), ...options } as ReportOptions;
    if (all.output === undefined) {
      throw new FatalError({ vi: 'thiếu --output TỆP: báo cáo được ghi vào tệp', en: 'missing --output FILE: the report is written to a file' });
    }
    const format = reportFormat(all.format, all.output);
    if (format !== 'form08' && (all.year !== undefined || all.draft)) {
      throw new FatalError({ vi: '--year và --draft chỉ dùng với --format form08', en: '--year and --draft only apply to --format form08' });
    }
    const rows = maxRows(all.maxRows);
    if (rows !== undefined && format !== 'html' && format !== 'pdf') {
      throw new FatalError({ vi: '--max-rows chỉ dùng với báo cáo HTML và PDF (bảng tính Excel liệt kê mọi hệ thống)', en: '--max-rows only applies to the HTML and PDF report (the Excel workbook lists every system)' });
    }
    if (format === 'form08' && all.quarter !== undefined) {
      throw new FatalError({ vi: 'Mẫu số 08 là báo cáo năm: dùng --year, không dùng --quarter', en: 'Form 08 is an annual report: use --year, not --quarter' });
    }
    // Refuse early, before any work; writeReport checks again atomically when it writes.
    await checkReportTarget({ ...all, format }, io);
    if (format === 'pdf') (await import('./report-pdf.js')).findChromium(io.env);
    if (format === 'form08') {
      const year = form08Year(all.year, Number((all.asOf !== undefined ? resolveAsOf(all.asOf, all.tz, io) : calendarDateIn(io.now(), all.tz ?? DEFAULT_TIME_ZONE)).slice(0, 4)));
      form08Writer(all.output);
      // The evaluation date of a Form 08 report is the end of its data period: 14/12, or --as-of.
      const setup = await setupAudit(io, { ...all, asOf: all.asOf ?? `${year}-12-14` }, command, paths);
      setExit(await runForm08(setup, { output: all.output, year, ...(all.force ? { force: true } : {}), ...(all.draft ? { draft: true } : {}), ...(all.asOf !== undefined ? { asOf: all.asOf } : {}) }, io, setup.ctx.lang));
      return;
    }
    const chosen = all.quarter === undefined ? undefined : reportPeriod(all.quarter, all.asOf === undefined ? undefined : resolveAsOf(all.asOf, all.tz, io), resolveAsOf(undefined, all.tz, io));
    const setup = await setupAudit(io, chosen?.asOf !== undefined ? { ...all, asOf: chosen.asOf } : all, command, paths);
    const { ctx, asOf, pack } = setup;
    if (chosen) refuseUnstartedPeriod(chosen.period, asOf);
    const inventory = await loadInventories(setup.inventoryArgs, setup.load);
    const { buildReport } = await import('../../report/model.js');
    const timeZone = all.tz ?? setup.config?.timeZone ?? DEFAULT_TIME_ZONE;
    const model = buildReport({ inventory, pack, asOf, timeZone, now: io.now(), tool: TOOL, auditOptions: setup.optionsFor(inventory), ...(chosen ? { period: chosen.period } : {}) });
    let content: string | Uint8Array | Iterable<string> | AsyncIterable<Uint8Array>;
    if (format === 'xlsx') {
      // Written to the file as it is made (every row of a national inventory).
      const { xlsxReportChunks } = await import('../../formatters/report/xlsx/report.js');
      content = xlsxReportChunks(model, ctx.lang);
    } else {
      const { htmlReportChunks, renderHtmlReport } = await import('../../formatters/report/html/report.js');
      const options = rows === undefined ? {} : { maxRows: rows };
      // The HTML is written as it is made; the PDF printout needs the page as one file first.
      content = format === 'pdf' ? await (await import('./report-pdf.js')).printPdf(renderHtmlReport(model, ctx.lang, options), io) : htmlReportChunks(model, ctx.lang, options);
    }
    await writeReport(content, all, io, setup.inputs(...inventory.files));
    const problems = warnInventoryProblems(inventory, io, ctx.lang);
    if (all.output !== '-') {
      io.stderr.write(`${TOOL.name}: ${localize({ vi: 'đã ghi {f}', en: 'wrote {f}' }, { f: all.output })[ctx.lang]}\n`);
    }
    setExit(problems ? 1 : 0);
  });
}
