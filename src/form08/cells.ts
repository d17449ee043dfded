// The text of every cell of the form, exactly as the DOCX, the workbook and the preview print it.
// One function per part, so a test that reads any of the three back compares with the same text.
import type { IsoDate } from '../util/date.js';
import type { Decision } from './facts.js';
import type { Party } from './organization.js';
import { ASSESSMENT_SEPARATOR, ASSESSMENT_VALUES, DEPLOYMENT_VALUES, PART1_KEYS, STATUS_VALUES, vnDate, type Part1Key, type Part2Key } from './labels.js';
import type { Form08Row, Part1 } from './model.js';

export { vnDate };

/** "số …, ngày dd/mm/yyyy, cơ quan": the form asks for number, date and body; the importer splits on the same words. */
export function decisionText(decision: { decision: string; date: IsoDate }, body: string | undefined): string {
  return `${decision.decision} ngày ${vnDate(decision.date)}${body?.trim() ? ` của ${body.trim()}` : ''}`;
}

export function regulationText(regulation: Decision): string {
  return decisionText(regulation, regulation.issuer);
}

export function assessmentText(assessed: Form08Row['assessed']): string {
  const parts: string[] = [];
  if (assessed.preOperation) parts.push(ASSESSMENT_VALUES.preOperation);
  if (assessed.periodic) parts.push(ASSESSMENT_VALUES.periodic);
  return parts.join(ASSESSMENT_SEPARATOR);
}

/** The 12 cells of a part-3 row; empty text for an empty cell. */
export function rowCells(row: Form08Row): string[] {
  return [
    String(row.stt),
    row.name,
    row.owner ?? '',
    row.operator,
    row.level !== undefined ? String(row.level) : '',
    row.status !== undefined ? STATUS_VALUES[row.status] : '',
    row.approval ? decisionText(row.approval, row.approval.body) : '',
    row.regulation ? regulationText(row.regulation) : '',
    row.expectedApproval ? vnDate(row.expectedApproval) : '',
    DEPLOYMENT_VALUES[row.deployment],
    row.expectedDeployment ? vnDate(row.expectedDeployment) : '',
    assessmentText(row.assessed),
  ];
}

/** Part 1 values: counts as numbers, line 7 as a date, or "Đã hoàn thành" when nothing is left to approve. */
export function part1Value(part1: Part1, key: Part1Key): string {
  if (key === 'expectedCompletion') {
    if (part1.expectedCompletion !== undefined) return vnDate(part1.expectedCompletion);
    return part1.allApproved ? 'Đã hoàn thành' : '';
  }
  return String(part1[key]);
}

export function part1Lines(part1: Part1): { key: Part1Key; value: string }[] {
  return PART1_KEYS.map((key) => ({ key, value: part1Value(part1, key) }));
}

/** Part 2: the five numbered items of one block, as "(n) label: value". */
export function part2Items(party: Party | undefined, labels: Readonly<Record<Part2Key, string>>): { label: string; value: string }[] {
  const p = party ?? {};
  const join = (...parts: (string | undefined)[]): string => parts.filter((x) => x?.trim()).join(', ');
  const contact = [p.phone ? `Số điện thoại: ${p.phone}` : undefined, p.email ? `Thư điện tử: ${p.email}` : undefined].filter(Boolean).join('; ');
  return [
    { label: `(1) ${labels.name}`, value: p.name ?? '' },
    { label: `(2) ${labels.mandate}`, value: p.mandate ?? '' },
    { label: `(3) ${labels.representative}`, value: join(p.representative, p.title) },
    // The form prints item (4) as "…hệ thống thông tin;" (list punctuation): the value follows a colon instead.
    { label: `(4) ${labels.address.replace(/;$/, '')}`, value: p.address ?? '' },
    { label: `(5) ${labels.contact}`, value: contact },
  ];
}
