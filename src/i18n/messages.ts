// User-interface strings (everything that is not a rule title or a finding message).
import type { Localized } from './lang.js';

export const UI = {
  severity: {
    error: { vi: 'lỗi', en: 'error' },
    warning: { vi: 'cảnh báo', en: 'warning' },
    info: { vi: 'thông tin', en: 'info' },
  },
  suppressed: { vi: 'đã miễn trừ', en: 'suppressed' },
  waivedUntil: { vi: 'miễn trừ đến {d}: {reason}', en: 'waived until {d}: {reason}' },
  fileProblems: { vi: '(lỗi tệp)', en: '(file problems)' },
  organization: { vi: '(tổ chức)', en: '(organisation)' },
  noFindings: { vi: 'Không có phát hiện nào.', en: 'No findings.' },
  summary: {
    vi: '{systems} hệ thống, đã kiểm tra {checked}, {invalid} không hợp lệ · {errors} lỗi, {warnings} cảnh báo, {suppressed} đã miễn trừ · phê duyệt cấp độ {approved}/{operating} · ngày đánh giá {asOf}',
    en: '{systems:system|systems}, {checked} checked, {invalid} invalid · {errors:error|errors}, {warnings:warning|warnings}, {suppressed} suppressed · {approved}/{operating} approved · as of {asOf}',
  },
  failedFiles: { vi: '{n}/{files} tệp không đọc được', en: '{n}/{files:file|files} could not be read' },
  rulesHeader: { vi: 'Quy tắc đang áp dụng ({n})', en: 'Loaded rules ({n})' },
  column: {
    rule: { vi: 'Mã quy tắc', en: 'Rule' },
    severity: { vi: 'Mức độ', en: 'Severity' },
    title: { vi: 'Nội dung', en: 'Title' },
    basis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
    appliesTo: { vi: 'Phạm vi', en: 'Applies to' },
    check: { vi: 'Điều kiện', en: 'Check' },
  },
  levels: { vi: 'cấp độ', en: 'levels' },
  status: { vi: 'trạng thái', en: 'status' },
  owners: { vi: 'đơn vị', en: 'owners' },
  errorPrefix: { vi: 'lỗi', en: 'error' },
} as const satisfies Record<string, Localized | Record<string, Localized>>;
