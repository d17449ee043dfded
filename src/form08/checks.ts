// The form08/* rules: Form 08 must not contradict itself before it is signed (current-law.md
// §C.5). Each rule reads the document (src/form08/model.ts), never the inventory, so the same
// rules judge a form generated here and, later, a form imported from a spreadsheet. Errors stop
// `report --format form08` (unless --draft); warnings go to stderr and the document's appendix.
import { localize, type Localized } from '../i18n/lang.js';
import type { Position } from '../loading/yaml-source.js';
import type { IsoDate } from '../util/date.js';
import { ASSESSMENT_VALUES, STATUS_VALUES, vnDate } from './labels.js';
import type { Form08Document, Form08Row } from './model.js';
import { REQUIRED_KEYS, type OrganizationConfig, type PartyKey } from './organization.js';

export type Form08Severity = 'error' | 'warning';

export interface Form08Rule {
  id: string;
  severity: Form08Severity;
  title: Localized;
  /** The form's note or the article it follows from (current-law.md §C.5 id in brackets). */
  basis: string;
}

export interface FormFinding {
  rule: string;
  severity: Form08Severity;
  message: Localized;
  /** The system the finding is about, when it is about one row. */
  system?: string;
  /** Row number (STT) and form column, when the finding is about a cell. */
  row?: number;
  column?: number;
  file?: string;
  position?: Position;
  /** For findings about the config file (part 2): the key they are about. */
  configPath?: string[];
}

const rule = (id: string, severity: Form08Severity, vi: string, en: string, basis: string): Form08Rule => ({ id, severity, title: { vi, en }, basis });

export const FORM08_RULES = {
  rowCount: rule('form08/row-count', 'error', 'Số dòng phần 3 bằng tổng số hệ thống ở phần 1', 'Part 3 has one row per system counted in part 1', 'Mẫu số 08 (Nghị định 331/2026/NĐ-CP), mục 1 và 3 [P1]'),
  approvedCount: rule('form08/approved-count', 'error', 'Số dòng "Đã được phê duyệt" bằng số hệ thống đã phê duyệt cấp độ ở phần 1', 'Rows marked approved equal the approved count of part 1', 'Mẫu số 08, mục 1 dòng 5 và cột (6) [P2]'),
  approvalDecision: rule('form08/approval-decision', 'error', 'Dòng đã phê duyệt ghi số, ngày quyết định và cơ quan phê duyệt (cột 7)', 'Approved rows give the decision number, date and approving body (column 7)', 'Mẫu số 08, chú thích cột (7) [F3]'),
  expectedApproval: rule('form08/expected-approval', 'error', 'Dòng chưa phê duyệt ghi thời điểm dự kiến phê duyệt (cột 9)', 'Rows not approved give the expected approval date (column 9)', 'Mẫu số 08, chú thích cột (9) [F4]'),
  expectedDeployment: rule('form08/expected-deployment', 'error', 'Dòng chưa triển khai đầy đủ phương án ghi thời điểm dự kiến triển khai đầy đủ (cột 11)', 'Rows whose plan is not fully deployed give the expected date (column 11)', 'Mẫu số 08, chú thích cột (10), (11) [P6]'),
  regulation: rule('form08/regulation', 'error', 'Dòng đã phê duyệt có quy chế ban hành không muộn hơn ngày phê duyệt (cột 8)', 'Approved rows have a regulation issued on or before the approval (column 8)', 'Nghị định 331/2026/NĐ-CP Điều 30.7; Mẫu số 08, cột (8) [L1]'),
  periodicCount: rule('form08/periodic-count', 'error', 'Số hệ thống đã phê duyệt được đánh giá định kỳ (phần 1) bằng số dòng đã phê duyệt có "Định kỳ" ở cột 12', 'The periodically assessed count of part 1 equals the approved rows whose column 12 contains "Định kỳ"', 'Mẫu số 08, mục 1 dòng 6 và cột (12) [P4]'),
  part2: rule('form08/part2', 'error', 'Phần 2 đủ thông tin chủ quản và đơn vị chuyên trách', 'Part 2 names the owner and the dedicated unit in full', 'Mẫu số 08, mục 2 [F8]'),
  level: rule('form08/level', 'error', 'Cột 5 ghi cấp độ đề xuất 1–5', 'Column 5 gives the proposed level 1–5', 'Mẫu số 08, chú thích cột (5) [F1]'),
  status: rule('form08/status', 'error', 'Cột 6 ghi một trong bốn tình trạng của mẫu', 'Column 6 gives one of the four states of the form', 'Mẫu số 08, chú thích cột (6) [F2]'),
  pastDate: rule('form08/past-date', 'warning', 'Thời điểm dự kiến (cột 9, 11) đã qua vào ngày chốt số liệu', 'An expected date (column 9, 11) has passed on the cut-off date', 'Mẫu số 08, cột (9), (11) [P8]'),
} as const satisfies Record<string, Form08Rule>;

type Check = (doc: Form08Document) => FormFinding[];

const PARTY_LABELS: Readonly<Record<PartyKey, Localized>> = {
  name: { vi: 'tên', en: 'name' },
  mandate: { vi: 'văn bản quy định chức năng, nhiệm vụ', en: 'mandate document' },
  representative: { vi: 'người đại diện', en: 'representative' },
  title: { vi: 'chức vụ', en: 'title' },
  address: { vi: 'địa chỉ', en: 'address' },
  phone: { vi: 'số điện thoại', en: 'phone' },
  email: { vi: 'thư điện tử', en: 'email' },
};

function onRow(r: Form08Rule, row: Form08Row, column: number, message: Localized, path: (string | number)[]): FormFinding {
  const src = row.source;
  return {
    rule: r.id,
    severity: r.severity,
    message,
    row: row.stt,
    column,
    ...(src ? { system: src.system, file: src.file, position: src.locate(path) } : {}),
  };
}

function whole(r: Form08Rule, message: Localized): FormFinding {
  return { rule: r.id, severity: r.severity, message };
}

const names = (rows: readonly Form08Row[]): string => rows.slice(0, 5).map((r) => `${r.stt}`).join(', ') + (rows.length > 5 ? ', …' : '');

const d = (date: IsoDate): string => vnDate(date);

const CHECKS: Check[] = [
  (doc) => {
    const { total, unreadable, failedFiles } = doc.part1;
    const out: FormFinding[] = [];
    if (doc.rows.length !== total) {
      out.push(
        whole(
          FORM08_RULES.rowCount,
          localize(
            {
              vi: 'phần 1 tính {total} hệ thống nhưng phần 3 có {rows} dòng: {bad} mục trong tệp danh mục không đọc được, sửa chúng trước khi báo cáo',
              en: 'part 1 counts {total:system|systems} but part 3 has {rows:row|rows}: {bad:inventory entry|inventory entries} could not be read; fix them before reporting',
            },
            { total, rows: doc.rows.length, bad: unreadable },
          ),
        ),
      );
    }
    if (failedFiles > 0) {
      out.push(
        whole(
          FORM08_RULES.rowCount,
          localize(
            { vi: '{n} tệp danh mục không đọc được: các hệ thống trong đó không có trong phần 1 lẫn phần 3', en: '{n} inventory files could not be read: their systems are missing from parts 1 and 3' },
            { n: failedFiles },
          ),
        ),
      );
    }
    return out;
  },
  (doc) => {
    const approvedRows = doc.rows.filter((r) => r.status === 'approved');
    if (approvedRows.length === doc.part1.approved) return [];
    const extra = approvedRows.filter((r) => r.approval === undefined);
    return [
      whole(
        FORM08_RULES.approvedCount,
        localize(
          {
            vi: 'phần 1 dòng 5 tính {n} hệ thống đã phê duyệt nhưng {rows} dòng ghi "{value}"; các dòng ghi phê duyệt mà không có quyết định đến ngày chốt: {list}',
            en: 'part 1 line 5 counts {n:approved system|approved systems} but {rows:row|rows} say "{value}"; rows marked approved with no decision by the cut-off: {list}',
          },
          { n: doc.part1.approved, rows: approvedRows.length, value: STATUS_VALUES.approved, list: extra.length ? names(extra) : '—' },
        ),
      ),
    ];
  },
  (doc) =>
    doc.rows
      .filter((r) => r.status === 'approved')
      .flatMap((r) => {
        const missing: Localized[] = [];
        if (r.approval === undefined) missing.push({ vi: 'số và ngày quyết định', en: 'decision number and date' });
        if (r.approval !== undefined && !r.approval.body?.trim()) missing.push({ vi: 'cơ quan phê duyệt (approval.body)', en: 'approving body (approval.body)' });
        if (missing.length === 0) return [];
        return [
          onRow(
            FORM08_RULES.approvalDecision,
            r,
            7,
            localize(
              { vi: 'dòng {stt} "{name}" ghi đã phê duyệt nhưng cột (7) thiếu {vi}', en: 'row {stt} "{name}" is approved but column (7) lacks {en}' },
              { stt: r.stt, name: r.name, vi: missing.map((m) => m.vi).join(', '), en: missing.map((m) => m.en).join(', ') },
            ),
            r.approval === undefined ? ['dossier', 'status'] : ['approval'],
          ),
        ];
      }),
  (doc) =>
    doc.rows
      .filter((r) => r.status !== 'approved' && r.expectedApproval === undefined)
      .map((r) =>
        onRow(
          FORM08_RULES.expectedApproval,
          r,
          9,
          localize(
            { vi: 'dòng {stt} "{name}" chưa được phê duyệt nhưng thiếu thời điểm dự kiến phê duyệt (dossier.expected_approval)', en: 'row {stt} "{name}" is not approved but has no expected approval date (dossier.expected_approval)' },
            { stt: r.stt, name: r.name },
          ),
          ['dossier'],
        ),
      ),
  (doc) =>
    doc.rows
      .filter((r) => r.deployment !== 'full' && r.expectedDeployment === undefined)
      .map((r) =>
        onRow(
          FORM08_RULES.expectedDeployment,
          r,
          11,
          localize(
            { vi: 'dòng {stt} "{name}" chưa triển khai đầy đủ phương án nhưng thiếu thời điểm dự kiến (protection_plan_expected)', en: 'row {stt} "{name}" has its plan not fully deployed but no expected date (protection_plan_expected)' },
            { stt: r.stt, name: r.name },
          ),
          ['protection_plan'],
        ),
      ),
  (doc) =>
    doc.rows
      .filter((r) => r.status === 'approved' && r.approval !== undefined)
      .flatMap((r) => {
        if (r.regulation === undefined) {
          return [
            onRow(
              FORM08_RULES.regulation,
              r,
              8,
              localize(
                { vi: 'dòng {stt} "{name}" đã phê duyệt ngày {date} nhưng không có quy chế bảo đảm an ninh mạng (regulation)', en: 'row {stt} "{name}" was approved on {date} but has no security regulation (regulation)' },
                { stt: r.stt, name: r.name, date: d(r.approval!.date) },
              ),
              ['approval'],
            ),
          ];
        }
        if (r.regulation.date > r.approval!.date) {
          return [
            onRow(
              FORM08_RULES.regulation,
              r,
              8,
              localize(
                { vi: 'dòng {stt} "{name}": quy chế ban hành ngày {reg}, sau ngày phê duyệt cấp độ {date}', en: 'row {stt} "{name}": the regulation was issued on {reg}, after the level approval of {date}' },
                { stt: r.stt, name: r.name, reg: d(r.regulation.date), date: d(r.approval!.date) },
              ),
              ['regulation', 'date'],
            ),
          ];
        }
        return [];
      }),
  (doc) => {
    const rows = doc.rows.filter((r) => r.status === 'approved' && r.assessed.periodic).length;
    if (rows === doc.part1.approvedPeriodic) return [];
    return [
      whole(
        FORM08_RULES.periodicCount,
        localize(
          {
            vi: 'phần 1 dòng 6 tính {n} hệ thống đã phê duyệt được đánh giá định kỳ nhưng {rows} dòng đã phê duyệt ghi "{value}" ở cột (12)',
            en: 'part 1 line 6 counts {n} approved, periodically assessed systems but {rows} approved rows show "{value}" in column (12)',
          },
          { n: doc.part1.approvedPeriodic, rows, value: ASSESSMENT_VALUES.periodic },
        ),
      ),
    ];
  },
  (doc) => part2Findings(doc.organization),
  (doc) =>
    doc.rows
      .filter((r) => r.level === undefined)
      .map((r) =>
        onRow(
          FORM08_RULES.level,
          r,
          5,
          localize({ vi: 'dòng {stt} "{name}" không có cấp độ đề xuất (proposed_level)', en: 'row {stt} "{name}" has no proposed level (proposed_level)' }, { stt: r.stt, name: r.name }),
          ['proposed_level'],
        ),
      ),
  (doc) =>
    doc.rows
      .filter((r) => r.status === undefined)
      .map((r) =>
        onRow(
          FORM08_RULES.status,
          r,
          6,
          localize(
            { vi: 'dòng {stt} "{name}": không rõ tình trạng hồ sơ đề xuất cấp độ (ghi dossier.status)', en: 'row {stt} "{name}": the level dossier\'s state is unknown (write dossier.status)' },
            { stt: r.stt, name: r.name },
          ),
          ['dossier'],
        ),
      ),
  (doc) =>
    doc.rows.flatMap((r) => {
      const out: FormFinding[] = [];
      const cut = doc.period.to;
      if (r.expectedApproval !== undefined && r.expectedApproval < cut) {
        out.push(
          onRow(
            FORM08_RULES.pastDate,
            r,
            9,
            localize({ vi: 'dòng {stt} "{name}": thời điểm dự kiến phê duyệt {date} đã qua', en: 'row {stt} "{name}": the expected approval date {date} has passed' }, { stt: r.stt, name: r.name, date: d(r.expectedApproval) }),
            ['dossier', 'expected_approval'],
          ),
        );
      }
      if (r.expectedDeployment !== undefined && r.expectedDeployment < cut) {
        out.push(
          onRow(
            FORM08_RULES.pastDate,
            r,
            11,
            localize({ vi: 'dòng {stt} "{name}": thời điểm dự kiến triển khai đầy đủ {date} đã qua', en: 'row {stt} "{name}": the expected full deployment date {date} has passed' }, { stt: r.stt, name: r.name, date: d(r.expectedDeployment) }),
            ['protection_plan_expected'],
          ),
        );
      }
      return out;
    }),
];

function part2Findings(organization: OrganizationConfig): FormFinding[] {
  const out: FormFinding[] = [];
  for (const party of ['owner', 'dedicated_unit'] as const) {
    const given = organization[party] ?? {};
    const missing = REQUIRED_KEYS[party].filter((k) => !given[k]?.trim());
    if (missing.length === 0) continue;
    const who = party === 'owner' ? { vi: 'chủ quản', en: 'owner' } : { vi: 'đơn vị chuyên trách', en: 'dedicated unit' };
    out.push({
      configPath: ['organization', party],
      ...whole(
        FORM08_RULES.part2,
        localize(
          { vi: 'phần 2: thiếu thông tin {who} ({list}) trong organization.{party} của tệp cấu hình', en: 'part 2: the {who} lacks {list} (organization.{party} in the config file)' },
          { who, party, list: {
              vi: missing.map((k) => `${k} (${PARTY_LABELS[k].vi})`).join(', '),
              en: missing.map((k) => (PARTY_LABELS[k].en === k ? k : `${k} (${PARTY_LABELS[k].en})`)).join(', '),
            },
          },
        ),
      ),
    });
  }
  return out;
}

export function checkForm(doc: Form08Document): FormFinding[] {
  return CHECKS.flatMap((check) => check(doc));
}
