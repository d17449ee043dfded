// `attt-audit import FILE.xlsx|FILE.csv [-o DIR] [--dry-run] [--force]`: starts an inventory from
// a report already filed — a Form 08 part-3 table, or a plain sheet with the inventory's own
// headers. Writes inventory YAML (atomically, never over an existing file without --force);
// every row or cell it cannot map is reported with sheet, row and column (exit 1).
import path from 'node:path';
import type { Command } from 'commander';
import { FatalError } from '../../errors.js';
import { displayDate, localize, type Lang, type Localized } from '../../i18n/lang.js';
import { readFileBounded, ReadError } from '../../util/fs-read.js';
import { calendarDateIn, DEFAULT_TIME_ZONE } from '../../util/date.js';
import { checkTargets, writeTarget } from '../outputs.js';
import { TOOL } from '../../version.js';
import { commandContext, type GlobalOptions } from '../context.js';
import type { Io } from '../io.js';

export const IMPORT_HELP = {
  description: {
    vi: 'tạo tệp danh mục YAML từ bảng phần 3 của Mẫu số 08 (hoặc bảng có cột mang tên khóa của tệp danh mục), .xlsx hoặc .csv',
    en: 'write inventory YAML from a Form 08 part-3 table (or a sheet whose columns are inventory keys), .xlsx or .csv',
  },
  file: { vi: 'bảng tính cần nhập (.xlsx hoặc .csv)', en: 'the spreadsheet to import (.xlsx or .csv)' },
  output: { vi: 'thư mục ghi tệp YAML (mặc định: thư mục hiện tại)', en: 'directory for the YAML files (default: the current directory)' },
  dryRun: { vi: 'chỉ in ra nội dung sẽ ghi và báo cáo kiểm tra, không ghi tệp', en: 'print what would be written and the validation report; write nothing' },
  force: { vi: 'ghi đè tệp YAML đã có', en: 'replace existing YAML files' },
} as const satisfies Record<string, Localized>;

interface ImportOptions extends GlobalOptions {
  output?: string;
  dryRun?: boolean;
  force?: boolean;
}

export function registerImport(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  program
    .command('import')
    .description(IMPORT_HELP.description[lang])
    .argument('<file>', IMPORT_HELP.file[lang])
    .option('-o, --output <dir>', IMPORT_HELP.output[lang])
    .option('--dry-run', IMPORT_HELP.dryRun[lang])
    .option('--force', IMPORT_HELP.force[lang])
    .action(async (file: string, _options: ImportOptions, cmd: Command) => {
      const options = cmd.optsWithGlobals() as ImportOptions;
      const ctx = commandContext(io, options);
      setExit(await runImport(file, options, io, ctx.lang));
    });
}

async function runImport(file: string, options: ImportOptions, io: Io, lang: Lang): Promise<number> {
  const { LIMITS, tooBig } = await import('../../import/grid.js');
  const absolute = path.resolve(io.cwd, file);
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    throw new FatalError(localize({ vi: 'chỉ nhập được tệp .xlsx hoặc .csv, không phải "{f}"', en: 'import reads .xlsx or .csv files, not "{f}"' }, { f: file }));
  }
  let bytes: Buffer;
  try {
    // The shared bounded reader: regular files only (never blocks on a FIFO), at most the import limit.
    bytes = readFileBounded(absolute, LIMITS.fileBytes);
  } catch (error) {
    if (error instanceof ReadError) {
      if (error.failure.reason === 'too-large') throw tooBig(file, error.failure.size ?? LIMITS.fileBytes + 1);
      throw new FatalError(localize({ vi: '{f}: {e}', en: '{f}: {e}' }, { f: file, e: error.text }));
    }
    throw error;
  }
  const base = path.basename(file, path.extname(file));
  const sheets = ext === '.csv' ? [(await import('../../import/read-csv.js')).readCsv(bytes, file, base)] : await (await import('../../import/read-xlsx.js')).readXlsx(bytes, file);
  const { mapSheets, slug } = await import('../../import/map.js');
  const result = mapSheets(sheets, { defaultCutOff: calendarDateIn(io.now(), DEFAULT_TIME_ZONE) });
  const { renderImportYaml } = await import('../../import/yaml.js');
  const dir = path.resolve(io.cwd, options.output ?? '.');
  const outputs = result.files.map((f) => ({
    name: result.files.length === 1 ? `${slug(base)}.yaml` : `${slug(base)}-${slug(f.organization ?? 'khac')}.yaml`,
    text: renderImportYaml(f, file, result.cutOff),
  }));
  const prefix = `${TOOL.name}: `;
  const severity = (s: 'error' | 'warning'): string => (s === 'error' ? (lang === 'vi' ? 'lỗi' : 'error') : lang === 'vi' ? 'cảnh báo' : 'warning');
  for (const p of result.problems) {
    const where = [`${file}`, `${lang === 'vi' ? 'trang' : 'sheet'} "${p.sheet}"`, p.row !== undefined ? `${lang === 'vi' ? 'dòng' : 'row'} ${p.row}` : '', p.column ? `${lang === 'vi' ? 'cột' : 'column'} ${p.column}` : '']
      .filter(Boolean)
      .join(', ');
    io.stderr.write(`${prefix}${severity(p.severity)}: ${where}: ${p.message[lang]}\n`);
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const summary = localize(
    {
      vi: 'đọc {rows} dòng dữ liệu ({layout}), nhập {n} hệ thống, {e} lỗi, {w} cảnh báo',
      en: 'read {rows:data row|data rows} ({layout}), imported {n:system|systems}, {e:error|errors}, {w:warning|warnings}',
    },
    { rows: result.rowsRead, layout: result.layout ?? '—', n: result.systems, e: errors, w: result.problems.length - errors },
  );
  if (result.cutOff && result.layout === 'form08') {
    io.stderr.write(
      `${prefix}${localize({ vi: 'cột (12) không ghi ngày: các lần kiểm tra, đánh giá được ghi ngày {vi} (ngày chốt số liệu)', en: 'column (12) carries no dates: the assessments are dated {en} (the cut-off)' }, { vi: displayDate(result.cutOff, 'vi'), en: result.cutOff })[lang]}\n`,
    );
  }
  if (options.dryRun) {
    for (const o of outputs) io.stdout.write(`# --- ${path.join(options.output ?? '.', o.name)} ---\n${o.text}`);
    io.stderr.write(`${prefix}${summary[lang]} (--dry-run)\n`);
    return errors > 0 ? 1 : 0;
  }
  if (outputs.length === 0) {
    io.stderr.write(`${prefix}${summary[lang]}\n`);
    return 1;
  }
  // Refuse before writing anything (an existing file without --force, a special file, the spreadsheet
  // itself), then write each file atomically through the same guarded writer as every report.
  const targets = outputs.map((o) => ({ format: 'yaml', file: path.join(dir, o.name), force: options.force === true }));
  await checkTargets(targets, io.cwd, [absolute]);
  for (const [i, o] of outputs.entries()) {
    await writeTarget(targets[i]!, o.text, [absolute], io.cwd);
    io.stderr.write(`${prefix}${localize({ vi: 'đã ghi {f}', en: 'wrote {f}' }, { f: path.join(options.output ?? '.', o.name) })[lang]}\n`);
  }
  io.stderr.write(`${prefix}${summary[lang]}\n`);
  return errors > 0 ? 1 : 0;
}
