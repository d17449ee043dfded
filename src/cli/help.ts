// --help texts in both languages. The language is chosen before commander builds the program.
import { Help, type Argument, type Command, type Option } from 'commander';
import type { Lang, Localized } from '../i18n/lang.js';

export const HELP = {
  program: {
    vi: 'Kiểm tra việc bảo đảm an toàn hệ thống thông tin theo cấp độ (Luật An ninh mạng 116/2025, Nghị định 331/2026; trước đó Luật 86/2015, Nghị định 85/2016, Thông tư 12/2022; mô hình 4 lớp)',
    en: 'Compliance auditor for information-system security levels under Vietnamese law (Law on Cybersecurity 116/2025, Decree 331/2026; before them Law 86/2015, Decree 85/2016, Circular 12/2022; the 4-layer model)',
  },
  lang: { vi: 'ngôn ngữ hiển thị: vi hoặc en (mặc định theo LANG)', en: 'language: vi or en (default from LANG)' },
  noColor: { vi: 'tắt màu (cũng: NO_COLOR=1)', en: 'disable colour (also: NO_COLOR=1)' },
  color: { vi: 'luôn bật màu', en: 'force colour' },
  verbose: { vi: 'in chi tiết lỗi nội bộ (stack trace)', en: 'print internal error details (stack traces)' },
  version: { vi: 'in phiên bản', en: 'print the version' },
  help: { vi: 'hiển thị trợ giúp', en: 'display help' },
  asOf: { vi: 'ngày đánh giá (YYYY-MM-DD hoặc DD/MM/YYYY); mặc định: hôm nay theo --tz', en: 'evaluation date (YYYY-MM-DD or DD/MM/YYYY); default: today in --tz' },
  tz: { vi: 'múi giờ xác định "hôm nay" (mặc định Asia/Ho_Chi_Minh)', en: 'time zone that decides "today" (default Asia/Ho_Chi_Minh)' },
  rules: { vi: 'thêm tệp/thư mục quy tắc (lặp lại được)', en: 'add a rule file or directory (repeatable)' },
  noDefaultRules: { vi: 'không dùng bộ quy tắc mặc định', en: 'leave the default rule pack out' },
  maxFileSize: {
    vi: 'kích thước tối đa của mỗi tệp được đọc (danh mục, quy tắc, cấu hình, ngoại lệ, mốc so sánh, đầu vào chuẩn), tính bằng MB (mặc định 64)',
    en: 'largest file read (inventory, rules, config, waivers, baseline, standard input), in MB (default 64)',
  },
  regime: {
    vi: 'chế độ pháp lý: auto (mặc định: chế độ có hiệu lực vào ngày đánh giá), legacy (Luật 86/2015, Nghị định 85/2016) hoặc current (Luật An ninh mạng 116/2025, Nghị định 331/2026)',
    en: 'legal regime: auto (default: the one in force on the evaluation date), legacy (Law 86/2015, Decree 85/2016) or current (Law on Cybersecurity 116/2025, Decree 331/2026)',
  },
  maxAliases: { vi: 'số lần mở rộng bí danh YAML tối đa mỗi tệp (mặc định 100)', en: 'most YAML alias expansions per file (default 100)' },
  maxDepth: { vi: 'độ sâu lồng nhau tối đa (mặc định 64)', en: 'deepest nesting of mappings and lists (default 64)' },
  check: {
    description: { vi: 'kiểm tra các tệp danh mục theo bộ quy tắc và in các phát hiện', en: 'audit inventories against the rule pack and print findings' },
    paths: { vi: 'tệp hoặc thư mục danh mục hệ thống thông tin (*.yaml, *.yml); "-" để đọc từ đầu vào chuẩn', en: 'inventory files or directories (*.yaml, *.yml); "-" reads standard input' },
    format: {
      vi: 'định dạng đầu ra (lặp lại được; mặc định table); mỗi --output ghi định dạng đứng ngay trước nó',
      en: 'output format (repeatable; default table); each --output writes the --format just before it',
    },
    failOn: { vi: 'mức độ làm lệnh thoát với mã 1', en: 'lowest severity that makes the exit code 1' },
  },
  outputPair: {
    vi: 'ghi định dạng --format đứng ngay trước vào FILE (tệp chỉ xuất hiện khi đã ghi xong; không ghi đè tệp đã có nếu thiếu --force)',
    en: 'write the --format given just before to FILE (atomically; never over an existing file without --force)',
  },
  config: {
    vi: 'tệp cấu hình (mặc định: attt-audit.config.yaml tìm từ thư mục hiện tại trở lên)',
    en: 'config file (default: attt-audit.config.yaml found from the working directory upward)',
  },
  noConfig: { vi: 'không đọc tệp cấu hình', en: 'read no config file' },
  baseline: { vi: 'chỉ các phát hiện mới (chưa có trong tệp mốc so sánh — baseline — này) làm lệnh thất bại', en: 'only findings not in this baseline file fail the run' },
  since: {
    vi: 'như --baseline, với mốc so sánh là danh mục tại phiên bản git REF (đọc bằng git show, không checkout)',
    en: 'like --baseline, the baseline being the inventory at git revision REF (read with git show, no checkout)',
  },
  waivers: { vi: 'tệp ngoại lệ riêng (danh sách "waivers:" có khóa "system")', en: 'a separate waivers file ("waivers:" list with a "system" key)' },
  noWaivers: {
    vi: 'bỏ qua ngoại lệ ghi trong tệp danh mục (phát hiện bị tính); tệp ngoại lệ riêng vẫn áp dụng',
    en: 'ignore waivers written in inventory files (their findings count); a waivers file still applies',
  },
  validate: {
    description: {
      vi: 'chỉ kiểm tra cú pháp, lược đồ và mã trùng của tệp danh mục (không áp dụng quy tắc); nhanh, cho mỗi commit',
      en: 'check inventory syntax, schema and duplicate ids only (no rules); fast, for every commit',
    },
  },
  baselineCommand: {
    description: {
      vi: 'in mốc so sánh (baseline: các phát hiện hiện có, theo định danh) dạng JSON, để dùng với check --baseline',
      en: 'print a baseline (the current findings, by identity) as JSON, for check --baseline',
    },
  },
  init: {
    description: {
      vi: 'tạo tệp cấu hình mẫu có chú thích và một tệp danh mục một hệ thống (không ghi đè tệp đã có)',
      en: 'write a commented starter config and a one-system inventory (never over existing files)',
    },
  },
  exitCodes: {
    vi: '\nMã thoát: 0 = không có phát hiện nào đạt ngưỡng (với --baseline: không có phát hiện mới); 1 = có; 2 = không chạy được (tùy chọn, cấu hình, tệp quy tắc sai, tệp đầu ra đã có…).',
    en: '\nExit codes: 0 = nothing at or above the threshold (with a baseline: nothing new); 1 = findings; 2 = cannot run (bad flags, config or rule file, an existing output file…).',
  },
  inventoryPaths: {
    vi: 'tệp hoặc thư mục danh mục hệ thống thông tin (*.yaml, *.yml), "-" để đọc từ đầu vào chuẩn; mặc định: "inventory" trong tệp cấu hình',
    en: 'inventory files or directories (*.yaml, *.yml), "-" reads standard input; default: "inventory" in the config file',
  },
  rulesCommand: {
    description: { vi: 'liệt kê các quy tắc đang áp dụng, kèm căn cứ pháp lý', en: 'list the loaded rules with their legal basis' },
    format: { vi: 'định dạng đầu ra', en: 'output format' },
    regime: {
      vi: 'auto (mặc định: các quy tắc áp dụng vào ngày --as-of), legacy, current, hoặc all (mọi quy tắc của mọi chế độ, kèm thời gian hiệu lực)',
      en: 'auto (default: the rules that apply on --as-of), legacy, current, or all (every rule of every regime, with when it is in force)',
    },
  },
  schema: {
    description: { vi: 'in JSON Schema của tệp danh mục (cho trình soạn thảo)', en: 'print the JSON Schema of inventory files (for editors)' },
  },
  output: { vi: 'ghi vào tệp thay vì đầu ra chuẩn (tệp chỉ xuất hiện khi đã ghi xong)', en: 'write to a file instead of standard output (atomically)' },
  force: { vi: 'cho phép ghi đè tệp thông thường --output đã có', en: 'allow --output to replace an existing regular file' },
  gap: {
    description: {
      vi: 'khoảng cách so với chỉ tiêu: phê duyệt cấp độ, phương án, 4 lớp, kiểm tra, diễn tập; theo đơn vị và cấp độ',
      en: 'distance from the targets: approval, protection plan, 4 layers, audits, drills; by owner unit and level',
    },
    format: {
      vi: 'định dạng đầu ra (csv: CSV chuẩn RFC 4180 cho máy; csv-excel: CSV mở bằng Excel với thiết lập vùng Việt Nam, dấu ; và dấu phẩy thập phân)',
      en: 'output format (csv: RFC 4180 CSV for machines; csv-excel: CSV that Excel opens under Vietnamese regional settings, ";" and decimal comma)',
    },
    compare: {
      vi: 'so sánh với một danh mục khác (đường dẫn) hoặc cùng các đường dẫn tại một phiên bản git (nhánh, thẻ, commit)',
      en: 'compare with another inventory (a path) or the same paths at a git revision (branch, tag, commit)',
    },
    compareAsOf: { vi: 'ngày đánh giá cho bản so sánh (mặc định: như --as-of)', en: 'evaluation date for the compared inventory (default: same as --as-of)' },
  },
  classify: {
    description: {
      vi: 'cấp độ tối thiểu theo tiêu chí pháp luật (Nghị định 331/2026, Nghị định 85/2016), điều khoản quyết định, và thuyết minh đề xuất cấp độ',
      en: 'the minimum level the legal criteria require (Decree 331/2026, Decree 85/2016), the article that decides it, and the level justification for the dossier',
    },
    format: {
      vi: 'định dạng đầu ra (docx: tệp Word thuyết minh đề xuất cấp độ, cần --output)',
      en: 'output format (docx: a Word file of the level justification, needs --output)',
    },
    justify: {
      vi: 'viết đoạn thuyết minh đề xuất cấp độ (tiếng Việt) cho từng hệ thống; với --format markdown hoặc docx',
      en: 'write the level-justification paragraphs (in Vietnamese) for each system; with --format markdown or docx',
    },
  },
  plan: {
    description: {
      vi: 'các nghĩa vụ đã quá hạn (kể cả không rõ ngày), đến hạn hôm nay hoặc đến hạn tới hết kỳ: kiểm tra, diễn tập, phê duyệt, phương án, hết hạn lớp bảo vệ và ngoại lệ',
      en: 'obligations overdue (dated or not), due today, or falling due up to the end of a window: audits, drills, approval, plans, layer evidence and waiver expiries',
    },
    format: {
      vi: 'định dạng đầu ra (ics: tệp lịch iCalendar; csv: CSV chuẩn RFC 4180 cho máy; csv-excel: CSV mở bằng Excel với thiết lập vùng Việt Nam, dấu ; và dấu phẩy thập phân)',
      en: 'output format (ics: an iCalendar file; csv: RFC 4180 CSV for machines; csv-excel: CSV that Excel opens under Vietnamese regional settings, ";" and decimal comma)',
    },
    within: { vi: 'kỳ từ ngày đánh giá: 90d, 12w, 3m, 1y (mặc định 90d)', en: 'window from the evaluation date: 90d, 12w, 3m, 1y (default 90d)' },
    quarter: { vi: 'kỳ là một quý: 2025-Q3, current hoặc next', en: 'window is a quarter: 2025-Q3, current or next' },
    from: { vi: 'ngày đầu kỳ (tính cả ngày này; cần --to)', en: 'first day of the window (inclusive; needs --to)' },
    to: { vi: 'ngày cuối kỳ (tính cả ngày này; cần --from)', en: 'last day of the window (inclusive; needs --from)' },
    owner: { vi: 'chỉ đơn vị này (lặp lại được)', en: 'only this owner unit (repeatable)' },
    level: { vi: 'chỉ cấp độ này: 1–5 hoặc none (lặp lại được, hoặc 3,4)', en: 'only this level: 1–5 or none (repeatable, or 3,4)' },
    kind: { vi: 'chỉ loại này: {kinds} (lặp lại được, hoặc audit,drill)', en: 'only this kind: {kinds} (repeatable, or audit,drill)' },
    remind: { vi: 'nhắc trước bao nhiêu ngày trong tệp ics (mặc định 7; mục quá hạn: nhắc ngay trong ngày)', en: 'days before each event for the ics reminder (default 7; overdue items: that same day)' },
  },
  report: {
    description: {
      vi: 'báo cáo để đọc và lưu hồ sơ: HTML tự chứa (in ra A4 được), bản PDF (in qua Chromium), bảng tính Excel (.xlsx), hoặc báo cáo năm theo Mẫu số 08 (--format form08: .docx, .xlsx, .html)',
      en: 'a report people open: self-contained HTML (prints to A4), a PDF (printed through Chromium), an Excel workbook (.xlsx), or the annual report on Form 08 (--format form08: .docx, .xlsx, .html)',
    },
    format: {
      vi: 'định dạng (mặc định: theo đuôi tệp --output: .html → html, .xlsx → xlsx, .pdf → pdf (bản tóm tắt in qua Chromium/Chrome đã cài), .docx → form08; đuôi khác bị từ chối); form08 ghi .docx, .xlsx hoặc .html theo đuôi tệp',
      en: 'format (default: from the --output extension: .html → html, .xlsx → xlsx, .pdf → pdf (the summary, printed by the installed Chromium/Chrome), .docx → form08; any other is refused); form08 writes .docx, .xlsx or .html by the extension',
    },
    output: { vi: 'tệp cần ghi (bắt buộc; tệp chỉ xuất hiện khi đã ghi xong; "-" in HTML ra đầu ra chuẩn)', en: 'file to write (required; written atomically; "-" prints HTML to standard output)' },
  },
} as const satisfies Record<string, Localized | Record<string, Localized>>;

/** commander's own words in a help screen: section titles and the notes after a description. */
const HELP_LABELS = {
  'Usage:': { vi: 'Cách dùng:', en: 'Usage:' },
  'Arguments:': { vi: 'Tham số:', en: 'Arguments:' },
  'Options:': { vi: 'Tùy chọn:', en: 'Options:' },
  'Global Options:': { vi: 'Tùy chọn chung:', en: 'Global Options:' },
  'Commands:': { vi: 'Lệnh:', en: 'Commands:' },
  choices: { vi: 'giá trị', en: 'choices' },
  default: { vi: 'mặc định', en: 'default' },
  options: { vi: 'tùy chọn', en: 'options' },
  command: { vi: 'lệnh', en: 'command' },
} as const satisfies Record<string, Localized>;

interface Described {
  description: string;
  argChoices?: readonly string[] | undefined;
  defaultValue?: unknown;
  defaultValueDescription?: string | undefined;
}

/**
 * The notes commander adds after a description, in `lang`. A default is left out when the
 * description already says it (it would show twice) and when it is an empty list (a repeatable
 * option's starting value, not something a user chooses).
 */
function describe(item: Described, showDefault: boolean, lang: Lang): string {
  const extra: string[] = [];
  if (item.argChoices) extra.push(`${HELP_LABELS.choices[lang]}: ${item.argChoices.join(', ')}`);
  const said = /\b(mặc định|default)\b/i.test(item.description);
  const emptyList = Array.isArray(item.defaultValue) && item.defaultValue.length === 0;
  if (showDefault && item.defaultValue !== undefined && !said && !emptyList) {
    const value = item.defaultValueDescription ?? (typeof item.defaultValue === 'string' ? item.defaultValue : JSON.stringify(item.defaultValue));
    extra.push(`${HELP_LABELS.default[lang]}: ${value}`);
  }
  if (extra.length === 0) return item.description;
  return item.description ? `${item.description} (${extra.join('; ')})` : `(${extra.join('; ')})`;
}

/** commander's help configuration that writes its labels in `lang` (passed to Command.configureHelp). */
export function helpConfiguration(lang: Lang): Partial<Help> {
  const placeholders = (usage: string): string =>
    usage.replace('[options]', `[${HELP_LABELS.options[lang]}]`).replace('[command]', `[${HELP_LABELS.command[lang]}]`);
  const title = (text: string): string => (text in HELP_LABELS ? HELP_LABELS[text as keyof typeof HELP_LABELS][lang] : text);
  return {
    styleTitle: title,
    commandUsage(this: Help, cmd: Command): string {
      return placeholders(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command): string {
      return placeholders(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription(option: Option): string {
      // As commander: booleans and negations show no default; an option taking a value does.
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      return describe(option, showDefault, lang);
    },
    argumentDescription(argument: Argument): string {
      return describe(argument, true, lang);
    },
  };
}
