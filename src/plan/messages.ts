// Words of the plan in both languages. JSON keeps the English kind ids; these are for people.
import type { Localized } from '../i18n/lang.js';

export const PLAN_UI = {
  title: { vi: 'Kế hoạch: các nghĩa vụ đến hạn', en: 'Plan: obligations falling due' },
  window: { vi: 'kỳ {from} → {to} (tính cả hai ngày)', en: 'window {from} → {to} (both days included)' },
  asOf: { vi: 'ngày đánh giá {d}', en: 'as of {d}' },
  summary: {
    vi: '{n} mục: {overdue} quá hạn, {due} đến hạn trong kỳ',
    en: '{n} items: {overdue} overdue, {due} due in the window',
  },
  nothing: { vi: 'Không có nghĩa vụ nào đến hạn trong kỳ hoặc quá hạn.', en: 'Nothing falls due in the window and nothing is overdue.' },
  invalid: {
    vi: '{n} hệ thống không đọc được, không có trong kế hoạch (xem `attt-audit check`)',
    en: '{n} systems could not be read and are not in the plan (see `attt-audit check`)',
  },
  filtered: { vi: 'lọc: {f}', en: 'filtered: {f}' },
  col: {
    due: { vi: 'Hạn', en: 'Due' },
    daysLeft: { vi: 'Còn (ngày)', en: 'Days left' },
    overdue: { vi: 'Quá hạn', en: 'Overdue' },
    system: { vi: 'Hệ thống', en: 'System' },
    name: { vi: 'Tên hệ thống', en: 'System name' },
    owner: { vi: 'Đơn vị', en: 'Owner unit' },
    level: { vi: 'Cấp độ', en: 'Level' },
    proposedLevel: { vi: 'Cấp độ đề xuất', en: 'Proposed level' },
    kind: { vi: 'Loại', en: 'Kind' },
    detail: { vi: 'Chi tiết', en: 'Detail' },
    basis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
    rule: { vi: 'Mã luật', en: 'Rule' },
    source: { vi: 'Vị trí', en: 'Source' },
  },
  yes: { vi: 'có', en: 'yes' },
  no: { vi: 'không', en: 'no' },
  overdueTag: { vi: 'QUÁ HẠN', en: 'OVERDUE' },
  daysLeft: { vi: 'còn {n} ngày', en: '{n} days left' },
  daysOverdue: { vi: 'quá hạn {n} ngày', en: '{n} days overdue' },
  dueToday: { vi: 'đến hạn hôm nay', en: 'due today' },
  calendarName: { vi: 'attt-audit: kế hoạch ATTT', en: 'attt-audit: security plan' },
  reminder: { vi: 'Sắp đến hạn: {s}', en: 'Falls due soon: {s}' },
} as const satisfies Record<string, Localized | Record<string, Localized>>;
