// Words of the director's documents added with the report period, the summary printout and the
// by-owner sheet, in both languages (the rest of the report's words are in messages.ts).
import type { Localized } from '../i18n/lang.js';

export const DOCUMENT_UI = {
  period: {
    label: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
    value: { vi: 'Quý {q}/{y} (từ {from} đến {to})', en: '{y}-Q{q} ({from} to {to})' },
  },
  print: {
    full: { vi: 'In đầy đủ chi tiết (vị trí trong tệp, mã quy tắc, từng phát hiện)', en: 'Print full detail (file positions, rule ids, every finding)' },
    summaryNote: {
      vi: 'Bản in tóm tắt: danh sách từng phát hiện và vị trí trong tệp có trong bản điện tử của báo cáo này.',
      en: 'Summary printout: the list of every finding and its place in the files is in the electronic copy of this report.',
    },
  },
  search: {
    placeholder: { vi: 'mã, tên hệ thống, đơn vị, nội dung', en: 'system id, name, owner unit, text' },
  },
  sheet: {
    owners: { vi: 'Theo đơn vị', en: 'By owner unit' },
  },
  col: {
    operating: { vi: 'Đang vận hành', en: 'Operating' },
    percentOf: { vi: '{f} (%)', en: '{f} (%)' },
    ofBase: { vi: '{f} (trên tổng số)', en: '{f} (of)' },
    overdueSince: { vi: 'Quá hạn từ', en: 'Overdue since' },
  },
  total: { vi: 'Toàn bộ', en: 'All systems' },
  /** A national report lists only the systems that need action first (report --max-rows). */
  cut: {
    header: {
      vi: 'Báo cáo này chỉ liệt kê chi tiết {n}/{total} hệ thống (kể cả các mục lỗi trong tệp danh mục), là những hệ thống cần xử lý trước: có việc quá hạn, rồi có nhiều lỗi nhất, rồi nhiều cảnh báo nhất (ngang nhau thì theo thứ tự đơn vị như bảng theo đơn vị, rồi theo mã). {rest} hệ thống còn lại vẫn được tính trong mọi chỉ số, biểu đồ và bảng tổng hợp nhưng không được liệt kê. Danh sách đầy đủ (mọi hệ thống, phát hiện và việc cần làm) có trong báo cáo Excel: report -o TỆP.xlsx.',
      en: 'This report lists {n} of {total} systems one by one (entries with inventory problems included): those that need action first — systems with an overdue task, then those with the most errors, then the most warnings (ties in the order of the by-owner-unit table, then by id). The other {rest} are counted in every figure, chart and summary table, but not listed. The Excel report lists them all (every system, finding and task): report -o FILE.xlsx.',
    },
    section: {
      vi: 'Chỉ gồm {n} hệ thống được liệt kê (xem ghi chú ở đầu báo cáo); danh sách đầy đủ trong báo cáo Excel (report -o TỆP.xlsx).',
      en: 'The {n} listed systems only (see the note at the top of the report); the full list is in the Excel report (report -o FILE.xlsx).',
    },
    findings: {
      vi: 'Chỉ gồm {n} hệ thống được liệt kê, theo thứ tự cần xử lý trước: có việc quá hạn, rồi nhiều lỗi nhất, rồi nhiều cảnh báo nhất; danh sách đầy đủ trong báo cáo Excel (report -o TỆP.xlsx).',
      en: 'The {n} listed systems only, those that need action first: overdue tasks, then the most errors, then the most warnings; the full list is in the Excel report (report -o FILE.xlsx).',
    },
  },
} as const satisfies Record<string, Localized | Record<string, Localized>>;
