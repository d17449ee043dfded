// The level criteria of both regimes as data: Decree 331/2026 Art 11–16 (current) and Decree
// 85/2016 Art 7–11 (legacy), each with its level, its exact article/clause/point and the facts that
// meet it. src/classify/evaluate.ts reads this table; nothing here is evaluated by itself.
// Readings that are not settled by the text are marked `provisional` (shared/docs/current-law.md §E).
import type { Localized } from '../i18n/lang.js';
import type { ConstructionGrade, Decider, Harm, InformationType, InfrastructureScope, SystemType } from '../model/vocabulary.js';
import type { Citation } from './citation.js';

export type RegimeId = 'legacy' | 'current';

/** Facts as the criteria name them; `users` is the legacy count (or its data_subjects proxy). */
export type FactName =
  | 'information'
  | 'type'
  | 'administrative_procedure'
  | 'conditional_business'
  | 'data_subjects.basic'
  | 'data_subjects.sensitive'
  | 'users'
  | 'infrastructure_scope'
  | 'national_e_government_24x7'
  | 'construction_grade'
  | 'national_security_harm'
  | 'national_data_central'
  | 'national_security_critical'
  | 'decided_level'
  | 'decided_by';

export type CountFact = 'data_subjects.basic' | 'data_subjects.sensitive' | 'users';

/** One condition on the facts; a criterion is met when all of its conditions hold. */
export type Condition =
  | { fact: 'type'; in: readonly SystemType[] }
  | { fact: 'information'; only: readonly InformationType[] }
  | { fact: 'information'; includes: readonly InformationType[] }
  | { fact: 'information'; excludes: readonly InformationType[] }
  | { fact: CountFact; below: number }
  | { fact: CountFact; atLeast: number }
  | { fact: 'administrative_procedure' | 'conditional_business' | 'national_e_government_24x7' | 'national_data_central' | 'national_security_critical'; is: boolean }
  | { fact: 'infrastructure_scope'; in: readonly InfrastructureScope[] }
  | { fact: 'construction_grade'; in: readonly ConstructionGrade[] }
  | { fact: 'national_security_harm'; in: readonly Harm[] }
  | { fact: 'decided_level'; in: readonly number[] }
  | { fact: 'decided_by'; in: readonly Decider[] }
  | { any: readonly Condition[] };

export interface Criterion {
  /** Stable id, e.g. `nd331-13.2.b`. */
  id: string;
  regime: RegimeId;
  level: 1 | 2 | 3 | 4 | 5;
  basis: readonly Citation[];
  when: readonly Condition[];
  /** What the criterion says, short; the Vietnamese reads inside a sentence of the dossier. */
  text: Localized;
  provisional?: boolean;
}

const nd331 = (article: number, clause?: number, point?: string): Citation => ({ instrument: 'ND331', article, ...(clause !== undefined ? { clause } : {}), ...(point ? { point } : {}) });
const nd85 = (article: number, clause?: number, point?: string): Citation => ({ instrument: 'ND85', article, ...(clause !== undefined ? { clause } : {}), ...(point ? { point } : {}) });

const INTERNAL = { fact: 'type', in: ['internal'] } as const;
const ONLINE = { fact: 'type', in: ['online_service'] } as const;
const INFRA = { fact: 'type', in: ['infrastructure'] } as const;
const ICS = { fact: 'type', in: ['industrial_control'] } as const;
const PRIVATE_OR_PERSONAL = { fact: 'information', includes: ['private', 'personal'] } as const;
const decided = (level: number, by: readonly Decider[]): Condition[] => [
  { fact: 'decided_level', in: [level] },
  { fact: 'decided_by', in: by },
];
const PM_OR_FRAMEWORK: readonly Decider[] = ['prime_minister', 'risk_framework'];

const PM_OR_FRAMEWORK_TEXT = (level: number): Localized => ({
  vi: `hệ thống thông tin khác do Thủ tướng Chính phủ quyết định hoặc được đánh giá rủi ro an ninh mạng theo Khung quản lý rủi ro an ninh mạng ở cấp độ ${level}`,
  en: `other system decided by the Prime Minister or assessed under the Cybersecurity Risk Management Framework at level ${level}`,
});

/** Decree 331/2026/NĐ-CP, Art 11–16 (in force from 19/08/2026). */
export const CURRENT_CRITERIA: readonly Criterion[] = [
  {
    id: 'nd331-11.1', regime: 'current', level: 1, basis: [nd331(11, 1)],
    when: [INTERNAL, { fact: 'information', only: ['public'] }],
    text: { vi: 'hệ thống phục vụ hoạt động nội bộ của cơ quan, tổ chức và chỉ xử lý thông tin công cộng', en: 'internal system processing only public information' },
  },
  {
    id: 'nd331-11.2', regime: 'current', level: 1, basis: [nd331(11, 2)],
    when: decided(1, ['risk_framework']),
    text: { vi: 'hệ thống được đánh giá rủi ro an ninh mạng theo Khung quản lý rủi ro an ninh mạng ở cấp độ 1', en: 'assessed under the Cybersecurity Risk Management Framework at level 1' },
  },
  {
    id: 'nd331-12.1', regime: 'current', level: 2, basis: [nd331(12, 1)],
    when: [INTERNAL, PRIVATE_OR_PERSONAL, { fact: 'information', excludes: ['state_secret'] }],
    text: {
      vi: 'hệ thống phục vụ hoạt động nội bộ của cơ quan, tổ chức, có xử lý thông tin riêng, thông tin cá nhân của người sử dụng nhưng không xử lý thông tin bí mật nhà nước',
      en: 'internal system processing private or personal information of its users, no state secrets',
    },
  },
  {
    id: 'nd331-12.2.a', regime: 'current', level: 2, basis: [nd331(12, 2, 'a')],
    when: [ONLINE, { fact: 'conditional_business', is: false }],
    text: { vi: 'cung cấp dịch vụ trực tuyến không thuộc danh mục ngành, nghề đầu tư kinh doanh có điều kiện', en: 'online service not in the list of conditional business lines' },
  },
  {
    id: 'nd331-12.2.b', regime: 'current', level: 2, basis: [nd331(12, 2, 'b')],
    when: [ONLINE, PRIVATE_OR_PERSONAL, { fact: 'data_subjects.basic', below: 100_000 }, { fact: 'data_subjects.sensitive', below: 10_000 }],
    text: {
      vi: 'cung cấp dịch vụ trực tuyến khác có xử lý thông tin riêng, thông tin cá nhân của dưới 100.000 chủ thể dữ liệu đối với dữ liệu cá nhân cơ bản hoặc dưới 10.000 chủ thể dữ liệu đối với dữ liệu cá nhân nhạy cảm',
      en: 'online service processing private or personal data of fewer than 100,000 subjects (basic data) and fewer than 10,000 (sensitive data)',
    },
  },
  {
    id: 'nd331-12.3', regime: 'current', level: 2, basis: [nd331(12, 3)],
    when: [INFRA, { fact: 'infrastructure_scope', in: ['one_agency'] }],
    text: { vi: 'hệ thống cơ sở hạ tầng thông tin phục vụ hoạt động của một cơ quan, tổ chức', en: 'information infrastructure serving one agency or organisation' },
  },
  { id: 'nd331-12.4', regime: 'current', level: 2, basis: [nd331(12, 4)], when: decided(2, PM_OR_FRAMEWORK), text: PM_OR_FRAMEWORK_TEXT(2) },
  {
    id: 'nd331-13.1', regime: 'current', level: 3, basis: [nd331(13, 1)],
    when: [{ any: [{ fact: 'information', includes: ['state_secret'] }, { fact: 'national_security_harm', in: ['harm'] }] }],
    text: {
      vi: 'hệ thống xử lý thông tin bí mật nhà nước hoặc hệ thống phục vụ quốc phòng, an ninh khi bị phá hoại sẽ làm tổn hại tới an ninh quốc gia',
      en: 'processes state secrets, or serves defence or security and sabotage would harm national security',
    },
  },
  {
    id: 'nd331-13.2.a', regime: 'current', level: 3, basis: [nd331(13, 2, 'a')],
    when: [ONLINE, { fact: 'conditional_business', is: true }],
    text: { vi: 'cung cấp dịch vụ trực tuyến thuộc danh mục ngành, nghề đầu tư kinh doanh có điều kiện', en: 'online service in the list of conditional business lines' },
  },
  {
    id: 'nd331-13.2.b', regime: 'current', level: 3, basis: [nd331(13, 2, 'b')],
    when: [{ fact: 'administrative_procedure', is: true }],
    text: { vi: 'hệ thống thông tin giải quyết thủ tục hành chính', en: 'information system handling administrative procedures' },
  },
  {
    id: 'nd331-13.2.c', regime: 'current', level: 3, basis: [nd331(13, 2, 'c')],
    when: [ONLINE, { any: [{ fact: 'data_subjects.basic', atLeast: 100_000 }, { fact: 'data_subjects.sensitive', atLeast: 10_000 }] }],
    text: {
      vi: 'cung cấp dịch vụ trực tuyến khác có xử lý thông tin riêng, thông tin cá nhân của từ 100.000 chủ thể dữ liệu đối với dữ liệu cá nhân cơ bản trở lên hoặc từ 10.000 chủ thể dữ liệu đối với dữ liệu cá nhân nhạy cảm trở lên',
      en: 'online service processing private or personal data of 100,000 or more subjects (basic data) or 10,000 or more (sensitive data)',
    },
  },
  {
    id: 'nd331-13.3', regime: 'current', level: 3, basis: [nd331(13, 3)],
    when: [INFRA, { fact: 'infrastructure_scope', in: ['sector_or_province'] }],
    text: {
      vi: 'hệ thống cơ sở hạ tầng thông tin phục vụ hoạt động của các cơ quan, tổ chức trong phạm vi một bộ, một ngành, một tỉnh hoặc một số tỉnh',
      en: 'information infrastructure serving the bodies of one ministry, one sector, one province or several provinces',
    },
  },
  {
    id: 'nd331-13.4', regime: 'current', level: 3, basis: [nd331(13, 4)],
    when: [ICS, { fact: 'construction_grade', in: ['II', 'III', 'IV'] }],
    text: { vi: 'hệ thống thông tin điều khiển công nghiệp phục vụ công trình xây dựng cấp II, cấp III hoặc cấp IV', en: 'industrial control system for construction works of grade II, III or IV' },
  },
  { id: 'nd331-13.5', regime: 'current', level: 3, basis: [nd331(13, 5)], when: decided(3, PM_OR_FRAMEWORK), text: PM_OR_FRAMEWORK_TEXT(3) },
  {
    id: 'nd331-14.1', regime: 'current', level: 4, basis: [nd331(14, 1)],
    when: [{ fact: 'national_security_harm', in: ['serious'] }],
    text: {
      vi: 'hệ thống xử lý thông tin bí mật nhà nước hoặc phục vụ quốc phòng, an ninh khi bị phá hoại sẽ làm tổn hại nghiêm trọng tới an ninh quốc gia',
      en: 'state secrets or defence/security, sabotage would seriously harm national security',
    },
  },
  {
    id: 'nd331-14.2-egov', regime: 'current', level: 4, basis: [nd331(14, 2)], provisional: true,
    when: [{ fact: 'national_e_government_24x7', is: true }],
    text: {
      vi: 'hệ thống thông tin quốc gia phục vụ phát triển Chính phủ điện tử, yêu cầu vận hành 24/7 và không chấp nhận ngừng vận hành mà không có kế hoạch trước',
      en: 'national e-government system requiring 24/7 operation with no unplanned stop',
    },
  },
  {
    id: 'nd331-14.2-infra', regime: 'current', level: 4, basis: [nd331(14, 2)],
    when: [INFRA, { fact: 'infrastructure_scope', in: ['nationwide_24x7'] }],
    text: {
      vi: 'hệ thống cơ sở hạ tầng thông tin phục vụ hoạt động của các cơ quan, tổ chức trên phạm vi toàn quốc, yêu cầu vận hành 24/7 và không chấp nhận ngừng vận hành mà không có kế hoạch trước',
      en: 'information infrastructure serving bodies nationwide, 24/7 with no unplanned stop',
    },
  },
  {
    id: 'nd331-14.3', regime: 'current', level: 4, basis: [nd331(14, 3)],
    when: [ICS, { fact: 'construction_grade', in: ['I'] }],
    text: { vi: 'hệ thống thông tin điều khiển công nghiệp phục vụ công trình xây dựng cấp I', en: 'industrial control system for grade I construction works' },
  },
  { id: 'nd331-14.4', regime: 'current', level: 4, basis: [nd331(14, 4)], when: decided(4, PM_OR_FRAMEWORK), text: PM_OR_FRAMEWORK_TEXT(4) },
  {
    id: 'nd331-15.1', regime: 'current', level: 5, basis: [nd331(15, 1)],
    when: [{ fact: 'national_security_harm', in: ['especially_serious'] }],
    text: {
      vi: 'hệ thống xử lý thông tin bí mật nhà nước hoặc phục vụ quốc phòng, an ninh, mang tính chiến lược khi bị phá hoại sẽ làm tổn hại đặc biệt nghiêm trọng tới an ninh quốc gia',
      en: 'state secrets or defence/security, strategic, sabotage would especially seriously harm national security',
    },
  },
  {
    id: 'nd331-15.2', regime: 'current', level: 5, basis: [nd331(15, 2)],
    when: [{ fact: 'national_data_central', is: true }],
    text: { vi: 'hệ thống thông tin phục vụ lưu trữ dữ liệu tập trung đối với một số loại hình thông tin, dữ liệu đặc biệt quan trọng của quốc gia', en: 'central storage of especially important national data' },
  },
  {
    id: 'nd331-15.3', regime: 'current', level: 5, basis: [nd331(15, 3)],
    when: [INFRA, { fact: 'infrastructure_scope', in: ['international'] }],
    text: { vi: 'hệ thống cơ sở hạ tầng thông tin quốc gia phục vụ kết nối liên thông hoạt động của Việt Nam với quốc tế', en: 'national infrastructure interconnecting Vietnam internationally' },
  },
  {
    id: 'nd331-15.4', regime: 'current', level: 5, basis: [nd331(15, 4)],
    when: [ICS, { fact: 'construction_grade', in: ['special'] }],
    text: { vi: 'hệ thống thông tin điều khiển công nghiệp phục vụ công trình xây dựng cấp đặc biệt', en: 'industrial control system for special-grade construction works' },
  },
  { id: 'nd331-15.5', regime: 'current', level: 5, basis: [nd331(15, 5)], when: decided(5, PM_OR_FRAMEWORK), text: PM_OR_FRAMEWORK_TEXT(5) },
  {
    // Art 16.4 makes every level-5 system national-security-critical, Art 20.4 lets level 3–4 systems
    // be on the list too: the list sets a minimum of 3 and the level-5 procedure (current-law §E.13).
    id: 'nd331-16', regime: 'current', level: 3, basis: [nd331(16), nd331(20, 4)], provisional: true,
    when: [{ fact: 'national_security_critical', is: true }],
    text: {
      vi: 'hệ thống thông tin quan trọng về an ninh quốc gia (đáp ứng tiêu chí tại Điều 16), thực hiện trình tự, thủ tục như đối với hệ thống thông tin được đề xuất cấp độ 5',
      en: 'system critical to national security (meets Art 16), following the level-5 procedure',
    },
  },
];

/** Decree 85/2016/NĐ-CP, Art 7–11: the legacy criteria, for levels approved under it. */
export const LEGACY_CRITERIA: readonly Criterion[] = [
  {
    id: 'nd85-7', regime: 'legacy', level: 1, basis: [nd85(7)],
    when: [INTERNAL, { fact: 'information', only: ['public'] }],
    text: { vi: 'hệ thống phục vụ hoạt động nội bộ của cơ quan, tổ chức và chỉ xử lý thông tin công cộng', en: 'internal system processing only public information' },
  },
  {
    id: 'nd85-8.1', regime: 'legacy', level: 2, basis: [nd85(8, 1)],
    when: [INTERNAL, PRIVATE_OR_PERSONAL, { fact: 'information', excludes: ['state_secret'] }],
    text: {
      vi: 'hệ thống phục vụ hoạt động nội bộ của cơ quan, tổ chức, có xử lý thông tin riêng, thông tin cá nhân của người sử dụng nhưng không xử lý thông tin bí mật nhà nước',
      en: 'internal system processing private or personal information of its users, no state secrets',
    },
  },
  {
    // The pre-2022 scale (mức độ) of the online public service is not recorded: at scale ≤ 2 it is
    // Art 8.2.a (level 2), at ≥ 3 Art 9.2.a (level 3); either way at least level 2.
    id: 'nd85-8.2.a', regime: 'legacy', level: 2, basis: [nd85(8, 2, 'a')],
    when: [{ fact: 'administrative_procedure', is: true }],
    text: { vi: 'cung cấp dịch vụ công trực tuyến', en: 'online public service (its scale under the former rules is not recorded)' },
  },
  {
    id: 'nd85-8.2.b', regime: 'legacy', level: 2, basis: [nd85(8, 2, 'b')],
    when: [ONLINE, { fact: 'conditional_business', is: false }],
    text: { vi: 'cung cấp dịch vụ trực tuyến không thuộc danh mục dịch vụ kinh doanh có điều kiện', en: 'online service not in the list of conditional business services' },
  },
  {
    id: 'nd85-8.2.c', regime: 'legacy', level: 2, basis: [nd85(8, 2, 'c')],
    when: [ONLINE, PRIVATE_OR_PERSONAL, { fact: 'users', below: 10_000 }],
    text: { vi: 'cung cấp dịch vụ trực tuyến khác có xử lý thông tin riêng, thông tin cá nhân của dưới 10.000 người sử dụng', en: 'other online service processing private or personal information of fewer than 10,000 users' },
  },
  {
    id: 'nd85-8.3', regime: 'legacy', level: 2, basis: [nd85(8, 3)],
    when: [INFRA, { fact: 'infrastructure_scope', in: ['one_agency'] }],
    text: { vi: 'hệ thống cơ sở hạ tầng thông tin phục vụ hoạt động của một cơ quan, tổ chức', en: 'information infrastructure serving one agency or organisation' },
  },
  {
    id: 'nd85-9.1', regime: 'legacy', level: 3, basis: [nd85(9, 1)],
    when: [{ any: [{ fact: 'information', includes: ['state_secret'] }, { fact: 'national_security_harm', in: ['harm'] }] }],
    text: {
      vi: 'hệ thống xử lý thông tin bí mật nhà nước hoặc hệ thống phục vụ quốc phòng, an ninh khi bị phá hoại sẽ làm tổn hại tới quốc phòng, an ninh quốc gia',
      en: 'processes state secrets, or serves defence or security and sabotage would harm defence or national security',
    },
  },
  {
    id: 'nd85-9.2.b', regime: 'legacy', level: 3, basis: [nd85(9, 2, 'b')],
    when: [ONLINE, { fact: 'conditional_business', is: true }],
    text: { vi: 'cung cấp dịch vụ trực tuyến thuộc danh mục dịch vụ kinh doanh có điều kiện', en: 'online service in the list of conditional business services' },
  },
  {
    id: 'nd85-9.2.c', regime: 'legacy', level: 3, basis: [nd85(9, 2, 'c')],
    when: [ONLINE, { fact: 'users', atLeast: 10_000 }],
    text: { vi: 'cung cấp dịch vụ trực tuyến khác có xử lý thông tin riêng, thông tin cá nhân của từ 10.000 người sử dụng trở lên', en: 'other online service processing private or personal information of 10,000 or more users' },
  },
  {
    id: 'nd85-9.3', regime: 'legacy', level: 3, basis: [nd85(9, 3)],
    when: [INFRA, { fact: 'infrastructure_scope', in: ['sector_or_province'] }],
    text: {
      vi: 'hệ thống cơ sở hạ tầng thông tin dùng chung phục vụ hoạt động của các cơ quan, tổ chức trong phạm vi một ngành, một tỉnh hoặc một số tỉnh',
      en: 'shared information infrastructure serving the bodies of one sector, one province or several provinces',
    },
  },
  {
    id: 'nd85-9.4', regime: 'legacy', level: 3, basis: [nd85(9, 4)],
    when: [ICS, { fact: 'construction_grade', in: ['II', 'III', 'IV'] }],
    text: { vi: 'hệ thống thông tin điều khiển công nghiệp phục vụ công trình xây dựng cấp II, cấp III hoặc cấp IV', en: 'industrial control system for construction works of grade II, III or IV' },
  },
  {
    id: 'nd85-10.1', regime: 'legacy', level: 4, basis: [nd85(10, 1)],
    when: [{ fact: 'national_security_harm', in: ['serious'] }],
    text: {
      vi: 'hệ thống xử lý thông tin bí mật nhà nước hoặc phục vụ quốc phòng, an ninh khi bị phá hoại sẽ làm tổn hại nghiêm trọng tới quốc phòng, an ninh quốc gia',
      en: 'state secrets or defence/security, sabotage would seriously harm defence or national security',
    },
  },
  {
    id: 'nd85-10.2', regime: 'legacy', level: 4, basis: [nd85(10, 2)],
    when: [{ fact: 'national_e_government_24x7', is: true }],
    text: {
      vi: 'hệ thống thông tin quốc gia phục vụ phát triển Chính phủ điện tử, yêu cầu vận hành 24/7 và không chấp nhận ngừng vận hành mà không có kế hoạch trước',
      en: 'national e-government system requiring 24/7 operation with no unplanned stop',
    },
  },
  {
    id: 'nd85-10.3', regime: 'legacy', level: 4, basis: [nd85(10, 3)],
    when: [INFRA, { fact: 'infrastructure_scope', in: ['nationwide_24x7'] }],
    text: {
      vi: 'hệ thống cơ sở hạ tầng thông tin dùng chung phục vụ hoạt động của các cơ quan, tổ chức trên phạm vi toàn quốc, yêu cầu vận hành 24/7 và không chấp nhận ngừng vận hành mà không có kế hoạch trước',
      en: 'shared information infrastructure serving bodies nationwide, 24/7 with no unplanned stop',
    },
  },
  {
    id: 'nd85-10.4', regime: 'legacy', level: 4, basis: [nd85(10, 4)],
    when: [ICS, { fact: 'construction_grade', in: ['I'] }],
    text: { vi: 'hệ thống thông tin điều khiển công nghiệp phục vụ công trình xây dựng cấp I', en: 'industrial control system for grade I construction works' },
  },
  {
    id: 'nd85-11.1', regime: 'legacy', level: 5, basis: [nd85(11, 1)],
    when: [{ fact: 'national_security_harm', in: ['especially_serious'] }],
    text: {
      vi: 'hệ thống xử lý thông tin bí mật nhà nước hoặc phục vụ quốc phòng, an ninh khi bị phá hoại sẽ làm tổn hại đặc biệt nghiêm trọng tới quốc phòng, an ninh quốc gia',
      en: 'state secrets or defence/security, sabotage would especially seriously harm defence or national security',
    },
  },
  {
    id: 'nd85-11.2', regime: 'legacy', level: 5, basis: [nd85(11, 2)],
    when: [{ fact: 'national_data_central', is: true }],
    text: { vi: 'hệ thống thông tin phục vụ lưu trữ dữ liệu tập trung đối với một số loại hình thông tin, dữ liệu đặc biệt quan trọng của quốc gia', en: 'central storage of especially important national data' },
  },
  {
    id: 'nd85-11.3', regime: 'legacy', level: 5, basis: [nd85(11, 3)],
    when: [INFRA, { fact: 'infrastructure_scope', in: ['international'] }],
    text: { vi: 'hệ thống cơ sở hạ tầng thông tin quốc gia phục vụ kết nối liên thông hoạt động của Việt Nam với quốc tế', en: 'national infrastructure interconnecting Vietnam internationally' },
  },
  {
    id: 'nd85-11.4', regime: 'legacy', level: 5, basis: [nd85(11, 4)],
    when: [ICS, { fact: 'construction_grade', in: ['special'] }],
    text: { vi: 'hệ thống thông tin điều khiển công nghiệp phục vụ công trình xây dựng cấp đặc biệt', en: 'industrial control system for special-grade construction works' },
  },
  {
    id: 'nd85-11.5', regime: 'legacy', level: 5, basis: [nd85(11, 5)],
    when: decided(5, ['prime_minister']),
    text: { vi: 'hệ thống thông tin khác do Thủ tướng Chính phủ quyết định ở cấp độ 5', en: 'other system the Prime Minister decided is level 5' },
  },
];

export const CRITERIA: Readonly<Record<RegimeId, readonly Criterion[]>> = { current: CURRENT_CRITERIA, legacy: LEGACY_CRITERIA };

/** `risk_level` raises the minimum only under the current regime (Decree 331 Art 10.5). */
export const RISK_RAISE: Readonly<Record<RegimeId, Citation | null>> = { current: nd331(10, 5), legacy: null };

/** "When several criteria of different levels are met, the highest level applies." */
export const HIGHEST_WINS: Readonly<Record<RegimeId, Citation | null>> = { current: nd331(8, 2), legacy: null };

/** Where each regime defines information types (clause 1) and system types (clause 2, points a–đ). */
export const CLASSIFICATION_ARTICLE: Readonly<Record<RegimeId, Citation>> = { current: nd331(9), legacy: nd85(6) };
