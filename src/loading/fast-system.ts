// The common case of system validation without zod: a system that is plainly valid becomes the
// same record `systemSchema` would produce (same keys, same order, same defaults, dates in ISO).
// Anything else — an error, or merely something unusual — returns undefined and goes through zod,
// which stays the single source of truth for what is valid and for every message.
// test/loading/fast-system.test.ts checks that both agree on fixtures and generated inventories.
import {
  CONSTRUCTION_GRADES,
  DECIDERS,
  HARMS,
  INFORMATION_TYPES,
  INFRASTRUCTURE_SCOPES,
  LAYERS,
  PLAN_STATES,
  STATUSES,
  SYSTEM_TYPES,
} from '../model/vocabulary.js';
import type { SystemRecord } from '../model/inventory-schema.js';
import { systemIdProblem } from '../model/system-id.js';
import { isValidYmd, parseCalendarDate, type IsoDate } from '../util/date.js';

type Raw = Record<string, unknown>;

const SYSTEM_KEYS = new Set([
  'id', 'name', 'owner', 'status', 'level', 'approval', 'proposed_level', 'protection_plan', 'protection_plan_expected',
  'go_live', 'security_conclusion', 'audits', 'last_audit', 'layers', 'drills', 'waivers', 'attributes', 'classification',
]);
const RESULTS = ['pass', 'partial', 'fail'];
/** Only the plainest date spellings; anything else (spaces, other digits) is left to zod. */
const PLAIN_DATE = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})$/;

/** Thrown to give up on the fast path; the caller then asks zod. */
const GIVE_UP = Symbol('give up');

function isPlainObject(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function object(value: unknown, keys: readonly string[]): Raw {
  if (!isPlainObject(value)) throw GIVE_UP;
  for (const key in value) if (!keys.includes(key)) throw GIVE_UP;
  return value;
}

/** Non-empty text; text that trimming would change is left to zod (the record keeps the raw id). */
function text(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.trim() !== value) throw GIVE_UP;
  return value;
}

/** An id zod would refuse (spaces at the ends, invisible characters) is left to zod for its message. */
function systemId(value: unknown): string {
  const id = text(value);
  if (systemIdProblem(id)) throw GIVE_UP;
  return id;
}

function string(value: unknown): string {
  if (typeof value !== 'string') throw GIVE_UP;
  return value;
}

/** Inventories repeat a few thousand dates many times: each spelling is checked once. */
const knownDates = new Map<string, IsoDate | null>();

function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 0x30;
  return d >= 0 && d <= 9 ? d : NaN;
}

/**
 * True for a possible date already written `YYYY-MM-DD` (almost every date): it is its own ISO
 * form. The same calendar check as parseCalendarDate, without its regular expression and map.
 */
function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return false;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  return isValidYmd(year, digit(text, 5) * 10 + digit(text, 6), digit(text, 8) * 10 + digit(text, 9));
}

function date(value: unknown): IsoDate {
  if (typeof value !== 'string') throw GIVE_UP;
  if (isIsoDate(value)) return value;
  let iso = knownDates.get(value);
  if (iso === undefined) {
    iso = PLAIN_DATE.test(value) ? (parseCalendarDate(value) ?? null) : null;
    if (knownDates.size > 50_000) knownDates.clear();
    knownDates.set(value, iso);
  }
  if (iso === null) throw GIVE_UP;
  return iso;
}

function level(value: unknown): number {
  if (value !== 1 && value !== 2 && value !== 3 && value !== 4 && value !== 5) throw GIVE_UP;
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw GIVE_UP;
  return value as T;
}

function list(value: unknown, item: (value: unknown) => Raw): Raw[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw GIVE_UP;
  return value.map(item);
}

/** Copies optional keys in the schema's order; absent keys stay absent. */
function optional(out: Raw, source: Raw, key: string, convert: (value: unknown) => unknown): void {
  if (source[key] !== undefined) out[key] = convert(source[key]);
  else if (key in source) throw GIVE_UP;
}

const auditRecord = (value: unknown): Raw => {
  const a = object(value, ['date', 'result', 'by', 'report']);
  const out: Raw = { date: date(a.date) };
  optional(out, a, 'result', (v) => oneOf(v, RESULTS));
  optional(out, a, 'by', string);
  optional(out, a, 'report', string);
  return out;
};

const drillRecord = (value: unknown): Raw => {
  const d = object(value, ['date', 'kind', 'note']);
  const out: Raw = { date: date(d.date) };
  optional(out, d, 'kind', string);
  optional(out, d, 'note', string);
  return out;
};

const waiverRecord = (value: unknown): Raw => {
  const w = object(value, ['rule', 'reason', 'expires', 'approved_by', 'layer']);
  const out: Raw = { rule: text(w.rule), reason: text(w.reason), expires: date(w.expires) };
  optional(out, w, 'approved_by', string);
  optional(out, w, 'layer', (v) => oneOf(v, LAYERS));
  return out;
};

function layers(value: unknown): Raw {
  if (value === undefined) return {};
  const l = object(value, LAYERS);
  const out: Raw = {};
  for (const key in l) {
    const v = l[key];
    if (typeof v === 'boolean') {
      out[key] = v;
    } else {
      const e = object(v, ['since', 'until', 'provider', 'evidence']);
      const evidence: Raw = {};
      optional(evidence, e, 'since', date);
      optional(evidence, e, 'until', date);
      optional(evidence, e, 'provider', string);
      optional(evidence, e, 'evidence', string);
      out[key] = evidence;
    }
  }
  return out;
}

function attributes(value: unknown): Raw {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw GIVE_UP;
  const out: Raw = {};
  for (const key in value) {
    const v = value[key];
    if (key === '__proto__') throw GIVE_UP;
    if (!(v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) throw GIVE_UP;
    out[key] = v;
  }
  return out;
}

function boolean(value: unknown): boolean {
  if (typeof value !== 'boolean') throw GIVE_UP;
  return value;
}

function count(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw GIVE_UP;
  return value;
}

/** The `classification:` keys in the schema's order, each with the plain check of its value. */
const CLASSIFICATION: readonly [string, (value: unknown) => unknown][] = [
  ['information', (v) => {
    if (!Array.isArray(v)) throw GIVE_UP;
    return v.map((i) => oneOf(i, INFORMATION_TYPES));
  }],
  ['national_security_harm', (v) => oneOf(v, HARMS)],
  ['type', (v) => oneOf(v, SYSTEM_TYPES)],
  ['administrative_procedure', boolean],
  ['conditional_business', boolean],
  ['data_subjects', (v) => {
    const d = object(v, ['basic', 'sensitive']);
    const out: Raw = {};
    optional(out, d, 'basic', count);
    optional(out, d, 'sensitive', count);
    return out;
  }],
  ['users', count],
  ['infrastructure_scope', (v) => oneOf(v, INFRASTRUCTURE_SCOPES)],
  ['national_e_government_24x7', boolean],
  ['construction_grade', (v) => oneOf(v, CONSTRUCTION_GRADES)],
  ['national_data_central', boolean],
  ['national_security_critical', boolean],
  ['risk_level', level],
  ['decided_level', level],
  ['decided_by', (v) => oneOf(v, DECIDERS)],
];
const CLASSIFICATION_KEYS = CLASSIFICATION.map(([key]) => key);

function classification(value: unknown): Raw {
  const c = object(value, CLASSIFICATION_KEYS);
  const out: Raw = {};
  for (const [key, convert] of CLASSIFICATION) optional(out, c, key, convert);
  return out;
}

/** The record zod would produce for a plainly valid system, or undefined to let zod decide. */
export function fastSystemRecord(raw: unknown): SystemRecord | undefined {
  try {
    if (!isPlainObject(raw)) return undefined;
    for (const key in raw) if (!SYSTEM_KEYS.has(key)) return undefined;
    const out: Raw = { id: systemId(raw.id), name: text(raw.name), owner: text(raw.owner) };
    out.status = raw.status === undefined ? 'operating' : oneOf(raw.status, STATUSES);
    if ('level' in raw) out.level = raw.level === null ? null : level(raw.level);
    if ('approval' in raw) {
      const a = object(raw.approval, ['decision', 'date', 'body']);
      const approval: Raw = { decision: text(a.decision), date: date(a.date) };
      optional(approval, a, 'body', string);
      out.approval = approval;
    }
    // A level needs its approval decision; zod reports the problem.
    if (out.level != null && out.approval === undefined) return undefined;
    optional(out, raw, 'proposed_level', level);
    out.protection_plan = raw.protection_plan === undefined ? 'none' : oneOf(raw.protection_plan, PLAN_STATES);
    optional(out, raw, 'protection_plan_expected', date);
    optional(out, raw, 'go_live', date);
    optional(out, raw, 'security_conclusion', date);
    out.audits = list(raw.audits, auditRecord);
    optional(out, raw, 'last_audit', date);
    out.layers = layers(raw.layers);
    out.drills = list(raw.drills, drillRecord);
    out.waivers = list(raw.waivers, waiverRecord);
    out.attributes = attributes(raw.attributes);
    optional(out, raw, 'classification', classification);
    return out as SystemRecord;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}
