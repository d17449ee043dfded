// `attt-audit report`: the documents people open — a self-contained HTML report for the meeting and
// an Excel workbook for the file. The renderers (and exceljs) are imported only when this command
// runs, so they cost the other commands nothing at start-up.
import { Option, type Command } from 'commander';
import { FatalError } from '../../errors.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { loadInventories } from '../../loading/inventory.js';
import { DEFAULT_TIME_ZONE } from '../../util/date.js';
import { TOOL } from '../../version.js';
import type { GlobalOptions, LimitOptions, RuleOptions } from '../context.js';
import { addAuditOptions, setupAudit, type ProjectFlags } from '../project.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';
import { checkReportTarget, warnInventoryProblems, writeReport, type OutputOptions } from '../report-output.js';

export const REPORT_FORMATS = ['html', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

interface ReportOptions extends GlobalOptions, RuleOptions, LimitOptions, OutputOptions, ProjectFlags {
  asOf?: string;
  tz?: string;
  format?: ReportFormat;
}

/** `--format`, else the output file's extension (`.xlsx` → xlsx), else html. */
export function reportFormat(format: ReportFormat | undefined, output: string): ReportFormat {
  if (format !== undefined) return format;
  return /\.xlsx$/i.test(output) ? 'xlsx' : 'html';
}

export function registerReport(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const command = program
    .command('report')
    .description(HELP.report.description[lang])
    .argument('[paths...]', HELP.inventoryPaths[lang])
    .addOption(new Option('-f, --format <format>', HELP.report.format[lang]).choices(REPORT_FORMATS))
    .option('-o, --output <file>', HELP.report.output[lang])
    .option('--force', HELP.force[lang]);
  addAuditOptions(command, lang).action(async (paths: string[], options: ReportOptions, command: Command) => {
    const all = { ...command.optsWithGlobals(), ...options } as ReportOptions;
    if (all.output === undefined) {
      throw new FatalError({ vi: 'thiếu --output TỆP: báo cáo được ghi vào tệp', en: 'missing --output FILE: the report is written to a file' });
    }
    const format = reportFormat(all.format, all.output);
    // Refuse early, before any work; writeReport checks again atomically when it writes.
    await checkReportTarget({ ...all, format }, io);
    const setup = await setupAudit(io, all, command, paths);
    const { ctx, asOf, pack } = setup;
    const inventory = await loadInventories(setup.inventoryArgs, setup.load);
    const { buildReport } = await import('../../report/model.js');
    const timeZone = all.tz ?? setup.config?.timeZone ?? DEFAULT_TIME_ZONE;
    const model = buildReport({ inventory, pack, asOf, timeZone, now: io.now(), tool: TOOL, auditOptions: setup.optionsFor(inventory) });
    let content: string | Uint8Array;
    if (format === 'xlsx') {
      const { renderXlsxReport } = await import('../../formatters/xlsx/report.js');
      content = await renderXlsxReport(model, ctx.lang);
    } else {
      const { renderHtmlReport } = await import('../../formatters/html/report.js');
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
