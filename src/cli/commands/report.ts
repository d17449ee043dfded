// `attt-audit report`: the documents people open — a self-contained HTML report for the meeting and
// an Excel workbook for the file. The renderers (and exceljs) are imported only when this command
// runs, so they cost the other commands nothing at start-up.
import { Option, type Command } from 'commander';
import { FatalError } from '../../errors.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { loadInventories } from '../../loading/inventory.js';
import { calendarDateIn, DEFAULT_TIME_ZONE } from '../../util/date.js';
import { resolveAsOf } from '../context.js';
import { FORM08_HELP, form08Writer, form08Year, runForm08 } from './report-form08.js';
import { TOOL } from '../../version.js';
import type { GlobalOptions, LimitOptions, RuleOptions } from '../context.js';
import { addAuditOptions, setupAudit, type ProjectFlags } from '../project.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';
import { checkReportTarget, warnInventoryProblems, writeReport, type OutputOptions } from '../report-output.js';

export const REPORT_FORMATS = ['html', 'xlsx', 'form08'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

interface ReportOptions extends GlobalOptions, RuleOptions, LimitOptions, OutputOptions, ProjectFlags {
  asOf?: string;
  tz?: string;
  format?: ReportFormat;
  year?: string;
  draft?: boolean;
}

/** `--format`, else the output file's extension (`.xlsx` → xlsx), else html. */
export function reportFormat(format: ReportFormat | undefined, output: string): ReportFormat {
  if (format !== undefined) return format;
  if (/\.docx$/i.test(output)) return 'form08';
  return /\.xlsx$/i.test(output) ? 'xlsx' : 'html';
}

export function registerReport(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const command = program
    .command('report')
    .description(HELP.report.description[lang])
    .argument('[paths...]', HELP.inventoryPaths[lang])
    .addOption(new Option('-f, --format <format>', HELP.report.format[lang]).choices(REPORT_FORMATS))
    .option('-o, --output <file>', HELP.report.output[lang])
    .option('--force', HELP.force[lang])
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
    // Refuse early, before any work; writeReport checks again atomically when it writes.
    await checkReportTarget({ ...all, format }, io);
    if (format === 'form08') {
      const year = form08Year(all.year, Number((all.asOf !== undefined ? resolveAsOf(all.asOf, all.tz, io) : calendarDateIn(io.now(), all.tz ?? DEFAULT_TIME_ZONE)).slice(0, 4)));
      form08Writer(all.output);
      // The evaluation date of a Form 08 report is the end of its data period: 14/12, or --as-of.
      const setup = await setupAudit(io, { ...all, asOf: all.asOf ?? `${year}-12-14` }, command, paths);
      setExit(await runForm08(setup, { output: all.output, year, ...(all.force ? { force: true } : {}), ...(all.draft ? { draft: true } : {}), ...(all.asOf !== undefined ? { asOf: all.asOf } : {}) }, io, setup.ctx.lang));
      return;
    }
    const setup = await setupAudit(io, all, command, paths);
    const { ctx, asOf, pack } = setup;
    const inventory = await loadInventories(setup.inventoryArgs, setup.load);
    const { buildReport } = await import('../../report/model.js');
    const timeZone = all.tz ?? setup.config?.timeZone ?? DEFAULT_TIME_ZONE;
    const model = buildReport({ inventory, pack, asOf, timeZone, now: io.now(), tool: TOOL, auditOptions: setup.optionsFor(inventory) });
    let content: string | Uint8Array;
    if (format === 'xlsx') {
      const { renderXlsxReport } = await import('../../formatters/report/xlsx/report.js');
      content = await renderXlsxReport(model, ctx.lang);
    } else {
      const { renderHtmlReport } = await import('../../formatters/report/html/report.js');
      content = renderHtmlReport(model, ctx.lang);
    }
    await writeReport(content, all, io, setup.inputs(...inventory.files));
    const problems = warnInventoryProblems(inventory, io, ctx.lang);
    if (all.output !== '-') {
      io.stderr.write(`${TOOL.name}: ${localize({ vi: 'đã ghi {f}', en: 'wrote {f}' }, { f: all.output })[ctx.lang]}\n`);
    }
    setExit(problems ? 1 : 0);
  });
}
