// Fixed words of the classify outputs, in both languages.
import type { Localized } from '../i18n/lang.js';
import type { FactName, RegimeId } from './criteria.js';
import type { JudgedReason } from './system.js';

export const CLASSIFY_UI = {
  title: { vi: 'Xác định cấp độ tối thiểu theo tiêu chí', en: 'Minimum security level from the legal criteria' },
  asOf: { vi: 'Ngày đánh giá', en: 'Evaluation date' },
  regime: { vi: 'Chế độ pháp lý', en: 'Legal regime' },
  criteria: { vi: 'Tiêu chí áp dụng', en: 'Criteria applied' },
  criteriaName: {
    current: { vi: 'Điều 11–16 Nghị định số 331/2026/NĐ-CP', en: 'Decree 331/2026/NĐ-CP Art 11–16' },
    legacy: { vi: 'Điều 7–11 Nghị định số 85/2016/NĐ-CP', en: 'Decree 85/2016/NĐ-CP Art 7–11' },
  } satisfies Record<RegimeId, Localized>,
  col: {
    system: { vi: 'Hệ thống', en: 'System' },
    level: { vi: 'Cấp độ', en: 'Level' },
    minimum: { vi: 'Tối thiểu', en: 'Minimum' },
    basis: { vi: 'Căn cứ quyết định', en: 'Deciding criterion' },
    status: { vi: 'Kết quả', en: 'Result' },
  },
  status: {
    ok: { vi: 'đạt', en: 'ok' },
    currentHigher: { vi: 'đạt theo tiêu chí cũ; tối thiểu mới cao hơn', en: 'ok by the legacy criteria; current minimum higher' },
    under: { vi: 'THẤP HƠN TỐI THIỂU', en: 'UNDER THE MINIMUM' },
    incomplete: { vi: 'thiếu dữ kiện', en: 'facts missing' },
    noFacts: { vi: 'chưa có dữ kiện', en: 'no facts' },
    noLevel: { vi: 'chưa có cấp độ', en: 'no level' },
    undetermined: { vi: 'chưa xác định', en: 'undetermined' },
  },
  approved: { vi: 'đã phê duyệt', en: 'approved' },
  proposed: { vi: 'đề xuất', en: 'proposed' },
  matched: { vi: 'Tiêu chí đáp ứng', en: 'Criteria met' },
  unknown: { vi: 'Tiêu chí chưa xác định (thiếu dữ kiện)', en: 'Criteria undetermined (facts unknown)' },
  unknownLine: { vi: 'có thể dẫn tới cấp độ {level}; thiếu: {facts}', en: 'could lead to level {level}; unknown: {facts}' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  authority: { vi: 'Thẩm định, phê duyệt (cấp độ {level})', en: 'Appraisal and approval (level {level})' },
  appraises: { vi: 'Thẩm định', en: 'Appraises' },
  approves: { vi: 'Phê duyệt', en: 'Approves' },
  judged: {
    vi: 'Cấp độ được đối chiếu: {level}; theo {criteria}: tối thiểu {min}',
    en: 'Level judged: {level}; by {criteria}: minimum {min}',
  },
  provisional: { vi: 'tạm tính', en: 'provisional' },
  summary: {
    vi: '{n} hệ thống; {facts} có dữ kiện phân loại; {classified} đã xác định được cấp độ tối thiểu; {incomplete} thiếu dữ kiện; {under} thấp hơn cấp độ tối thiểu',
    en: '{n:system|systems}; {facts} with classification facts; {classified} with a minimum level settled by known facts; {incomplete} incomplete; {under} under the minimum level',
  },
  invalid: { vi: '{n} mục không đọc được (xem cảnh báo)', en: '{n:entry|entries} could not be read (see warnings)' },
  justifyTitle: { vi: 'Thuyết minh đề xuất cấp độ', en: 'Level justification (thuyết minh đề xuất cấp độ)' },
  justifyInVietnamese: {
    vi: '',
    en: 'The justification paragraphs are in Vietnamese, the language of the dossier.',
  },
} as const;

export const REASON_TEXT: Record<JudgedReason, Localized> = {
  regime: { vi: 'tiêu chí đang áp dụng', en: 'the criteria in force' },
  art45: { vi: 'tiêu chí cũ (khoản 1 Điều 45 Luật An ninh mạng)', en: 'the legacy criteria (Law 116 Art 45.1)' },
  interim: { vi: 'tiêu chí cũ (phê duyệt trong giai đoạn chuyển tiếp)', en: 'the legacy criteria (approved in the interim window)' },
  t2: { vi: 'tiêu chí cũ (khoản 1 Điều 39 Nghị định số 331/2026/NĐ-CP)', en: 'the legacy criteria (Decree 331 Art 39.1)' },
};

/** How each fact is named to people; the inventory key stays beside it. */
export const FACT_NAMES: Record<FactName, Localized> = {
  information: { vi: 'loại thông tin xử lý', en: 'information processed' },
  type: { vi: 'loại hệ thống', en: 'system type' },
  administrative_procedure: { vi: 'giải quyết thủ tục hành chính', en: 'administrative procedures' },
  conditional_business: { vi: 'ngành, nghề kinh doanh có điều kiện', en: 'conditional business line' },
  'data_subjects.basic': { vi: 'số chủ thể dữ liệu cá nhân cơ bản', en: 'subjects of basic personal data' },
  'data_subjects.sensitive': { vi: 'số chủ thể dữ liệu cá nhân nhạy cảm', en: 'subjects of sensitive personal data' },
  users: { vi: 'số người sử dụng', en: 'number of users' },
  infrastructure_scope: { vi: 'phạm vi phục vụ của hạ tầng', en: 'infrastructure scope' },
  national_e_government_24x7: { vi: 'hệ thống Chính phủ điện tử quốc gia 24/7', en: 'national e-government 24/7' },
  construction_grade: { vi: 'cấp công trình xây dựng', en: 'construction grade' },
  national_security_harm: { vi: 'mức độ tổn hại tới an ninh quốc gia', en: 'harm to national security' },
  national_data_central: { vi: 'lưu trữ tập trung dữ liệu quốc gia', en: 'central national data' },
  national_security_critical: { vi: 'hệ thống quan trọng về an ninh quốc gia', en: 'national-security-critical' },
  decided_level: { vi: 'cấp độ được quyết định', en: 'decided level' },
  decided_by: { vi: 'người/cơ chế quyết định cấp độ', en: 'who decided the level' },
};
