// `attt-audit report --format form08`: the annual report on Form 08 (Decree 331 Art 35–36). The
// document is built from the inventory as of the end of the data period, checked by the form08/*
// rules, and written only when it does not contradict itself (or with --draft, stamped as such).
import path from 'node:path';
import { FatalError } from '../../errors.js';
import { localize, type Lang, type Localized } from '../../i18n/lang.js';
import { loadInventories } from '../../loading/inventory.js';
import { TOOL } from '../../version.js';
import type { AuditSetup } from '../project.js';
import type { Io } from '../io.js';
import { warnInventoryProblems, writeReport } from '../report-output.js';
import { visible } from '../../formatters/common/visible-text.js';

export const FORM08_HELP = {
  year: { vi: 'form08: năm báo cáo (kỳ số liệu 15/12 năm trước – 14/12 năm này; mặc định: năm của ngày đánh giá)', en: 'form08: report year (data period 15/12 of the year before to 14/12; default: the year of the evaluation date)' },
  draft: { vi: 'form08: vẫn ghi báo cáo khi có lỗi nhất quán, đóng dấu "DỰ THẢO / DRAFT" trên mọi trang', en: 'form08: write the report despite consistency errors, stamped "DỰ THẢO / DRAFT" on every page' },
} as const satisfies Record<string, Localized>;

export type Form08Writer = 'docx' | 'xlsx' | 'html';

/** The writer from the output file's extension: .docx, .xlsx, .html/.htm. */
export function form08Writer(output: string): Form08Writer {
  const ext = path.extname(output).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new FatalError(
    localize(
      { vi: '--format form08 ghi tệp .docx, .xlsx hoặc .html, không phải "{f}"', en: '--format form08 writes a .docx, .xlsx or .html file, not "{f}"' },
      { f: output },
    ),
  );
}

/** --year: a four-digit year; default the year of the evaluation date (or of today). */
export function form08Year(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{4}$/.test(value) || Number(value) < 2016 || Number(value) > 2100) {
    throw new FatalError(localize({ vi: '--year phải là một năm từ 2016 đến 2100, không phải "{v}"', en: '--year must be a year from 2016 to 2100, not "{v}"' }, { v: value }));
  }
  return Number(value);
}

export interface Form08Run {
  output: string;
  force?: boolean;
  draft?: boolean;
  year: number;
  /** --as-of when given: the cut-off instead of 14/12. */
  asOf?: string;
}

/** Runs once the project is set up (config, pack, inventory paths); returns the exit code. */
export async function runForm08(setup: AuditSetup, run: Form08Run, io: Io, lang: Lang): Promise<number> {
  const writer = form08Writer(run.output);
  const inventory = await loadInventories(setup.inventoryArgs, setup.load);
  const { buildForm08, dataPeriod } = await import('../../form08/model.js');
  const period = dataPeriod(run.year, run.asOf === undefined ? undefined : setup.asOf);
  const organization = setup.config?.organization;
  const doc = buildForm08({ inventory, period, ...(organization ? { organization } : {}) });
  // Part 2 findings point into the config file, where the missing keys belong.
  const config = setup.config;
  if (config) {
    for (const f of doc.findings) {
      if (f.configPath) {
        f.file = config.shown;
        f.position = config.locate(f.configPath);
      }
    }
  }
  const problems = warnInventoryProblems(inventory, io, lang);
  const { findingLine } = await import('../../formatters/form08/blocks.js');
  // Messages quote system names: no control character reaches the terminal or a CI log.
  for (const f of doc.findings) io.stderr.write(`${TOOL.name}: ${visible(findingLine(f, lang))}\n`);
  const errors = doc.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && !run.draft) {
    io.stderr.write(
      `${TOOL.name}: ${
        localize(
          {
            vi: 'không ghi {f}: báo cáo Mẫu số 08 có {n} lỗi nhất quán (ở trên); sửa tệp danh mục/cấu hình, hoặc dùng --draft để ghi bản dự thảo',
            en: 'not writing {f}: the Form 08 report has {n} consistency errors (above); fix the inventory/config, or use --draft for a draft',
          },
          { f: run.output, n: errors },
        )[lang]
      }\n`,
    );
    return 1;
  }
  const options = { lang, draft: run.draft === true };
  // A workbook too long for Excel is refused here, before the output file exists.
  let content: Uint8Array | Iterable<string> | AsyncIterable<Uint8Array>;
  if (writer === 'docx') content = await (await import('../../formatters/form08/docx.js')).renderForm08Docx(doc, options);
  else if (writer === 'xlsx') content = (await import('../../formatters/form08/xlsx.js')).renderForm08Xlsx(doc, options);
  else content = (await import('../../formatters/form08/html.js')).form08HtmlChunks(doc, options);
  await writeReport(content, run, io, setup.inputs(...inventory.files));
  io.stderr.write(`${TOOL.name}: ${localize({ vi: 'đã ghi {f}', en: 'wrote {f}' }, { f: run.output })[lang]}\n`);
  return errors > 0 || problems ? 1 : 0;
}
