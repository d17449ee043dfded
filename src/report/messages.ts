// Words of the HTML and Excel reports in both languages. Figure, layer and plan-kind names come from
// the gap and plan messages, so every format names a thing the same way.
import type { Lang, Localized } from '../i18n/lang.js';
import type { IsoDate } from '../util/date.js';

export const REPORT_UI = {
  title: { vi: 'Báo cáo an toàn hệ thống thông tin theo cấp độ', en: 'Information-system security compliance report' },
  header: {
    regime: { vi: 'Chế độ pháp lý', en: 'Legal regime' },
    provisional: { vi: 'tạm thời', en: 'provisional' },
    organization: { vi: 'Cơ quan, đơn vị', en: 'Organisation' },
    asOf: { vi: 'Ngày đánh giá', en: 'Evaluation date' },
    timeZone: { vi: 'múi giờ {z}', en: 'time zone {z}' },
    generated: { vi: 'Lập lúc', en: 'Generated' },
    tool: { vi: 'Công cụ', en: 'Tool' },
    files: { vi: 'Tệp danh mục', en: 'Inventory files' },
    rules: { vi: 'Bộ quy tắc', en: 'Rule pack' },
    ruleCount: { vi: '{n} quy tắc', en: '{n} rules' },
    systems: { vi: 'Phạm vi', en: 'Scope' },
    scope: {
      vi: '{systems} hệ thống, {operating} đang vận hành',
      en: '{systems} systems, {operating} operating',
    },
    invalid: {
      vi: '{n} mục không đọc được, không được tính (xem phần Phát hiện)',
      en: '{n} entries could not be read and are not counted (see Findings)',
    },
    unnamed: { vi: '(chưa ghi tên cơ quan)', en: '(organisation not given)' },
  },
  nav: { vi: 'Mục lục', en: 'Contents' },
  section: {
    figures: { vi: 'Các chỉ số so với chỉ tiêu', en: 'Key figures against the targets' },
    charts: { vi: 'Biểu đồ', en: 'Charts' },
    targets: { vi: 'Chỉ tiêu và căn cứ pháp lý', en: 'Targets and their legal basis' },
    owners: { vi: 'Theo đơn vị chủ quản', en: 'By owner unit' },
    matrix: { vi: 'Hệ thống × mô hình 4 lớp', en: 'Systems × the 4 layers' },
    findings: { vi: 'Các phát hiện', en: 'Findings' },
    plan: { vi: 'Kế hoạch quý tới', en: 'Next-quarter plan' },
  },
  figure: {
    target: { vi: 'Chỉ tiêu: {t}', en: 'Target: {t}' },
    targetBy: { vi: '{p} đến {d}', en: '{p} by {d}' },
    missing: { vi: 'còn thiếu {n}', en: '{n} to go' },
    met: { vi: 'đạt chỉ tiêu', en: 'target met' },
    noTarget: { vi: 'không đặt chỉ tiêu', en: 'no target set' },
    notMeasured: { vi: 'không đo được', en: 'not measured' },
    openFindings: { vi: 'Phát hiện chưa xử lý', en: 'Open findings' },
    errorsUnit: { vi: 'lỗi', en: 'errors' },
    /** What a figure that is not "of operating systems" counts against. */
    base: {
      auditsRequired: { vi: 'trên số hệ thống đã phê duyệt cấp độ', en: 'of systems with an approved level' },
      drillsRequired: { vi: 'trên số hệ thống cấp độ 3 trở lên', en: 'of level 3+ systems' },
    },
    findingsDetail: {
      vi: '{errors} lỗi · {warnings} cảnh báo · {suppressed} đã miễn trừ',
      en: '{errors} errors · {warnings} warnings · {suppressed} suppressed',
    },
  },
  chart: {
    coverage: { vi: 'Mức độ đạt chỉ tiêu', en: 'Coverage against the targets' },
    coverageNote: { vi: 'vạch đứng: chỉ tiêu', en: 'vertical mark: the target' },
    owners: { vi: 'Theo đơn vị: phê duyệt cấp độ và đủ 4 lớp', en: 'By owner unit: approved level and all 4 layers' },
    approved: { vi: 'Được phê duyệt cấp độ', en: 'Approved level' },
    allLayers: { vi: 'Đủ cả 4 lớp', en: 'All four layers' },
    largestOwners: {
      vi: '{n} đơn vị có nhiều hệ thống nhất trong {total}; bảng "Theo đơn vị chủ quản" có đủ',
      en: 'the {n} units with the most systems, of {total}; the "By owner unit" table lists them all',
    },
    levels: { vi: 'Phân bố cấp độ (hệ thống đang vận hành)', en: 'Level distribution (operating systems)' },
    auditsDue: { vi: 'Kiểm tra định kỳ đến hạn trong 12 tháng tới', en: 'Periodic audits falling due over the next 12 months' },
    overdue: { vi: 'Quá hạn', en: 'Overdue' },
    /** Two lines under a month's bar. */
    month: { vi: 'T{m}\n{yyyy}', en: '{mon}\n{yyyy}' },
    systemsUnit: { vi: 'hệ thống', en: 'systems' },
  },
  owners: {
    operating: { vi: 'Vận hành', en: 'Operating' },
    total: { vi: 'Toàn bộ', en: 'All systems' },
    note: {
      vi: 'L1 tại chỗ · L2 giám sát · L3 đánh giá độc lập · L4 kết nối NCSC. Kiểm tra: trên số hệ thống phải kiểm tra định kỳ; Diễn tập: trên số hệ thống cấp độ 3 trở lên.',
      en: 'L1 on-site · L2 monitoring · L3 independent audit · L4 NCSC connection. Audits: of systems with a periodic-audit duty; Drills: of level 3+ systems.',
    },
  },
  level: {
    name: { vi: 'Cấp độ {n}', en: 'Level {n}' },
    none: { vi: 'Chưa phê duyệt', en: 'Not approved' },
    /** Two lines under a narrow bar. */
    noneShort: { vi: 'Chưa phê\nduyệt', en: 'Not\napproved' },
  },
  layerShort: {
    onsite: { vi: 'L1 · tại chỗ', en: 'L1 · on-site' },
    monitoring: { vi: 'L2 · giám sát', en: 'L2 · monitoring' },
    independent_audit: { vi: 'L3 · đánh giá độc lập', en: 'L3 · independent audit' },
    ncsc: { vi: 'L4 · NCSC', en: 'L4 · NCSC' },
  },
  layerState: {
    'in-place': { vi: 'có', en: 'in place' },
    missing: { vi: 'thiếu', en: 'missing' },
    ended: { vi: 'đã hết hiệu lực', en: 'ended' },
    'not-yet': { vi: 'chưa có hiệu lực', en: 'not yet' },
  },
  matrix: {
    legend: {
      vi: '✓ có · ✗ thiếu · ! đã hết hiệu lực · … chưa có hiệu lực',
      en: '✓ in place · ✗ missing · ! ended · … not yet in force',
    },
    empty: { vi: 'Không có hệ thống nào đang vận hành.', en: 'No operating systems.' },
  },
  findings: {
    byRule: { vi: 'Tổng hợp theo quy tắc', en: 'Summary by rule' },
    list: { vi: 'Danh sách theo đơn vị và hệ thống', en: 'List by owner unit and system' },
    open: { vi: 'Chưa xử lý', en: 'Open' },
    systems: { vi: 'Số hệ thống', en: 'Systems' },
    filterSeverity: { vi: 'Mức độ', en: 'Severity' },
    filterOwner: { vi: 'Đơn vị', en: 'Owner unit' },
    filterText: { vi: 'Tìm', en: 'Search' },
    all: { vi: 'Tất cả', en: 'All' },
    showing: { vi: 'Đang hiển thị {n}/{total} phát hiện', en: 'Showing {n} of {total} findings' },
    none: { vi: 'Không có phát hiện nào.', en: 'No findings.' },
    inventoryProblems: { vi: 'Lỗi trong tệp danh mục', en: 'Inventory problems' },
    location: { vi: 'Vị trí', en: 'Location' },
    message: { vi: 'Nội dung', en: 'Finding' },
  },
  plan: {
    quarter: { vi: '{q}/{y}', en: '{y}-Q{q}' },
    window: {
      vi: 'Quý {q}: các việc đến hạn từ {from} đến {to} (tính cả hai ngày), và các việc đã quá hạn.',
      en: 'Quarter {q}: obligations falling due from {from} to {to} (both days included), and those already overdue.',
    },
    overdue: { vi: 'Đã quá hạn ({n})', en: 'Overdue ({n})' },
    upcoming: { vi: 'Đến hạn trong kỳ ({n})', en: 'Due in the period ({n})' },
    nothing: { vi: 'Không có việc nào.', en: 'Nothing.' },
    daysOverdue: { vi: 'quá hạn {n} ngày', en: '{n} days overdue' },
    dayOverdue: { vi: 'quá hạn 1 ngày', en: '1 day overdue' },
    daysLeft: { vi: 'còn {n} ngày', en: '{n} days left' },
    dayLeft: { vi: 'còn 1 ngày', en: '1 day left' },
    today: { vi: 'hôm nay', en: 'today' },
    status: { vi: 'Tình trạng', en: 'Status' },
  },
  footer: {
    vi: 'Lập bằng {tool} {version}. Căn cứ pháp lý ghi kèm từng chỉ số, phát hiện và việc cần làm. Báo cáo không thay thế hồ sơ đề xuất cấp độ.',
    en: 'Made with {tool} {version}. The legal basis is given with each figure, finding and task. This report does not replace the level-approval dossier.',
  },
  sheet: {
    summary: { vi: 'Tổng hợp', en: 'Summary' },
    findings: { vi: 'Phát hiện', en: 'Findings' },
    systems: { vi: 'Hệ thống', en: 'Systems' },
    matrix: { vi: 'Ma trận 4 lớp', en: '4-layer matrix' },
    plan: { vi: 'Kế hoạch', en: 'Plan' },
  },
  col: {
    owner: { vi: 'Đơn vị', en: 'Owner unit' },
    system: { vi: 'Mã hệ thống', en: 'System' },
    name: { vi: 'Tên hệ thống', en: 'System name' },
    status: { vi: 'Trạng thái', en: 'Status' },
    level: { vi: 'Cấp độ', en: 'Level' },
    proposedLevel: { vi: 'Cấp độ đề xuất', en: 'Proposed level' },
    decision: { vi: 'Quyết định phê duyệt', en: 'Approval decision' },
    approvalDate: { vi: 'Ngày phê duyệt', en: 'Approval date' },
    protectionPlan: { vi: 'Phương án bảo đảm ATTT', en: 'Protection plan' },
    goLive: { vi: 'Ngày đưa vào sử dụng', en: 'Go-live' },
    securityConclusion: { vi: 'Ngày kết luận an toàn', en: 'Concluded secure' },
    lastAudit: { vi: 'Kiểm tra gần nhất', en: 'Last audit' },
    auditDue: { vi: 'Hạn kiểm tra tiếp theo', en: 'Next audit due' },
    lastDrill: { vi: 'Diễn tập gần nhất', en: 'Last drill' },
    drillDue: { vi: 'Hạn diễn tập tiếp theo', en: 'Next drill due' },
    overdue: { vi: 'Có việc quá hạn', en: 'Something overdue' },
    isOverdue: { vi: 'Quá hạn', en: 'Overdue' },
    errors: { vi: 'Lỗi', en: 'Errors' },
    warnings: { vi: 'Cảnh báo', en: 'Warnings' },
    suppressed: { vi: 'Đã miễn trừ', en: 'Suppressed' },
    severity: { vi: 'Mức độ', en: 'Severity' },
    rule: { vi: 'Mã quy tắc', en: 'Rule' },
    ruleTitle: { vi: 'Nội dung quy tắc', en: 'Rule title' },
    message: { vi: 'Phát hiện', en: 'Finding' },
    layer: { vi: 'Lớp', en: 'Layer' },
    due: { vi: 'Hạn', en: 'Due' },
    waiverReason: { vi: 'Lý do miễn trừ', en: 'Waiver reason' },
    waiverExpires: { vi: 'Miễn trừ đến', en: 'Waiver expires' },
    basis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
    file: { vi: 'Tệp', en: 'File' },
    line: { vi: 'Dòng', en: 'Line' },
    column: { vi: 'Cột', en: 'Column' },
    daysLeft: { vi: 'Còn (ngày)', en: 'Days left' },
    kind: { vi: 'Việc cần làm', en: 'Task' },
    detail: { vi: 'Chi tiết', en: 'Detail' },
    figure: { vi: 'Chỉ số', en: 'Figure' },
    count: { vi: 'Đạt', en: 'Count' },
    of: { vi: 'Trên tổng số', en: 'Of' },
    percent: { vi: 'Tỷ lệ', en: 'Share' },
    targetPercent: { vi: 'Chỉ tiêu', en: 'Target' },
    targetBy: { vi: 'Hạn chỉ tiêu', en: 'Target date' },
    missing: { vi: 'Còn thiếu', en: 'To go' },
    met: { vi: 'Đạt chỉ tiêu', en: 'Met' },
    all4: { vi: 'Đủ 4 lớp', en: 'All 4' },
    systems: { vi: 'Số hệ thống', en: 'Systems' },
  },
  yes: { vi: 'có', en: 'yes' },
  no: { vi: 'không', en: 'no' },
  status: {
    operating: { vi: 'đang vận hành', en: 'operating' },
    building: { vi: 'đang xây dựng', en: 'building' },
    retired: { vi: 'đã dừng', en: 'retired' },
  },
  protectionPlan: {
    none: { vi: 'chưa có', en: 'none' },
    drafted: { vi: 'mới dự thảo', en: 'drafted' },
    approved: { vi: 'đã phê duyệt, chưa triển khai', en: 'approved, not deployed' },
    partially_deployed: { vi: 'đã triển khai một số hạng mục', en: 'partially deployed' },
    deployed: { vi: 'đã triển khai', en: 'deployed' },
  },
} as const satisfies Record<string, Localized | Record<string, Localized | Record<string, Localized>>>;

/** Dates as people write them: 26/12/2024 in Vietnamese, ISO 2024-12-26 in English. */
export function displayDate(date: IsoDate, lang: Lang): string {
  return lang === 'vi' ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;
}

/** ISO dates inside a message written by the tool, rewritten for Vietnamese readers. */
export function displayDatesIn(text: string, lang: Lang): string {
  return lang === 'vi' ? text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1') : text;
}
