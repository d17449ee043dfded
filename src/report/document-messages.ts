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
} as const satisfies Record<string, Localized | Record<string, Localized>>;
