// Strings of the CI report formats (Markdown summary, JUnit, SARIF help) and of the commands
// that issue 3 added (validate, baseline, init). Machine ids stay English.
import type { Localized } from './lang.js';

export const CI = {
  basis: { vi: 'Căn cứ', en: 'Legal basis' },
  waivedUntil: { vi: 'Miễn trừ đến {d}{by}: {reason}', en: 'Waived until {d}{by}: {reason}' },
  approvedBy: { vi: ', phê duyệt: {who}', en: ', approved by {who}' },
  knownFinding: { vi: 'đã có trong mốc so sánh ({source})', en: 'known: already in the baseline ({source})' },
  heading: {
    clean: { vi: 'attt-audit: không có phát hiện nào', en: 'attt-audit: no findings' },
    findings: { vi: 'attt-audit: {errors} lỗi, {warnings} cảnh báo', en: 'attt-audit: {errors:error|errors}, {warnings:warning|warnings}' },
    validateClean: { vi: 'attt-audit validate: tệp danh mục hợp lệ', en: 'attt-audit validate: inventory is valid' },
    validateProblems: { vi: 'attt-audit validate: {n} lỗi trong tệp danh mục', en: 'attt-audit validate: {n:inventory problem|inventory problems}' },
  },
  context: {
    vi: 'Ngày đánh giá {asOf} · {systems} hệ thống, đã kiểm tra {checked}, {invalid} không hợp lệ · {suppressed} đã miễn trừ · phê duyệt cấp độ {approved}/{operating}',
    en: 'As of {asOf} · {systems:system|systems}, {checked} checked, {invalid} invalid · {suppressed} suppressed · {approved}/{operating} approved',
  },
  validateContext: { vi: '{systems} hệ thống, {invalid} không hợp lệ', en: '{systems:system|systems}, {invalid} invalid' },
  baselineLine: {
    vi: 'So với mốc so sánh (baseline) {source}: {new} mới, {known} đã biết, {resolved} đã khắc phục',
    en: 'Against baseline {source}: {new} new, {known} known, {resolved} resolved',
  },
  section: {
    findings: { vi: 'Phát hiện', en: 'Findings' },
    newFindings: { vi: 'Phát hiện mới', en: 'New findings' },
    known: { vi: 'Đã biết (có trong mốc so sánh)', en: 'Known (in the baseline)' },
    waived: { vi: 'Đã miễn trừ', en: 'Waived' },
    resolved: { vi: 'Đã khắc phục (có trong mốc so sánh, nay không còn)', en: 'Resolved (in the baseline, no longer found)' },
  },
  column: {
    severity: { vi: 'Mức độ', en: 'Severity' },
    system: { vi: 'Hệ thống', en: 'System' },
    rule: { vi: 'Quy tắc', en: 'Rule' },
    message: { vi: 'Nội dung', en: 'Message' },
    location: { vi: 'Vị trí', en: 'Location' },
  },
  more: { vi: '… và {n} dòng nữa (xem báo cáo đầy đủ)', en: '… and {n} more (see the full report)' },
  baselineTag: { known: { vi: 'đã biết', en: 'known' } },
  resolvedHeader: { vi: 'Đã khắc phục so với mốc so sánh ({n}):', en: 'Resolved since the baseline ({n}):' },
  validateSummary: {
    vi: '{systems} hệ thống, {invalid} không hợp lệ · {errors} lỗi tệp danh mục · ngày {asOf}',
    en: '{systems:system|systems}, {invalid} invalid · {errors:inventory problem|inventory problems} · {asOf}',
  },
} as const satisfies Record<string, Localized | Record<string, Localized | Record<string, Localized>>>;
