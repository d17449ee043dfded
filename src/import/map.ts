// Rows of a Form 08 table (or of a plain sheet with the inventory's own headers) into inventory
// systems. Every cell that cannot be mapped is reported with its sheet, row and column and its
// text is kept in the system's `attributes` (form08_col<N> or the header's name), so nothing is
// dropped silently; near-miss values are mapped with a warning.
import { localize, type Localized } from '../i18n/lang.js';
import { systemSchema } from '../model/inventory-schema.js';
import { parseCalendarDate, type IsoDate } from '../util/date.js';
import type { CellValue, GridRow, GridSheet } from './grid.js';
import { findLayout, fold, type FormColumn, type InventoryColumn, type Layout } from './headers.js';
import { cellText, parseAssessments, parseDate, parseDecision, parseDeployment, parseLevel, parseStatus, type Parsed } from './values.js';

export interface ImportProblem {
  severity: 'error' | 'warning';
  sheet: string;
  row?: number;
  column?: string;
  message: Localized;
}

export type SystemObject = Record<string, unknown>;

export interface ImportedFile {
  organization?: string;
  systems: SystemObject[];
  /** Where the rows came from, for the file's header comment. */
  sheet: string;
  rows: [number, number];
}

export interface ImportResult {
  files: ImportedFile[];
  problems: ImportProblem[];
  layout?: Layout['kind'];
  rowsRead: number;
  systems: number;
  /** Column (12) carries no dates: imported assessments are dated on this cut-off. */
  cutOff?: IsoDate;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** An ASCII id from a Vietnamese name: "Cổng thông tin điện tử" → "cong-thong-tin-dien-tu". */
export function slug(name: string): string {
  const s = fold(name).replace(/[._]/g, ' ').trim().replace(/\s+/g, '-').slice(0, 60).replace(/-+$/, '');
  return s || 'he-thong';
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let i = 2; used.has(id); i += 1) id = `${base}-${i}`;
  used.add(id);
  return id;
}

/** The end of the data period printed above the table ("… đến ngày 14/12/2026"), if any. */
function cutOffIn(rows: readonly GridRow[], before: number): IsoDate | undefined {
  for (const row of rows) {
    if (row.number >= before) break;
    for (const v of row.cells) {
      const m = typeof v === 'string' ? /đến ngày (\d{1,2}\/\d{1,2}\/\d{4})/u.exec(v) : null;
      if (m) return parseCalendarDate(m[1]!);
    }
  }
  return undefined;
}

interface RowContext {
  sheet: string;
  row: GridRow;
  problems: ImportProblem[];
  attributes: Record<string, string | number | boolean>;
}

/** Attribute keys for the columns that match no field: the folded header, made unique. */
function extraColumnKeys(unknown: readonly [number, string][]): [number, string][] {
  const used = new Set<string>();
  return unknown.map(([index, text]) => {
    const base = fold(text).replace(/[.\s]+/g, '_').replace(/^_+|_+$/g, '') || `column_${columnLetter(index).toLowerCase()}`;
    let key = base;
    for (let i = 2; used.has(key); i += 1) key = `${base}_${i}`;
    used.add(key);
    return [index, key];
  });
}

/** Free text of the columns that match no field is kept, as it was, in the system's attributes. */
function keepExtraColumns(ctx: RowContext, extra: readonly [number, string][]): void {
  for (const [index, key] of extra) {
    const value = ctx.row.cells[index] ?? null;
    if (value === null || cellText(value) === '') continue;
    ctx.attributes[key] = typeof value === 'number' || typeof value === 'boolean' ? value : cellText(value);
  }
}

function take<T>(ctx: RowContext, index: number | undefined, parse: (v: CellValue) => Parsed<T>, keep: string): T | undefined {
  if (index === undefined) return undefined;
  const value = ctx.row.cells[index] ?? null;
  if (value === null || cellText(value) === '') return undefined;
  const parsed = parse(value);
  const where = { sheet: ctx.sheet, row: ctx.row.number, column: columnLetter(index) };
  if (parsed.ok) {
    if (parsed.warning) ctx.problems.push({ severity: 'warning', ...where, message: parsed.warning });
    return parsed.value;
  }
  ctx.attributes[keep] = cellText(value);
  ctx.problems.push({
    severity: 'error',
    ...where,
    message: localize({ vi: '{p}; giữ nguyên văn bản trong attributes.{k}', en: '{p}; text kept in attributes.{k}' }, { p: parsed.problem, k: keep }),
  });
  return undefined;
}

const textCell = (v: CellValue): Parsed<string> => ({ ok: true, value: cellText(v) });

function formRow(ctx: RowContext, columns: Map<FormColumn, number>, cutOff: IsoDate | undefined): { system: SystemObject; organization?: string } | undefined {
  const get = <T>(column: FormColumn, parse: (v: CellValue) => Parsed<T>): T | undefined => take(ctx, columns.get(column), parse, `form08_col${column}`);
  const name = get(2, textCell);
  if (!name) {
    ctx.problems.push({
      severity: 'error',
      sheet: ctx.sheet,
      row: ctx.row.number,
      ...(columns.get(2) !== undefined ? { column: columnLetter(columns.get(2)!) } : {}),
      message: { vi: 'dòng có dữ liệu nhưng không có tên hệ thống (cột 2): không nhập được', en: 'a row with data but no system name (column 2): not imported' },
    });
    return undefined;
  }
  const organization = get(3, textCell);
  const operator = get(4, textCell);
  const level = get(5, parseLevel);
  const status = get(6, parseStatus);
  const decision = get(7, parseDecision);
  const regulation = get(8, parseDecision);
  const expectedApproval = get(9, parseDate);
  const plan = get(10, parseDeployment);
  const planExpected = get(11, parseDate);
  const assessed = get(12, parseAssessments);
  const system: SystemObject = { name, owner: operator ?? organization ?? '' };
  if (!system.owner) {
    ctx.problems.push({ severity: 'error', sheet: ctx.sheet, row: ctx.row.number, message: { vi: 'không có đơn vị vận hành (cột 4) lẫn chủ quản (cột 3): "owner" để trống', en: 'no operator (column 4) nor owner (column 3): "owner" left empty' } });
  }
  if (operator) system.operator = operator;
  const approved = status === 'approved' && decision !== undefined;
  if (approved && level !== undefined) {
    system.level = level;
    system.approval = { decision: decision.decision, date: decision.date, ...(decision.by ? { body: decision.by } : {}) };
  } else {
    if (level !== undefined) system.proposed_level = level;
    if (decision !== undefined) {
      ctx.attributes.form08_col7 = cellText(ctx.row.cells[columns.get(7)!] ?? null);
      ctx.problems.push({
        severity: 'warning',
        sheet: ctx.sheet,
        row: ctx.row.number,
        column: columnLetter(columns.get(7)!),
        message: { vi: 'có quyết định phê duyệt nhưng cột (6) không ghi "Đã được phê duyệt": giữ trong attributes.form08_col7', en: 'an approval decision, but column (6) is not "Đã được phê duyệt": kept in attributes.form08_col7' },
      });
    }
  }
  if (regulation !== undefined) {
    if (regulation.by) system.regulation = { decision: regulation.decision, date: regulation.date, issuer: regulation.by };
    else {
      ctx.attributes.form08_col8 = cellText(ctx.row.cells[columns.get(8)!] ?? null);
      ctx.problems.push({ severity: 'warning', sheet: ctx.sheet, row: ctx.row.number, column: columnLetter(columns.get(8)!), message: { vi: 'quy chế không ghi cơ quan ban hành: giữ trong attributes.form08_col8', en: 'the regulation names no issuer: kept in attributes.form08_col8' } });
    }
  }
  if (status !== undefined) {
    system.dossier = { status, ...(expectedApproval !== undefined && !approved ? { expected_approval: expectedApproval } : {}) };
  } else if (expectedApproval !== undefined) {
    ctx.attributes.form08_col9 = cellText(ctx.row.cells[columns.get(9)!] ?? null);
  }
  if (plan !== undefined) system.protection_plan = plan;
  if (planExpected !== undefined) system.protection_plan_expected = planExpected;
  if (assessed && (assessed.preOperation || assessed.periodic)) {
    if (cutOff === undefined) {
      ctx.attributes.form08_col12 = cellText(ctx.row.cells[columns.get(12)!] ?? null);
    } else {
      const audits: SystemObject[] = [];
      if (assessed.preOperation) audits.push({ date: cutOff, kind: 'pre_operation', report: 'Mẫu số 08, cột (12)' });
      if (assessed.periodic) audits.push({ date: cutOff, kind: 'periodic', report: 'Mẫu số 08, cột (12)' });
      system.audits = audits;
    }
  }
  return { system, ...(organization ? { organization } : {}) };
}

function setPath(target: SystemObject, key: string, value: unknown): void {
  const [head, tail] = key.split('.') as [string, string | undefined];
  if (tail === undefined) target[head] = value;
  else target[head] = { ...((target[head] as SystemObject | undefined) ?? {}), [tail]: value };
}

const DATE_KEYS = new Set(['go_live', 'security_conclusion', 'last_audit', 'investment_start', 'protection_plan_expected', 'approval.date', 'regulation.date', 'dossier.submitted', 'dossier.appraised', 'dossier.expected_approval']);

function inventoryRow(ctx: RowContext, columns: Map<InventoryColumn, number>): { system: SystemObject; organization?: string } | undefined {
  const system: SystemObject = {};
  let organization: string | undefined;
  for (const [key, index] of columns) {
    const parse = DATE_KEYS.has(key) ? parseDate : key === 'level' || key === 'proposed_level' ? parseLevel : textCell;
    const value = take(ctx, index, parse as (v: CellValue) => Parsed<unknown>, key.replace('.', '_'));
    if (value === undefined) continue;
    if (key === 'organization') organization = value as string;
    else setPath(system, key, value);
  }
  if (!system.name && !system.id) {
    ctx.problems.push({ severity: 'error', sheet: ctx.sheet, row: ctx.row.number, message: { vi: 'dòng có dữ liệu nhưng không có id lẫn name: không nhập được', en: 'a row with data but neither id nor name: not imported' } });
    return undefined;
  }
  return { system, ...(organization ? { organization } : {}) };
}

export interface MapOptions {
  /** The cut-off to date column (12) assessments on when the sheet does not print its period. */
  defaultCutOff: IsoDate;
}

export function mapSheets(sheets: readonly GridSheet[], options: MapOptions): ImportResult {
  const problems: ImportProblem[] = [];
  const result: ImportResult = { files: [], problems, rowsRead: 0, systems: 0 };
  // The sheet whose header row names the most known columns (a workbook may hold other tables).
  let sheet: GridSheet | undefined;
  let best = 0;
  for (const candidate of sheets) {
    const found = findLayout(candidate.rows);
    const score = found ? found.layout.columns.size : 0;
    if (score > best) [sheet, best] = [candidate, score];
  }
  if (!sheet) {
    problems.push({
      severity: 'error',
      sheet: sheets.map((s) => s.name).join(', ') || '—',
      message: {
        vi: 'không tìm thấy hàng tiêu đề: cần bảng phần 3 của Mẫu số 08 (STT, Tên HTTT, …) hoặc các cột mang tên khóa của tệp danh mục (id, name, owner, …)',
        en: 'no header row found: expected the part-3 table of Form 08 (STT, Tên HTTT, …) or columns named after inventory keys (id, name, owner, …)',
      },
    });
    return result;
  }
  const { layout, unknown } = findLayout(sheet.rows)!;
  result.layout = layout.kind;
  const extra = extraColumnKeys(unknown);
  unknown.forEach(([index, text], i) => {
    problems.push({
      severity: 'warning',
      sheet: sheet.name,
      row: layout.headerRow,
      column: columnLetter(index),
      message: localize({ vi: 'cột "{t}" không tương ứng với trường nào: giữ trong attributes.{k}', en: 'column "{t}" matches no field: kept in attributes.{k}' }, { t: text, k: extra[i]![1] }),
    });
  });
  for (const other of sheets) {
    if (other !== sheet && other.rows.length > 0) {
      problems.push({ severity: 'warning', sheet: other.name, message: localize({ vi: 'chỉ nhập trang "{s}"; trang này không được đọc', en: 'only sheet "{s}" is imported; this sheet was not read' }, { s: sheet.name }) });
    }
  }
  if (sheet.truncatedRows > 0) {
    problems.push({ severity: 'error', sheet: sheet.name, message: localize({ vi: '{n} dòng sau dòng thứ 20000 không được đọc (giới hạn)', en: '{n:row|rows} after row 20000 were not read (limit)' }, { n: sheet.truncatedRows }) });
  }
  const cutOff = layout.kind === 'form08' ? (cutOffIn(sheet.rows, layout.headerRow) ?? options.defaultCutOff) : undefined;
  if (cutOff !== undefined) result.cutOff = cutOff;
  const used = new Set<string>();
  const byOrganization = new Map<string, ImportedFile>();
  for (const row of sheet.rows.slice(layout.dataStart)) {
    if (row.cells.every((v) => v === null || cellText(v) === '')) continue;
    result.rowsRead += 1;
    const ctx: RowContext = { sheet: sheet.name, row, problems, attributes: {} };
    const mapped = layout.kind === 'form08' ? formRow(ctx, layout.columns, cutOff) : inventoryRow(ctx, layout.columns);
    if (!mapped) continue;
    keepExtraColumns(ctx, extra);
    const { system } = mapped;
    const id = typeof system.id === 'string' && system.id ? system.id : slug(String(system.name ?? ''));
    const ordered: SystemObject = { id: uniqueId(id, used), ...Object.fromEntries(Object.entries(system).filter(([k]) => k !== 'id')) };
    if (Object.keys(ctx.attributes).length > 0) ordered.attributes = { ...((ordered.attributes as SystemObject | undefined) ?? {}), ...ctx.attributes };
    const check = systemSchema.safeParse(ordered);
    if (!check.success) {
      // A missing owner is already reported in the row's own words.
      for (const issue of check.error.issues.filter((i) => !(i.path[0] === 'owner' && !ordered.owner)).slice(0, 5)) {
        problems.push({ severity: 'error', sheet: sheet.name, row: row.number, message: localize({ vi: 'hệ thống nhập được chưa hợp lệ: {p}: {m}', en: 'the imported system is not valid: {p}: {m}' }, { p: issue.path.join('.') || '—', m: issue.message }) });
      }
    }
    const key = mapped.organization ?? '';
    let file = byOrganization.get(key);
    if (!file) {
      file = { ...(mapped.organization ? { organization: mapped.organization } : {}), systems: [], sheet: sheet.name, rows: [row.number, row.number] };
      byOrganization.set(key, file);
      result.files.push(file);
    }
    file.systems.push(ordered);
    file.rows[1] = row.number;
    result.systems += 1;
  }
  return result;
}
