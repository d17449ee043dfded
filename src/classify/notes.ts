// Notes beside a classification: the grey areas the guides name (current-law §D.5, G1–G8), the
// readings marked provisional (§E.3) and what each regime cannot express. They inform the
// dossier; they never change the minimum level.
import type { Localized } from '../i18n/lang.js';
import type { RegimeId } from './criteria.js';
import type { FactView, MatchedCriterion } from './evaluate.js';

export interface Note {
  /** Stable id: `G1`…`G8` for the guides' grey areas, words for the others. */
  id: string;
  text: Localized;
}

/** How close below a threshold a count must be for the counting method to matter (G3). */
const NEAR_THRESHOLD = 0.9;

export function notesFor(view: FactView | undefined, regime: RegimeId, minimumLevel: number | null, matched: readonly MatchedCriterion[]): Note[] {
  if (view === undefined) {
    return [{ id: 'no-facts', text: { vi: 'chưa có dữ kiện phân loại (khóa classification:)', en: 'no classification facts recorded (classification: key)' } }];
  }
  const facts = view.facts;
  const info = view.information;
  const type = view.type;
  const current = regime === 'current';
  const notes: Note[] = [];
  const add = (id: string, text: Localized): void => void notes.push({ id, text });
  const met = (id: string): boolean => matched.some((m) => m.criterion === id);

  if (minimumLevel === null) {
    if (type === 'other') {
      add('no-criterion', {
        vi: current
          ? 'hệ thống thông tin khác (điểm đ khoản 2 Điều 9): không có tiêu chí cố định; cấp độ do Thủ tướng Chính phủ quyết định hoặc theo kết quả đánh giá rủi ro (khoản 4 Điều 12, khoản 5 Điều 13, khoản 4 Điều 14, khoản 5 Điều 15 Nghị định số 331/2026/NĐ-CP)'
          : 'hệ thống thông tin khác (điểm đ khoản 2 Điều 6 Nghị định số 85/2016/NĐ-CP): không có tiêu chí cố định; cần đánh giá rủi ro',
        en: current
          ? '"other" system (Art 9.2.đ): no fixed criterion; the level is decided by the Prime Minister or by a risk assessment (Decree 331 Art 12.4, 13.5, 14.4, 15.5)'
          : '"other" system (Decree 85 Art 6.2.đ): no fixed criterion; decided by a risk assessment',
      });
    } else {
      add('no-criterion', { vi: 'không tiêu chí nào được đáp ứng bởi các dữ kiện đã biết', en: 'no criterion is met by the known facts' });
    }
  }
  if (type === 'industrial_control' && !matched.some((m) => /-(13\.4|14\.3|15\.4|9\.4|10\.4|11\.4)$/.test(m.criterion))) {
    add('G6', {
      vi: 'hệ thống điều khiển công nghiệp không gắn với công trình xây dựng được phân cấp: không có tiêu chí cấp độ 1–2; coi như hệ thống khác và đánh giá rủi ro',
      en: 'industrial control system not tied to a graded construction work: no level 1–2 criterion exists; treat it as "other" with a risk assessment',
    });
  }
  if (info !== undefined && info.every((i) => i === 'public') && (type === 'online_service' || type === 'other')) {
    add('G1', {
      vi: 'trang/cổng thông tin công khai chỉ có thông tin công cộng: không hẳn là hệ thống nội bộ, cũng không rõ là dịch vụ trực tuyến; cấp độ 1 hoặc 2 kèm lập luận bằng văn bản, cấp độ 2 khi có thu thập dữ liệu cá nhân',
      en: 'static public website with public information only: neither clearly internal nor clearly an online service; level 1 or 2 with written reasoning, level 2 once it collects personal data',
    });
  }
  if (type === 'online_service' && facts.conditional_business !== false) {
    add('G2', {
      vi: 'việc dịch vụ có thuộc danh mục ngành, nghề đầu tư kinh doanh có điều kiện (Phụ lục IV Luật Đầu tư) hay không cần được tra cứu và ghi số thứ tự ngành, nghề; nếu chưa chắc chắn, chọn cấp độ cao hơn',
      en: 'whether the service is in the conditional business list (Investment Law Annex IV) must be looked up and its item number recorded; if unsure, take the higher level',
    });
  }
  const subjects = facts.data_subjects;
  const near = (value: number | undefined, threshold: number): boolean => value !== undefined && value < threshold && value >= threshold * NEAR_THRESHOLD;
  const legacyCount = regime === 'legacy' ? (facts.users ?? Math.max(subjects?.basic ?? 0, subjects?.sensitive ?? 0)) : undefined;
  if (type === 'online_service' && (current ? near(subjects?.basic, 100_000) || near(subjects?.sensitive, 10_000) : near(legacyCount, 10_000))) {
    add('G3', {
      vi: 'số chủ thể dữ liệu sát ngưỡng: cách đếm (lũy kế hay đang hoạt động, gộp các đơn vị thuê, loại trùng) quyết định cấp độ; đếm số chủ thể duy nhất trên hệ thống cộng mức tăng dự kiến và ghi lại phương pháp',
      en: 'the data-subject count is close to a threshold: the counting method (cumulative or active, pooled across tenants, deduplicated) decides the level; count unique subjects plus expected growth and record the method',
    });
  }
  if (facts.type === 'internal' && facts.administrative_procedure === true) {
    add('G4', {
      vi: 'hệ thống khai báo là nội bộ nhưng giải quyết thủ tục hành chính: được xếp là hệ thống phục vụ người dân, doanh nghiệp khi phân loại (vùng chưa rõ ràng, hệ thống hỗ trợ dịch vụ công nghiêng về loại b)',
      en: 'declared internal but handles administrative procedures: classified as citizen-serving (a grey area; back-office systems supporting a public service lean to type b)',
    });
  }
  if (met('nd331-12.2.a') && met('nd331-13.2.c')) {
    add('G5', {
      vi: 'dịch vụ không thuộc danh mục kinh doanh có điều kiện nhưng vượt ngưỡng chủ thể dữ liệu: áp dụng cấp độ 3 (cấp độ cao nhất)',
      en: 'not in the conditional list but above the data-subject threshold: level 3 applies (highest level wins)',
    });
  }
  if (facts.decided_by === 'risk_framework' && current) {
    add('G7', {
      vi: 'Khung quản lý rủi ro an ninh mạng chưa được ban hành: không nên chỉ dựa vào tiêu chí này',
      en: 'the Cybersecurity Risk Management Framework has not been issued: do not rely on this criterion alone',
    });
  }
  if (info?.includes('state_secret') && facts.national_security_harm === undefined) {
    add('state-secret-harm-unknown', {
      vi: 'hệ thống xử lý thông tin bí mật nhà nước được xếp tối thiểu cấp độ 3 (cách hiểu thận trọng); mức độ tổn hại tới an ninh quốc gia quyết định cấp độ 4 hoặc 5',
      en: 'a state-secret system is taken as at least level 3 (conservative reading); the harm to national security decides level 4 or 5',
    });
  }
  if (current && facts.national_e_government_24x7 === true) {
    add('egov-24x7', {
      vi: 'khoản 2 Điều 14 gộp hai tiêu chí trong một câu; việc điều kiện vận hành 24/7 áp dụng cho cả hệ thống Chính phủ điện tử quốc gia là một cách hiểu (Nghị định số 85/2016/NĐ-CP đặt điều kiện này cho cả hai)',
      en: 'Art 14.2 merges two criteria in one sentence; reading the 24/7 condition as qualifying the national e-government system too is a reading (Decree 85 put it on both)',
    });
  }
  if (facts.national_security_critical === true) {
    add('national-security-critical', {
      vi: current
        ? 'hệ thống thuộc Danh mục hệ thống thông tin quan trọng về an ninh quốc gia: tối thiểu cấp độ 3, thẩm định như cấp độ 5 (khoản 4 Điều 20); có thể phải xác định cấp độ 5 vì khoản 4 Điều 16 và điểm đ khoản 3 Điều 18 coi Danh mục cấp độ 5 là Danh mục hệ thống thông tin quan trọng về an ninh quốc gia (tạm tính)'
        : 'tiêu chí tại Điều 16 Nghị định số 331/2026/NĐ-CP chỉ áp dụng từ 19/08/2026; theo chế độ cũ, hệ thống thông tin quan trọng quốc gia là hệ thống cấp độ 5',
      en: current
        ? 'on the national-security-critical list: at least level 3 with the level-5 procedure (Art 20.4); level 5 may be required, since Art 16.4 and 18.3.đ treat the level-5 list as the national-security-critical list (provisional)'
        : 'Decree 331 Art 16 applies only from 19/08/2026; under the legacy regime national critical systems are level 5',
    });
  }
  if (!current) {
    if (facts.administrative_procedure === true) {
      add('legacy-public-service-scale', {
        vi: 'mức độ dịch vụ công trực tuyến theo quy định trước đây không được ghi nhận: từ mức độ 3 trở lên thì điểm a khoản 2 Điều 9 Nghị định số 85/2016/NĐ-CP yêu cầu cấp độ 3',
        en: 'the online public service scale under the former rules is not recorded: at scale 3 or above, Decree 85 Art 9.2.a requires level 3',
      });
    }
    if (type === 'online_service' && facts.users === undefined && subjects !== undefined && (subjects.basic !== undefined || subjects.sensitive !== undefined)) {
      add('legacy-users-proxy', {
        vi: 'chưa có số người sử dụng (users): dùng số chủ thể dữ liệu lớn hơn trong data_subjects thay cho số người sử dụng theo Điều 8, Điều 9 Nghị định số 85/2016/NĐ-CP',
        en: 'no users count: the larger data_subjects count stands in for the users of Decree 85 Art 8–9',
      });
    }
    if (type === 'infrastructure' && facts.infrastructure_scope === 'sector_or_province') {
      add('legacy-ministry-scope', {
        vi: 'khoản 3 Điều 9 Nghị định số 85/2016/NĐ-CP nêu "một ngành, một tỉnh hoặc một số tỉnh", không nêu "một bộ": hạ tầng dùng chung của một bộ được hiểu là phục vụ một ngành',
        en: 'Decree 85 Art 9.3 names "one sector, one province or several provinces", not "one ministry": a ministry\'s shared infrastructure is read as serving one sector',
      });
    }
    if (facts.decided_level !== undefined && !(facts.decided_level === 5 && facts.decided_by === 'prime_minister')) {
      add('legacy-decided', {
        vi: 'chế độ cũ chỉ có quyết định của Thủ tướng Chính phủ đối với cấp độ 5 (khoản 5 Điều 11 Nghị định số 85/2016/NĐ-CP)',
        en: 'the legacy regime knows only a Prime Minister decision, and only for level 5 (Decree 85 Art 11.5)',
      });
    }
    if (facts.risk_level !== undefined) {
      add('risk-not-legacy', {
        vi: 'kết quả đánh giá rủi ro chỉ nâng cấp độ theo khoản 5 Điều 10 Nghị định số 331/2026/NĐ-CP, không có trong chế độ cũ',
        en: 'a risk assessment raises the level only under Decree 331 Art 10.5, not under the legacy regime',
      });
    }
  } else if (facts.decided_level === 1 && facts.decided_by === 'prime_minister') {
    add('decided-level-1', {
      vi: 'cấp độ 1 chỉ có tiêu chí đánh giá rủi ro theo Khung (khoản 2 Điều 11), không có quyết định của Thủ tướng Chính phủ',
      en: 'level 1 has only the Framework clause (Art 11.2), no Prime Minister decision',
    });
  }
  if (facts.type !== undefined && facts.infrastructure_scope !== undefined && type !== 'infrastructure') {
    add('fact-ignored', { vi: 'infrastructure_scope chỉ áp dụng cho hệ thống cơ sở hạ tầng thông tin (type: infrastructure)', en: 'infrastructure_scope applies only to information infrastructure (type: infrastructure)' });
  }
  if (facts.type !== undefined && facts.construction_grade !== undefined && type !== 'industrial_control') {
    add('fact-ignored', { vi: 'construction_grade chỉ áp dụng cho hệ thống điều khiển công nghiệp (type: industrial_control)', en: 'construction_grade applies only to industrial control systems (type: industrial_control)' });
  }
  return notes;
}
