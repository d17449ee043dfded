// The level-justification paragraphs of the dossier (thuyết minh đề xuất cấp độ, Decree 331
// Art 21.3 and 22.4.b): the facts (information processed, system type, what the criteria look at),
// the criteria met with their articles, and the conclusion. Always Vietnamese, the dossier's
// language; articles written "điểm b khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP".
import type { ClassificationFacts } from '../model/inventory-schema.js';
import type { InformationType, SystemType } from '../model/vocabulary.js';
import { cite, type Citation } from './citation.js';
import { CLASSIFICATION_ARTICLE, HIGHEST_WINS, type RegimeId } from './criteria.js';
import { missingFacts, type MatchedCriterion } from './evaluate.js';
import { FACT_NAMES } from './messages.js';
import type { SystemClassification } from './system.js';

export interface Justification {
  system: string;
  /** Heading: the system's name. */
  title: string;
  /** The paragraphs to paste into the dossier. */
  paragraphs: string[];
  /** Remarks for the person preparing the dossier (missing facts, provisional readings); not for pasting. */
  remarks: string[];
}

const INFORMATION_VI: Record<InformationType, string> = {
  public: 'thông tin công cộng',
  private: 'thông tin riêng',
  personal: 'thông tin cá nhân',
  state_secret: 'thông tin bí mật nhà nước',
};
const TYPE_VI: Record<SystemType, { text: string; point: string }> = {
  internal: { text: 'hệ thống thông tin phục vụ hoạt động nội bộ', point: 'a' },
  online_service: { text: 'hệ thống thông tin phục vụ người dân, doanh nghiệp', point: 'b' },
  infrastructure: { text: 'hệ thống cơ sở hạ tầng thông tin', point: 'c' },
  industrial_control: { text: 'hệ thống thông tin điều khiển công nghiệp', point: 'd' },
  other: { text: 'hệ thống thông tin khác', point: 'đ' },
};

/** 250000 → "250.000", the Vietnamese grouping. */
export function viNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function viList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

const at = (c: Citation, clause?: number, point?: string): Citation => ({ instrument: c.instrument, article: c.article, ...(clause !== undefined ? { clause } : {}), ...(point ? { point } : {}) });

function factSentences(facts: ClassificationFacts, regime: RegimeId, type: SystemType | undefined): string[] {
  const out: string[] = [];
  const legacy = regime === 'legacy';
  if (facts.administrative_procedure === true) out.push('Hệ thống giải quyết thủ tục hành chính cho người dân, doanh nghiệp.');
  else if (facts.administrative_procedure === false && type === 'online_service') out.push('Hệ thống không giải quyết thủ tục hành chính.');
  if (type === 'online_service' && facts.conditional_business !== undefined) {
    const list = legacy ? 'danh mục dịch vụ kinh doanh có điều kiện' : 'danh mục ngành, nghề đầu tư kinh doanh có điều kiện';
    out.push(`Dịch vụ trực tuyến do hệ thống cung cấp ${facts.conditional_business ? 'thuộc' : 'không thuộc'} ${list}.`);
  }
  const subjects = facts.data_subjects;
  if (type === 'online_service' && legacy && facts.users !== undefined) {
    out.push(`Hệ thống xử lý thông tin riêng, thông tin cá nhân của ${viNumber(facts.users)} người sử dụng.`);
  } else if (type === 'online_service' && subjects && (subjects.basic !== undefined || subjects.sensitive !== undefined)) {
    const { basic, sensitive } = subjects;
    if (basic === 0 && (sensitive ?? 0) === 0 && sensitive !== undefined) {
      out.push('Hệ thống không xử lý dữ liệu cá nhân của người sử dụng dịch vụ.');
    } else {
      const part = (count: number | undefined, kind: string): string =>
        count === undefined ? '' : count === 0 ? `không xử lý dữ liệu cá nhân ${kind}` : `xử lý dữ liệu cá nhân ${kind} của ${viNumber(count)} chủ thể dữ liệu`;
      out.push(`Hệ thống ${[part(basic, 'cơ bản'), part(sensitive, 'nhạy cảm')].filter(Boolean).join(' và ')}.`);
    }
  }
  if (type === 'infrastructure') {
    const scope = {
      one_agency: 'Hệ thống phục vụ hoạt động của một cơ quan, tổ chức.',
      sector_or_province: legacy
        ? 'Hệ thống là hạ tầng dùng chung phục vụ hoạt động của các cơ quan, tổ chức trong phạm vi một ngành.'
        : 'Hệ thống phục vụ hoạt động của các cơ quan, tổ chức trong phạm vi một bộ, một ngành, một tỉnh hoặc một số tỉnh.',
      nationwide_24x7: 'Hệ thống phục vụ hoạt động của các cơ quan, tổ chức trên phạm vi toàn quốc, yêu cầu vận hành 24/7 và không chấp nhận ngừng vận hành mà không có kế hoạch trước.',
      international: 'Hệ thống là hạ tầng thông tin quốc gia phục vụ kết nối liên thông hoạt động của Việt Nam với quốc tế.',
    } as const;
    if (facts.infrastructure_scope) out.push(scope[facts.infrastructure_scope]);
  }
  if (type === 'industrial_control' && facts.construction_grade) {
    out.push(`Hệ thống trực tiếp phục vụ điều khiển, vận hành hoạt động bình thường của công trình xây dựng ${facts.construction_grade === 'special' ? 'cấp đặc biệt' : `cấp ${facts.construction_grade}`}.`);
  }
  if (facts.national_e_government_24x7) out.push('Hệ thống là hệ thống thông tin quốc gia phục vụ phát triển Chính phủ điện tử, yêu cầu vận hành 24/7 và không chấp nhận ngừng vận hành mà không có kế hoạch trước.');
  if (facts.national_security_harm) {
    const harm = { harm: 'làm tổn hại tới', serious: 'làm tổn hại nghiêm trọng tới', especially_serious: 'làm tổn hại đặc biệt nghiêm trọng tới' }[facts.national_security_harm];
    out.push(`Khi bị phá hoại, hệ thống sẽ ${harm} ${legacy ? 'quốc phòng, an ninh quốc gia' : 'an ninh quốc gia'}.`);
  }
  if (facts.national_data_central) out.push('Hệ thống phục vụ lưu trữ dữ liệu tập trung đối với loại hình thông tin, dữ liệu đặc biệt quan trọng của quốc gia.');
  if (facts.national_security_critical && !legacy) out.push('Hệ thống đáp ứng tiêu chí xác định hệ thống thông tin quan trọng về an ninh quốc gia quy định tại Điều 16 Nghị định số 331/2026/NĐ-CP.');
  if (facts.decided_level !== undefined && facts.decided_by !== undefined) {
    out.push(
      facts.decided_by === 'prime_minister'
        ? `Cấp độ ${facts.decided_level} của hệ thống do Thủ tướng Chính phủ quyết định.`
        : `Hệ thống được đánh giá rủi ro an ninh mạng theo Khung quản lý rủi ro an ninh mạng ở cấp độ ${facts.decided_level}.`,
    );
  }
  return out;
}

const RISK = 'nd331-10.5';

function criterionPhrase(m: MatchedCriterion): string {
  const where = cite(m.basis, 'vi');
  if (m.criterion === 'nd331-16') return `tiêu chí hệ thống thông tin quan trọng về an ninh quốc gia quy định tại ${where}, theo đó hệ thống tối thiểu ở cấp độ ${m.level} và thực hiện trình tự, thủ tục như đối với hệ thống thông tin được đề xuất cấp độ 5`;
  return `tiêu chí cấp độ ${m.level} quy định tại ${where} (${m.text.vi})`;
}

/** The justification of one system under the criteria of its report (`regime`). */
export function justify(c: SystemClassification): Justification {
  const { record, result } = c;
  const regime = result.regime;
  const facts = record.classification ?? {};
  const name = record.name.trim();
  const remarks: string[] = [];
  const article = CLASSIFICATION_ARTICLE[regime];
  const type: SystemType | undefined = facts.administrative_procedure === true ? 'online_service' : facts.type;
  const info = facts.information && facts.information.length > 0 ? facts.information : undefined;

  const opening: string[] = [];
  const typePart = type ? `là ${TYPE_VI[type].text} theo quy định tại ${cite([at(article, 2, TYPE_VI[type].point)], 'vi')}` : '';
  const infoPart = info ? `xử lý ${viList(info.map((i) => INFORMATION_VI[i]))} (${cite([at(article, 1)], 'vi')})` : '';
  // "(sau đây gọi tắt là Hệ thống)", set off by commas after a name that ends in parentheses.
  const named = name.endsWith(')') ? `${name}, sau đây gọi tắt là Hệ thống,` : `${name} (sau đây gọi tắt là Hệ thống)`;
  const described = [typePart, infoPart].filter(Boolean).join(', ');
  opening.push(described ? `${named} ${described}.` : `${named.replace(/,$/, '')}.`);
  const paragraphs = [[...opening, ...factSentences(facts, regime, type)].join(' ')];

  const matched = result.matched;
  const criteria = matched.filter((m) => m.criterion !== RISK);
  const risk = matched.find((m) => m.criterion === RISK);
  const phrases = criteria.map(criterionPhrase);
  const met =
    phrases.length === 0
      ? ''
      : phrases.length === 1
        ? `Đối chiếu với các tiêu chí xác định cấp độ, Hệ thống đáp ứng ${phrases[0]}.`
        : `Đối chiếu với các tiêu chí xác định cấp độ, Hệ thống đáp ứng các tiêu chí sau: ${phrases.join('; ')}.`;
  // Art 10.5 is not a criterion but a duty: a risk higher than the level calls for a higher level.
  const raised = risk
    ? `Căn cứ ${cite(risk.basis, 'vi')}, trường hợp kết quả đánh giá rủi ro an ninh mạng cho thấy mức độ rủi ro cao hơn so với cấp độ đã được xác định thì phải đề xuất áp dụng cấp độ cao hơn; kết quả đánh giá rủi ro an ninh mạng của Hệ thống tương ứng với cấp độ ${risk.level}.`
    : '';
  if (met || raised) paragraphs.push([met, raised].filter(Boolean).join(' '));

  const minimum = result.minimumLevel;
  const missing = missingFacts(result);
  if (minimum === null) {
    paragraphs.push('Các thông tin hiện có chưa đủ căn cứ để xác định cấp độ của Hệ thống theo tiêu chí.');
  } else {
    const levels = new Set(criteria.map((m) => m.level));
    const highest = HIGHEST_WINS[regime];
    const rule =
      levels.size > 1 && highest
        ? `Căn cứ ${cite([highest], 'vi')}, trường hợp hệ thống thông tin đồng thời đáp ứng nhiều tiêu chí thuộc các cấp độ khác nhau thì áp dụng cấp độ cao nhất. `
        : '';
    const proposed = c.proposedLevel !== null && c.approvedLevel === null && c.proposedLevel > minimum ? c.proposedLevel : undefined;
    const conclusion =
      proposed !== undefined
        ? `Vì vậy, cấp độ tối thiểu của Hệ thống theo tiêu chí là cấp độ ${minimum}; đề xuất xác định Hệ thống ở cấp độ ${proposed}.`
        : `Vì vậy, đề xuất xác định Hệ thống ở cấp độ ${minimum}.`;
    const nsc =
      facts.national_security_critical && regime === 'current'
        ? ' Do Hệ thống thuộc Danh mục hệ thống thông tin quan trọng về an ninh quốc gia, việc thẩm định, phê duyệt thực hiện theo trình tự, thủ tục như đối với hệ thống thông tin được đề xuất cấp độ 5 (khoản 4 Điều 20 Nghị định số 331/2026/NĐ-CP).'
        : '';
    paragraphs.push(`${rule}${conclusion}${nsc}`);
  }

  if (!c.hasFacts) remarks.push('Chưa có dữ kiện phân loại (khóa classification:) cho hệ thống này.');
  if (missing) {
    remarks.push(`Còn thiếu dữ kiện có thể nâng cấp độ (tới cấp độ ${missing.upTo}): ${missing.facts.map((f) => `${FACT_NAMES[f].vi} (${f})`).join(', ')}.`);
  }
  for (const m of matched) if (m.provisional) remarks.push(`Căn cứ ${cite(m.basis, 'vi')} là cách hiểu tạm thời; cần đối chiếu văn bản chính thức.`);
  // Grey areas and readings: for the person preparing the dossier to settle and write down.
  for (const note of c.notes) if (note.id !== 'no-facts') remarks.push(`${note.text.vi.charAt(0).toUpperCase()}${note.text.vi.slice(1)}.`);
  if (c.judgedLevel !== null && minimum !== null && c.judgedLevel < minimum) remarks.push(`Cấp độ ${c.judgedLevel} hiện ghi nhận thấp hơn cấp độ tối thiểu theo tiêu chí (cấp độ ${minimum}).`);
  return { system: record.id, title: name, paragraphs, remarks };
}
