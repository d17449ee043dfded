// --help texts in both languages. The language is chosen before commander builds the program.
import type { Localized } from '../i18n/lang.js';

export const HELP = {
  program: {
    vi: 'Kiểm tra tuân thủ an toàn hệ thống thông tin theo cấp độ (Luật 86/2015, Nghị định 85/2016, Thông tư 12/2022, mô hình 4 lớp)',
    en: 'Compliance auditor for information-system security levels under Vietnamese law (Law 86/2015, Decree 85/2016, Circular 12/2022, the 4-layer model)',
  },
  lang: { vi: 'ngôn ngữ hiển thị: vi hoặc en (mặc định theo LANG)', en: 'language: vi or en (default from LANG)' },
  noColor: { vi: 'tắt màu (cũng: NO_COLOR=1)', en: 'disable colour (also: NO_COLOR=1)' },
  color: { vi: 'luôn bật màu', en: 'force colour' },
  verbose: { vi: 'in chi tiết lỗi nội bộ (stack trace)', en: 'print internal error details (stack traces)' },
  version: { vi: 'in phiên bản', en: 'print the version' },
  help: { vi: 'hiển thị trợ giúp', en: 'display help' },
  asOf: { vi: 'ngày đánh giá (YYYY-MM-DD hoặc DD/MM/YYYY); mặc định: hôm nay theo --tz', en: 'evaluation date (YYYY-MM-DD or DD/MM/YYYY); default: today in --tz' },
  tz: { vi: 'múi giờ xác định "hôm nay" (mặc định Asia/Ho_Chi_Minh)', en: 'time zone that decides "today" (default Asia/Ho_Chi_Minh)' },
  rules: { vi: 'thêm tệp/thư mục luật (lặp lại được)', en: 'add a rule file or directory (repeatable)' },
  noDefaultRules: { vi: 'không dùng bộ luật mặc định', en: 'leave the default rule pack out' },
  maxFileSize: { vi: 'kích thước tối đa của một tệp kiểm kê, tính bằng MB (mặc định 512)', en: 'largest inventory file read, in MB (default 512)' },
  maxAliases: { vi: 'số lần mở rộng bí danh YAML tối đa mỗi tệp (mặc định 100)', en: 'most YAML alias expansions per file (default 100)' },
  maxDepth: { vi: 'độ sâu lồng nhau tối đa (mặc định 64)', en: 'deepest nesting of mappings and lists (default 64)' },
  check: {
    description: { vi: 'kiểm tra các tệp kiểm kê theo bộ luật và in các phát hiện', en: 'audit inventories against the rule pack and print findings' },
    paths: { vi: 'tệp hoặc thư mục kiểm kê (*.yaml, *.yml); "-" để đọc từ đầu vào chuẩn', en: 'inventory files or directories (*.yaml, *.yml); "-" reads standard input' },
    format: { vi: 'định dạng đầu ra', en: 'output format' },
    failOn: { vi: 'mức độ làm lệnh thoát với mã 1', en: 'lowest severity that makes the exit code 1' },
  },
  rulesCommand: {
    description: { vi: 'liệt kê các luật đang áp dụng, kèm căn cứ pháp lý', en: 'list the loaded rules with their legal basis' },
    format: { vi: 'định dạng đầu ra', en: 'output format' },
  },
  schema: {
    description: { vi: 'in JSON Schema của tệp kiểm kê (cho trình soạn thảo)', en: 'print the JSON Schema of inventory files (for editors)' },
  },
} as const satisfies Record<string, Localized | Record<string, Localized>>;
