// Which column holds what: header cells are compared after folding accents, case, "đ", spaces
// and punctuation, so "Tên HTTT", "TÊN HỆ THỐNG THÔNG TIN" and "ten he thong thong tin (2)" are
// the same header. Two layouts are known: the Form 08 part-3 table (abbreviated or written-out
// headers) and a plain sheet whose headers are the inventory's own keys (dotted for nested ones).
import { COLUMN_HEADERS, COLUMN_HEADERS_EXPANDED } from '../form08/labels.js';
import type { GridRow } from './grid.js';

/** Accent-, case- and punctuation-insensitive form of a header or a value. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\(\s*\d+\s*\)/g, ' ')
    .replace(/[^a-z0-9._]+/g, ' ')
    .trim();
}

/** The Form 08 columns, by number (1–12). */
export type FormColumn = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

const FORM_HEADERS = new Map<string, FormColumn>();
COLUMN_HEADERS.forEach((h, i) => FORM_HEADERS.set(fold(h), (i + 1) as FormColumn));
COLUMN_HEADERS_EXPANDED.forEach((h, i) => FORM_HEADERS.set(fold(h), (i + 1) as FormColumn));
// Spellings seen in practice.
for (const [text, column] of [
  ['TT', 1], ['Số TT', 1], ['Tên hệ thống', 2], ['Chủ quản', 3], ['Cơ quan chủ quản', 3], ['Đơn vị vận hành', 4],
  ['Cấp độ', 5], ['Tình trạng phê duyệt', 6], ['Quyết định phê duyệt', 7], ['Quy chế bảo đảm ANM', 8],
  ['Quy chế bảo đảm an ninh mạng', 8], ['Dự kiến thời điểm phê duyệt', 9], ['Đã triển khai đầy đủ phương án', 10],
  ['Dự kiến thời điểm triển khai đầy đủ', 11], ['Đã kiểm tra, đánh giá', 12],
] as const) FORM_HEADERS.set(fold(text), column);

/** Inventory keys a plain sheet may use as headers (dotted for nested objects). */
export const INVENTORY_COLUMNS = [
  'id', 'name', 'owner', 'operator', 'status', 'level', 'proposed_level', 'protection_plan', 'protection_plan_expected',
  'go_live', 'security_conclusion', 'last_audit', 'investment_start',
  'approval.decision', 'approval.date', 'approval.body',
  'regulation.decision', 'regulation.date', 'regulation.issuer',
  'dossier.status', 'dossier.submitted', 'dossier.appraised', 'dossier.appraised_by', 'dossier.appraiser', 'dossier.expected_approval',
  'organization',
] as const;
export type InventoryColumn = (typeof INVENTORY_COLUMNS)[number];
const INVENTORY_HEADERS = new Map<string, InventoryColumn>(INVENTORY_COLUMNS.map((k) => [fold(k), k]));

export type Layout =
  | { kind: 'form08'; headerRow: number; columns: Map<FormColumn, number>; dataStart: number }
  | { kind: 'inventory'; headerRow: number; columns: Map<InventoryColumn, number>; dataStart: number };

/** Header cells that matched nothing, for the report: [column index, text]. */
export interface HeaderMatch {
  layout: Layout;
  unknown: [number, string][];
}

const SCAN_ROWS = 60;

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

/**
 * The header row: the first of the sheet's first rows where at least three cells name a known
 * column (Form 08 first). A row of "(1) … (12)" right after a Form 08 header is skipped.
 */
export function findLayout(rows: readonly GridRow[]): HeaderMatch | undefined {
  for (const row of rows.slice(0, SCAN_ROWS)) {
    const form = new Map<FormColumn, number>();
    const inventory = new Map<InventoryColumn, number>();
    const unknownForm: [number, string][] = [];
    const unknownInventory: [number, string][] = [];
    row.cells.forEach((value, index) => {
      const text = textOf(value);
      if (!text.trim()) return;
      const key = fold(text);
      const f = FORM_HEADERS.get(key);
      // A header merged across columns repeats in each: the first one counts.
      if (f !== undefined) {
        if (!form.has(f)) form.set(f, index);
      } else unknownForm.push([index, text]);
      const k = INVENTORY_HEADERS.get(key);
      if (k !== undefined) {
        if (!inventory.has(k)) inventory.set(k, index);
      } else unknownInventory.push([index, text]);
    });
    const index = rows.indexOf(row);
    if (form.size >= 3 && form.has(2)) {
      const next = rows[index + 1];
      const numbered = next !== undefined && next.cells.filter((v) => /^\(\s*\d+\s*\)$/.test(textOf(v).trim())).length >= 3;
      return { layout: { kind: 'form08', headerRow: row.number, columns: form, dataStart: index + (numbered ? 2 : 1) }, unknown: unknownForm };
    }
    if (inventory.size >= 3 && (inventory.has('name') || inventory.has('id'))) {
      return { layout: { kind: 'inventory', headerRow: row.number, columns: inventory, dataStart: index + 1 }, unknown: unknownInventory };
    }
  }
  return undefined;
}
