// What the three Form 08 writers (DOCX, XLSX, HTML) print beyond the form itself — the period
// line, the annexes, the appendix of findings — as plain blocks, so they print the same words.
import type { Lang } from '../../i18n/lang.js';
import { decisionText, vnDate } from '../../form08/cells.js';
import type { FormFinding } from '../../form08/checks.js';
import type { Form08Document } from '../../form08/model.js';
import { formatLocation } from '../../errors.js';

// XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and lone surrogates: one of them (an inventory
// may hold "\u0007" in a quoted string) would make Word refuse the whole document.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text that can go into an OOXML part (DOCX, XLSX). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'table'; headers: string[]; rows: string[][]; widths: number[] };

export function periodLine(doc: Form08Document): string {
  return `Kỳ báo cáo: từ ngày ${vnDate(doc.period.from)} đến ngày ${vnDate(doc.period.to)}`;
}

/** The annexes in the document's language (Vietnamese); an omitted one is a note saying why, in both languages. */
export function annexBlocks(doc: Form08Document): Block[] {
  const { nationalCritical, regulation, planRequirements } = doc.annexes;
  const blocks: Block[] = [];
  blocks.push({ kind: 'heading', text: nationalCritical.title });
  if ('rows' in nationalCritical) {
    blocks.push({
      kind: 'table',
      headers: ['STT', 'Tên HTTT', 'Cấp độ đề xuất'],
      widths: [8, 72, 20],
      rows: nationalCritical.rows.map((r, i) => [String(i + 1), r.name, r.level !== undefined ? String(r.level) : '']),
    });
    if (nationalCritical.rows.length === 0) blocks.push({ kind: 'note', text: 'Không có hệ thống thông tin nào.' });
  } else {
    blocks.push({ kind: 'note', text: `${nationalCritical.omitted.vi} (${nationalCritical.omitted.en})` });
  }
  blocks.push({ kind: 'heading', text: regulation.title });
  if ('rows' in regulation) {
    blocks.push({
      kind: 'table',
      headers: ['STT', 'Tên HTTT', 'Quy chế bảo đảm ANM cho hệ thống', 'Ngày phê duyệt cấp độ', 'Quy chế ban hành trước khi phê duyệt cấp độ'],
      widths: [6, 30, 34, 14, 16],
      rows: regulation.rows.map((r, i) => [
        String(i + 1),
        r.name,
        decisionText(r.regulation, r.regulation.issuer),
        r.approval ? vnDate(r.approval) : '',
        r.beforeApproval === undefined ? '' : r.beforeApproval ? 'Có' : 'Không',
      ]),
    });
  } else {
    blocks.push({ kind: 'note', text: `${regulation.omitted.vi} (${regulation.omitted.en})` });
  }
  blocks.push({ kind: 'heading', text: planRequirements.title });
  if ('omitted' in planRequirements) blocks.push({ kind: 'note', text: `${planRequirements.omitted.vi} (${planRequirements.omitted.en})` });
  return blocks;
}

export function appendixTitle(lang: Lang): string {
  return lang === 'vi' ? 'Phụ lục: kết quả kiểm tra tính nhất quán của báo cáo (attt-audit)' : 'Appendix: consistency checks of this report (attt-audit)';
}

/** One finding as a line: severity, rule, where (row and column, or file:line:col), message. */
export function findingLine(f: FormFinding, lang: Lang): string {
  const severity = f.severity === 'error' ? (lang === 'vi' ? 'lỗi' : 'error') : lang === 'vi' ? 'cảnh báo' : 'warning';
  const where = f.file && f.position ? ` ${formatLocation({ file: f.file, line: f.position.line, column: f.position.column })}` : '';
  return `${severity} ${f.rule}${where}: ${f.message[lang]}`;
}
