// One system's classification on an evaluation date: the minimum level under the criteria in
// force, the level that is judged (approved on or before D, else proposed), the criteria that
// level is held to (a level approved under the legacy regime keeps its legacy criteria, Law 116
// Art 45.1), and who appraises and approves. Shared by `classify`, the classification rules and gap.
import { displayDate, localize, type Localized } from '../i18n/lang.js';
import { approvedLevel } from '../model/as-of.js';
import type { SystemRecord } from '../model/inventory-schema.js';
import { ownerKey } from '../model/owner.js';
import type { IsoDate } from '../util/date.js';
import { authorityFor, type Authority } from './authority.js';
import type { RegimeId } from './criteria.js';
import { classifyFacts, type Classification, type MatchedCriterion } from './evaluate.js';
import type { Note } from './notes.js';

/** Dates of the transition, from the texts (shared/docs/current-law.md §A). */
export const TRANSITION = {
  /** Law 116/2025 in force (Art 44.1); a level approved before it stays valid (Art 45.1). */
  law116: '2026-07-01',
  /** Decree 331/2026 in force (Art 38): its criteria (Art 11–16) apply from this day. */
  decree331: '2026-08-19',
  /** Systems under investment before 2026-07-01 are approved under Decree 85 by this day (Decree 331 Art 39.1). */
  t2Deadline: '2026-12-31',
} as const satisfies Record<string, IsoDate>;

/** Why the judged level is held to the criteria it is held to. */
export type JudgedReason = 'regime' | 'art45' | 'interim' | 't2';

export interface Judgement {
  criteria: RegimeId;
  reason: JudgedReason;
  minimumLevel: number | null;
  /** The criterion that decides the minimum (the first of the highest level). */
  deciding?: MatchedCriterion;
}

export interface SystemClassification {
  record: SystemRecord;
  /** The criteria the minimum is computed with (the table in force, or the forced regime's). */
  criteria: RegimeId;
  result: Classification;
  hasFacts: boolean;
  proposedLevel: number | null;
  approvedLevel: number | null;
  judgedLevel: number | null;
  judged: Judgement;
  /** The judged level is below the minimum its criteria require. */
  underLevel: boolean;
  /** Judged by the legacy criteria, and the current minimum is higher than the legacy one and than the level. */
  currentHigher: boolean;
  /** Who appraises and approves a dossier at max(minimum, judged level); null when neither is known. */
  authority: Authority | null;
  /** The level `authority` is for. */
  authorityLevel: number | null;
  notes: Note[];
}

const vi = (date: IsoDate): string => displayDate(date, 'vi');

/** The criteria a level is held to: the regime it was approved under, else the table in force. */
export function judgedCriteria(record: SystemRecord, asOf: IsoDate, criteria: RegimeId): { criteria: RegimeId; reason: JudgedReason } {
  if (criteria === 'legacy') return { criteria, reason: 'regime' };
  const approval = approvedLevel(record, asOf) !== null ? record.approval : undefined;
  if (approval && approval.date < TRANSITION.law116) return { criteria: 'legacy', reason: 'art45' };
  if (approval && approval.date < TRANSITION.decree331) return { criteria: 'legacy', reason: 'interim' };
  const start = record.investment_start;
  if (start !== undefined && start < TRANSITION.law116 && (approval ? approval.date <= TRANSITION.t2Deadline : asOf <= TRANSITION.t2Deadline)) {
    return { criteria: 'legacy', reason: 't2' };
  }
  return { criteria, reason: 'regime' };
}

/** When the dedicated unit that appraised the dossier also operates the system (Decree 331 Art 18.4; Circular 12 Art 6). */
export function conflictedAppraisal(record: SystemRecord, asOf: IsoDate, dedicatedUnit?: string): boolean {
  const dossier = record.dossier;
  if (dossier?.appraiser !== 'dedicated_unit') return false;
  if (dossier.appraised !== undefined && dossier.appraised > asOf) return false;
  const unit = dossier.appraised_by ?? dedicatedUnit;
  if (unit === undefined || unit.trim() === '') return false;
  return ownerKey(unit) === ownerKey(record.operator ?? record.owner);
}

function judgementNote(record: SystemRecord, judged: Judgement, current: Classification | undefined): Note | undefined {
  const level = record.level;
  const date = record.approval?.date;
  const min = judged.minimumLevel ?? '—';
  const cur = current?.minimumLevel ?? '—';
  if (judged.reason === 'art45' && date !== undefined) {
    return {
      id: 'art45',
      text: localize(
        {
          vi: 'cấp độ {level} được phê duyệt ngày {d} theo chế độ cũ tiếp tục có hiệu lực (khoản 1 Điều 45 Luật An ninh mạng số 116/2025/QH15): đối chiếu theo tiêu chí của Nghị định số 85/2016/NĐ-CP (tối thiểu {min}); theo Nghị định số 331/2026/NĐ-CP tối thiểu {cur}; xác định lại cấp độ khi hệ thống thay đổi',
          en: 'level {level} approved on {date} under the legacy regime stays valid (Law 116 Art 45.1): judged by the Decree 85 criteria (minimum {min}); Decree 331 minimum {cur}; the level is re-determined on the next change of the system',
        },
        { level: level ?? '—', d: vi(date), date, min, cur },
      ),
    };
  }
  if (judged.reason === 'interim' && date !== undefined) {
    return {
      id: 'interim',
      text: localize(
        {
          vi: 'cấp độ {level} được phê duyệt ngày {d}, trước khi Nghị định số 331/2026/NĐ-CP có hiệu lực (19/08/2026): đối chiếu theo tiêu chí của Nghị định số 85/2016/NĐ-CP (tối thiểu {min}; cách hiểu tạm thời); theo Nghị định số 331/2026/NĐ-CP tối thiểu {cur}',
          en: 'level {level} approved on {date}, before Decree 331 took effect (2026-08-19): judged by the Decree 85 criteria (minimum {min}; provisional reading); Decree 331 minimum {cur}',
        },
        { level: level ?? '—', d: vi(date), date, min, cur },
      ),
    };
  }
  if (judged.reason === 't2') {
    return {
      id: 't2',
      text: localize(
        {
          vi: 'hệ thống đầu tư xây dựng trước 01/07/2026: thẩm định, phê duyệt cấp độ theo Nghị định số 85/2016/NĐ-CP, hoàn thành trước 31/12/2026 (khoản 1 Điều 39 Nghị định số 331/2026/NĐ-CP); tối thiểu {min} theo tiêu chí cũ, {cur} theo tiêu chí mới',
          en: 'under investment before 2026-07-01: its level is appraised and approved under Decree 85 by 2026-12-31 (Decree 331 Art 39.1); minimum {min} by the legacy criteria, {cur} by the current ones',
        },
        { min, cur },
      ),
    };
  }
  return undefined;
}

/**
 * Classifies one system. `criteria` is the table the minimum is computed with; `dedicatedUnit`
 * names the owner's dedicated cybersecurity unit when the inventory's dossier does not.
 */
export function classifySystem(record: SystemRecord, asOf: IsoDate, criteria: RegimeId, dedicatedUnit?: string): SystemClassification {
  const facts = record.classification;
  const result = classifyFacts(facts, criteria);
  const approved = approvedLevel(record, asOf);
  const proposedLevel = record.proposed_level ?? null;
  const judgedLevel = approved ?? proposedLevel;
  const held = judgedCriteria(record, asOf, criteria);
  const judgedResult = held.criteria === criteria ? result : classifyFacts(facts, held.criteria);
  const judged: Judgement = {
    ...held,
    minimumLevel: judgedResult.minimumLevel,
    ...(judgedResult.matched[0] ? { deciding: judgedResult.matched[0] } : {}),
  };
  const underLevel = judgedLevel !== null && judged.minimumLevel !== null && judgedLevel < judged.minimumLevel;
  // Beside a legacy judgement, the current table's minimum (when the current criteria are in force).
  const current = held.criteria !== criteria ? result : undefined;
  const currentHigher =
    current !== undefined &&
    current.minimumLevel !== null &&
    current.minimumLevel > (judged.minimumLevel ?? 0) &&
    judgedLevel !== null &&
    current.minimumLevel > judgedLevel;
  const authorityLevel = Math.max(result.minimumLevel ?? 0, judgedLevel ?? 0) || null;
  const authority =
    authorityLevel === null
      ? null
      : authorityFor(authorityLevel, criteria, {
          nationalSecurityCritical: facts?.national_security_critical === true,
          conflicted: conflictedAppraisal(record, asOf, dedicatedUnit),
        });
  const note = judgementNote(record, judged, current);
  return {
    record,
    criteria,
    result,
    hasFacts: facts !== undefined,
    proposedLevel,
    approvedLevel: approved,
    judgedLevel,
    judged,
    underLevel,
    currentHigher,
    authority,
    authorityLevel,
    notes: note ? [...result.notes, note] : result.notes,
  };
}

/** A localized "level N (approved|proposed)" for messages. */
export function judgedLevelText(c: SystemClassification): Localized {
  return c.approvedLevel !== null
    ? localize({ vi: 'cấp độ đã phê duyệt là cấp độ {l}', en: 'approved level {l}' }, { l: c.approvedLevel })
    : localize({ vi: 'cấp độ đề xuất là cấp độ {l}', en: 'proposed level {l}' }, { l: c.proposedLevel ?? '—' });
}
