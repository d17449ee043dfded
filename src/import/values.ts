// Cell values back to inventory values: dates (date cells, dd/mm/yyyy, ISO), the form's allowed
// values back to the enums (exact after NFC, then near misses such as "Đã phê duyệt", which are
// mapped with a warning), decisions written "số … ngày dd/mm/yyyy của …", and column (12).
import type { Localized } from '../i18n/lang.js';
import { ASSESSMENT_VALUES, DEPLOYMENT_VALUES, STATUS_VALUES, type DeploymentState, type DossierState } from '../form08/labels.js';
import type { PlanState } from '../model/vocabulary.js';
import { formatYmd, parseCalendarDate, type IsoDate } from '../util/date.js';
import type { CellValue } from './grid.js';
import { fold } from './headers.js';

export type Parsed<T> = { ok: true; value: T; warning?: Localized } | { ok: false; problem: Localized };

const ok = <T>(value: T, warning?: Localized): Parsed<T> => (warning ? { ok: true, value, warning } : { ok: true, value });
const fail = <T>(problem: Localized): Parsed<T> => ({ ok: false, problem });

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return formatYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  return String(value).trim();
}

/** A date cell (Excel stores calendar dates at UTC midnight), dd/mm/yyyy, d/m/yyyy or YYYY-MM-DD. */
export function parseDate(value: CellValue): Parsed<IsoDate> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail({ vi: 'ngày không hợp lệ', en: 'not a valid date' });
    return ok(formatYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()));
  }
  const text = cellText(value);
  const date = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})$/.test(text) ? parseCalendarDate(text) : undefined;
  return date ? ok(date) : fail({ vi: `"${text}" không phải ngày dd/mm/yyyy`, en: `"${text}" is not a dd/mm/yyyy date` });
}

export function parseLevel(value: CellValue): Parsed<number> {
  const text = cellText(value).replace(/^cấp( độ)?\s*/i, '');
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? ok(n) : fail({ vi: `"${cellText(value)}" không phải cấp độ 1–5`, en: `"${cellText(value)}" is not a level 1–5` });
}

function byFoldedValue<K extends string>(values: Readonly<Record<K, string>>): Map<string, K> {
  return new Map((Object.entries(values) as [K, string][]).map(([k, v]) => [fold(v), k]));
}

const STATUS_EXACT = byFoldedValue(STATUS_VALUES);
/** Near misses seen in filled forms, folded; mapped with a warning naming the official value. */
const STATUS_NEAR: ReadonlyMap<string, DossierState> = new Map([
  ['da phe duyet', 'approved'], ['duoc phe duyet', 'approved'], ['da duoc duyet', 'approved'], ['phe duyet', 'approved'],
  ['dang du thao', 'drafting'], ['du thao', 'drafting'], ['dang xay dung', 'drafting'], ['dang xay dung ho so', 'drafting'],
  ['da gui tham dinh', 'sent_for_appraisal'], ['dang tham dinh', 'sent_for_appraisal'], ['cho tham dinh', 'sent_for_appraisal'],
  ['da tham dinh', 'appraised'], ['da duoc tham dinh', 'appraised'],
]);

export function parseStatus(value: CellValue): Parsed<DossierState> {
  const text = cellText(value);
  const exact = Object.entries(STATUS_VALUES).find(([, v]) => v === text.normalize('NFC'))?.[0] as DossierState | undefined;
  if (exact) return ok(exact);
  const key = fold(text);
  const folded = STATUS_EXACT.get(key) ?? STATUS_NEAR.get(key);
  if (folded) {
    return ok(folded, { vi: `"${text}" được hiểu là "${STATUS_VALUES[folded]}" (giá trị của mẫu)`, en: `"${text}" read as "${STATUS_VALUES[folded]}" (the form's value)` });
  }
  return fail({ vi: `"${text}" không phải tình trạng của cột (6): ${Object.values(STATUS_VALUES).join(', ')}`, en: `"${text}" is not a column (6) state: ${Object.values(STATUS_VALUES).join(', ')}` });
}

const DEPLOYMENT_EXACT = byFoldedValue(DEPLOYMENT_VALUES);
const DEPLOYMENT_NEAR: ReadonlyMap<string, DeploymentState> = new Map([
  ['chua', 'none'], ['khong', 'none'], ['chua trien khai day du', 'partial'], ['mot so hang muc', 'partial'], ['trien khai mot phan', 'partial'],
  ['da trien khai mot phan', 'partial'], ['day du', 'full'], ['da trien khai', 'full'], ['co', 'full'],
]);
const PLAN_OF: Readonly<Record<DeploymentState, PlanState>> = { none: 'none', partial: 'partially_deployed', full: 'deployed' };

export function parseDeployment(value: CellValue): Parsed<PlanState> {
  const text = cellText(value);
  const exact = Object.entries(DEPLOYMENT_VALUES).find(([, v]) => v === text.normalize('NFC'))?.[0] as DeploymentState | undefined;
  if (exact) return ok(PLAN_OF[exact]);
  const folded = DEPLOYMENT_EXACT.get(fold(text)) ?? DEPLOYMENT_NEAR.get(fold(text));
  if (folded) {
    return ok(PLAN_OF[folded], { vi: `"${text}" được hiểu là "${DEPLOYMENT_VALUES[folded]}" (giá trị của mẫu)`, en: `"${text}" read as "${DEPLOYMENT_VALUES[folded]}" (the form's value)` });
  }
  return fail({ vi: `"${text}" không phải giá trị của cột (10): ${Object.values(DEPLOYMENT_VALUES).join(', ')}`, en: `"${text}" is not a column (10) value: ${Object.values(DEPLOYMENT_VALUES).join(', ')}` });
}

/** Column (12): either value, both (separated by ";", ",", "+", "và" or a line break), or empty. */
export function parseAssessments(value: CellValue): Parsed<{ preOperation: boolean; periodic: boolean }> {
  const text = cellText(value);
  const out = { preOperation: false, periodic: false };
  if (!text) return ok(out);
  const pre = fold(ASSESSMENT_VALUES.preOperation);
  const periodic = fold(ASSESSMENT_VALUES.periodic);
  for (const part of text.split(/;|,|\+|\n|\svà\s/u).map((p) => fold(p)).filter(Boolean)) {
    if (part === pre || part === 'truoc khi dua vao su dung' || part === 'truoc van hanh') out.preOperation = true;
    else if (part === periodic) out.periodic = true;
    else return fail({ vi: `"${text}" không phải giá trị của cột (12): ${ASSESSMENT_VALUES.preOperation}, ${ASSESSMENT_VALUES.periodic} hoặc cả hai`, en: `"${text}" is not a column (12) value: ${ASSESSMENT_VALUES.preOperation}, ${ASSESSMENT_VALUES.periodic} or both` });
  }
  return ok(out);
}

export interface DecisionParts {
  decision: string;
  date: IsoDate;
  by?: string;
}

/** "Quyết định số 512/QĐ-BKHCN ngày 15/03/2022 của Bộ …" (commas accepted instead of the words). */
export function parseDecision(value: CellValue): Parsed<DecisionParts> {
  const text = cellText(value).replace(/\s+/g, ' ');
  const m = /^(.+?)[,;]?\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})(?:\s*(?:[,;]\s*)?(?:của\s+)?(.+))?$/iu.exec(text);
  const date = m ? parseCalendarDate(m[2]!) : undefined;
  if (!m || !date) {
    return fail({ vi: `"${text}" không đọc được thành "số … ngày dd/mm/yyyy của cơ quan"`, en: `"${text}" does not read as "number … ngày dd/mm/yyyy của body"` });
  }
  const by = m[3]?.trim();
  return ok({ decision: m[1]!.trim(), date, ...(by ? { by } : {}) });
}
