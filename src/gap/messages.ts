// Words of the gap report in both languages. JSON keeps the English ids; these are for people.
import type { Localized } from '../i18n/lang.js';
import type { FigureId } from '../rules/targets.js';
import type { Denominator, LayerState } from './compute.js';

export const FIGURE_TITLES: Record<FigureId, Localized> = {
  approved: { vi: 'Được phê duyệt cấp độ', en: 'Approved security level' },
  planDeployed: { vi: 'Đã triển khai phương án bảo đảm ATTT', en: 'Protection plan deployed' },
  'layers.onsite': { vi: 'Lớp 1 · lực lượng tại chỗ', en: 'Layer 1 · on-site force' },
  'layers.monitoring': { vi: 'Lớp 2 · giám sát, bảo vệ chuyên nghiệp', en: 'Layer 2 · professional monitoring' },
  'layers.independent_audit': { vi: 'Lớp 3 · kiểm tra, đánh giá độc lập', en: 'Layer 3 · independent audit' },
  'layers.ncsc': { vi: 'Lớp 4 · kết nối giám sát quốc gia (NCSC)', en: 'Layer 4 · connected to NCSC' },
  'layers.all': { vi: 'Đủ cả 4 lớp', en: 'All four layers' },
  auditsCurrent: { vi: 'Kiểm tra định kỳ chưa quá hạn', en: 'Periodic audit not overdue' },
  drillsCurrent: { vi: 'Diễn tập thực chiến đúng hạn', en: 'Real-combat drill up to date' },
};

/** Short column titles for the per-owner and per-level tables. */
export const SHORT_TITLES: Record<FigureId, Localized> = {
  approved: { vi: 'Phê duyệt', en: 'Approved' },
  planDeployed: { vi: 'Phương án', en: 'Plan' },
  'layers.onsite': { vi: 'L1', en: 'L1' },
  'layers.monitoring': { vi: 'L2', en: 'L2' },
  'layers.independent_audit': { vi: 'L3', en: 'L3' },
  'layers.ncsc': { vi: 'L4', en: 'L4' },
  'layers.all': { vi: '4 lớp', en: '4 layers' },
  auditsCurrent: { vi: 'Kiểm tra', en: 'Audits' },
  drillsCurrent: { vi: 'Diễn tập', en: 'Drills' },
};

export const BASE_NOTES: Record<Denominator, Localized> = {
  operating: { vi: 'trên số hệ thống đang vận hành', en: 'of operating systems' },
  auditsRequired: {
    vi: 'trên số hệ thống phải kiểm tra định kỳ (đã phê duyệt cấp độ; theo các quy tắc cadence)',
    en: 'of systems with a periodic-audit duty (approved; per the cadence rules)',
  },
  drillsRequired: {
    vi: 'trên số hệ thống phải diễn tập (cấp độ 3 trở lên; theo các quy tắc drill)',
    en: 'of systems with a drill duty (approved level 3+; per the drill rules)',
  },
};

export const LAYER_SYMBOLS: Record<LayerState, string> = { 'in-place': '✓', missing: '✗', ended: '!', 'not-yet': '…' };

export const GAP_UI = {
  title: { vi: 'Báo cáo khoảng cách so với chỉ tiêu', en: 'Gap report against the targets' },
  asOf: { vi: 'ngày đánh giá {d}', en: 'as of {d}' },
  overview: {
    vi: '{systems} hệ thống, {operating} đang vận hành',
    en: '{systems:system|systems}, {operating} operating',
  },
  invalid: {
    vi: '{n} hệ thống không đọc được, không được tính (xem `attt-audit check`)',
    en: '{n:system|systems} could not be read and are not counted (see `attt-audit check`)',
  },
  compareWith: { vi: 'so với {src} (ngày đánh giá {d})', en: 'compared with {src} (as of {d})' },
  col: {
    figure: { vi: 'Chỉ số', en: 'Figure' },
    systems: { vi: 'Hệ thống', en: 'Systems' },
    percent: { vi: '%', en: '%' },
    progress: { vi: 'Tiến độ', en: 'Progress' },
    target: { vi: 'Chỉ tiêu', en: 'Target' },
    missing: { vi: 'Còn thiếu', en: 'Missing' },
    before: { vi: 'Trước', en: 'Before' },
    change: { vi: 'Thay đổi', en: 'Change' },
    owner: { vi: 'Đơn vị', en: 'Owner unit' },
    level: { vi: 'Cấp độ', en: 'Level' },
    operating: { vi: 'Vận hành', en: 'Operating' },
    errors: { vi: 'Lỗi', en: 'Errors' },
    warnings: { vi: 'Cảnh báo', en: 'Warnings' },
    infos: { vi: 'Thông tin', en: 'Info' },
    suppressed: { vi: 'Đã miễn trừ', en: 'Suppressed' },
    system: { vi: 'Hệ thống', en: 'System' },
    name: { vi: 'Tên', en: 'Name' },
    all: { vi: '4/4', en: '4/4' },
    scope: { vi: 'Phạm vi', en: 'Scope' },
    group: { vi: 'Nhóm', en: 'Group' },
  },
  by: { vi: '{p}% đến {d}', en: '{p}% by {d}' },
  findings: {
    vi: 'Phát hiện chưa xử lý: {errors} lỗi, {warnings} cảnh báo, {infos} thông tin · {suppressed} đã miễn trừ',
    en: 'Open findings: {errors:error|errors}, {warnings:warning|warnings}, {infos} info · {suppressed} suppressed',
  },
  byOwner: { vi: 'Theo đơn vị chủ quản', en: 'By owner unit' },
  byLevel: { vi: 'Theo cấp độ', en: 'By level' },
  matrix: { vi: 'Hệ thống × 4 lớp', en: 'Systems × layers' },
  legend: {
    vi: '✓ có · ✗ thiếu · ! đã hết hiệu lực (until) · … chưa có hiệu lực (since) · L1 tại chỗ, L2 giám sát, L3 đánh giá độc lập, L4 NCSC',
    en: '✓ in place · ✗ missing · ! ended (until) · … not yet (since) · L1 on-site, L2 monitoring, L3 independent audit, L4 NCSC',
  },
  levelName: { vi: 'Cấp độ {n}', en: 'Level {n}' },
  notApproved: { vi: 'Chưa phê duyệt', en: 'Not approved' },
  total: { vi: 'Toàn bộ', en: 'All systems' },
  notMeasured: {
    vi: 'không đo được: bộ quy tắc không có quy tắc loại "{kind}"',
    en: 'not measured: the rule pack has no "{kind}" rule',
  },
  changesByOwner: { vi: 'Thay đổi theo đơn vị', en: 'Changes by owner unit' },
  changesByLevel: { vi: 'Thay đổi theo cấp độ', en: 'Changes by level' },
  noChanges: { vi: 'không có thay đổi', en: 'no changes' },
  newGroup: { vi: 'mới', en: 'new' },
  goneGroup: { vi: 'không còn', en: 'gone' },
  points: { vi: 'điểm %', en: 'pts' },
} as const satisfies Record<string, Localized | Record<string, Localized>>;

/** A legend naming layer 4 "NCSC", with the name the regime's pack gives it instead (Law 116: the MPS's monitoring). */
export function legendIn(text: string, lang: 'vi' | 'en', layerNames?: Partial<Record<string, Localized>>): string {
  const ncsc = layerNames?.ncsc;
  return ncsc ? text.replace(/(kết nối )?NCSC( connection)?/, ncsc[lang]) : text;
}

/** A figure's title, with the layer name the regime's pack gives (layer 4 under Law 116). */
export function figureTitleIn(id: FigureId, lang: 'vi' | 'en', layerNames?: Partial<Record<string, Localized>>): string {
  const name = id.startsWith('layers.') ? layerNames?.[id.slice('layers.'.length)] : undefined;
  if (!name) return FIGURE_TITLES[id][lang];
  const number = FIGURE_TITLES[id][lang].split(' · ')[0];
  return `${number} · ${name[lang]}`;
}
