// Form 08 (Mẫu số 08 – Mẫu báo cáo, Annex of Decree 331/2026/NĐ-CP), as the decree prints it.
// Every text here is quoted from the form (shared/docs/current-law.md §C): the writers and the
// importer use these constants and nothing else, so a label cannot drift between the DOCX, the
// workbook, the preview and the import. The form is an official Vietnamese document: its labels
// are never translated; English glosses are only for the people who read the tool's messages.
import { displayDate } from '../i18n/lang.js';

export const HEADING = {
  issuerPlaceholder: '(CHỦ QUẢN HỆ THỐNG THÔNG TIN)',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  number: 'Số: ......',
  subject: 'V/v kết quả công tác bảo đảm an ninh mạng hệ thống thông tin',
  placeDate: '..., ngày ... tháng ... năm ...',
  addressee: 'Kính gửi: (Đơn vị chuyên trách về an ninh mạng/ Lực lượng chuyên trách về an ninh mạng)',
} as const;

export const SECTIONS = {
  part1: '1. Thông tin chung',
  part2: '2. Thông tin về chủ quản hệ thống thông tin và đơn vị chuyên trách về an ninh mạng',
  part3: '3. Thông tin chi tiết về các hệ thống thông tin thuộc phạm vi quản lý',
} as const;

/** Part 1, in the form's order (P1.1 … P1.7). */
export const PART1_KEYS = ['total', 'classified', 'dossierPrepared', 'appraised', 'approved', 'approvedPeriodic', 'expectedCompletion'] as const;
export type Part1Key = (typeof PART1_KEYS)[number];

export const PART1_LABELS: Readonly<Record<Part1Key, string>> = {
  total: 'Tổng số hệ thống thông tin thuộc phạm vi quản lý',
  classified: 'Tổng số hệ thống thông tin đã được phân loại (đã xác định được loại hình hệ thống thông tin)',
  dossierPrepared: 'Tổng số hệ thống thông tin đã xây dựng hồ sơ đề xuất cấp độ',
  appraised: 'Tổng số hệ thống thông tin đã được thẩm định hồ sơ đề xuất cấp độ',
  approved: 'Tổng số hệ thống thông tin đã được phê duyệt cấp độ',
  approvedPeriodic: 'Tổng số hệ thống thông tin đã phê duyệt cấp độ được kiểm tra, đánh giá an ninh mạng định kỳ theo quy định',
  expectedCompletion:
    'Dự kiến thời gian hoàn thành phê duyệt đề xuất cấp độ hệ thống thông tin đối với tất cả các hệ thống thông tin thuộc phạm vi quản lý',
};

export const PART2_KEYS = ['name', 'mandate', 'representative', 'address', 'contact'] as const;
export type Part2Key = (typeof PART2_KEYS)[number];

export const PART2 = {
  owner: {
    heading: 'a) Thông tin về chủ quản hệ thống thông tin:',
    labels: {
      name: 'Tên chủ quản hệ thống thông tin',
      mandate: 'Quy định chức năng, nhiệm vụ và quyền hạn',
      representative: 'Người đại diện, chức vụ',
      address: 'Địa chỉ liên lạc của cơ quan chủ quản hệ thống thông tin;',
      contact: 'Thông tin liên hệ bao gồm',
    },
  },
  dedicatedUnit: {
    heading: 'b) Thông tin về đơn vị chuyên trách về an ninh mạng:',
    labels: {
      name: 'Tên đơn vị chuyên trách về an ninh mạng',
      mandate: 'Quy định chức năng, nhiệm vụ và quyền hạn',
      representative: 'Người đại diện, chức vụ',
      address: 'Địa chỉ liên lạc của đơn vị chuyên trách về an ninh mạng;',
      contact: 'Thông tin liên hệ bao gồm',
    },
  },
} as const satisfies Record<string, { heading: string; labels: Record<Part2Key, string> }>;

/** The 12 column headers of part 3, with their numbers "(1)" … "(12)" printed under them. */
export const COLUMN_HEADERS = [
  'STT',
  'Tên HTTT',
  'Chủ quản HTTT',
  'Đơn vị vận hành HTTT',
  'Cấp độ đề xuất',
  'Tình trạng phê duyệt cấp độ',
  'Quyết định phê duyệt cấp độ',
  'Quy chế bảo đảm ANM cho hệ thống',
  'Dự kiến thời điểm phê duyệt HSĐXCĐ',
  'Đã triển khai đầy đủ PA BĐANM',
  'Dự kiến thời điểm triển khai đầy đủ PA BĐANM',
  'Đã kiểm tra, đánh giá ANM',
] as const;

/** The headers with the form's abbreviations written out, which the importer also accepts. */
export const COLUMN_HEADERS_EXPANDED = [
  'Số thứ tự',
  'Tên hệ thống thông tin',
  'Chủ quản hệ thống thông tin',
  'Đơn vị vận hành hệ thống thông tin',
  'Cấp độ đề xuất',
  'Tình trạng phê duyệt cấp độ',
  'Quyết định phê duyệt cấp độ',
  'Quy chế bảo đảm an ninh mạng cho hệ thống',
  'Dự kiến thời điểm phê duyệt hồ sơ đề xuất cấp độ',
  'Đã triển khai đầy đủ phương án bảo đảm an ninh mạng',
  'Dự kiến thời điểm triển khai đầy đủ phương án bảo đảm an ninh mạng',
  'Đã kiểm tra, đánh giá an ninh mạng',
] as const;

/** Column (6): the level dossier's state. */
export const DOSSIER_STATES = ['drafting', 'sent_for_appraisal', 'appraised', 'approved'] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];
export const STATUS_VALUES: Readonly<Record<DossierState, string>> = {
  drafting: 'Đang dự thảo',
  sent_for_appraisal: 'Đã gửi thẩm định',
  appraised: 'Đã thẩm định',
  approved: 'Đã được phê duyệt',
};

/** Column (10): deployment of the protection plan. */
export const DEPLOYMENT_STATES = ['none', 'partial', 'full'] as const;
export type DeploymentState = (typeof DEPLOYMENT_STATES)[number];
export const DEPLOYMENT_VALUES: Readonly<Record<DeploymentState, string>> = {
  none: 'Chưa triển khai',
  partial: 'Đã triển khai một số hạng mục',
  full: 'Đã triển khai đầy đủ',
};

/** Column (12): assessments done. Both are written with this separator; the form names none. */
export const ASSESSMENT_VALUES = { preOperation: 'Trước khi đưa vào sử dụng', periodic: 'Định kỳ' } as const;
export const ASSESSMENT_SEPARATOR = '; ';

export const DRAFT_STAMP = 'DỰ THẢO / DRAFT';

/** Dates as the form writes them: dd/mm/yyyy. (Here, not in report/messages: the form08 rules load with every check.) */
export function vnDate(date: string): string {
  return displayDate(date, 'vi');
}
