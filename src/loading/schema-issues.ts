// Turns zod issues into bilingual, positioned inventory problems ("'level' must be a whole number").
import type { z } from 'zod';
import { localize, type Localized } from '../i18n/lang.js';
import { KNOWN_KEYS } from '../model/inventory-schema.js';
import { closest } from '../util/suggest.js';
import type { DataPath } from './yaml-source.js';

export interface SchemaProblem {
  rule: 'inventory/schema' | 'inventory/unknown-key' | 'inventory/invalid-date';
  message: Localized;
  path: DataPath;
  /** Point at the key itself rather than its value (unknown keys). */
  atKey: boolean;
}

const TYPE_NAMES: Record<string, Localized> = {
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  string: { vi: 'một chuỗi văn bản', en: 'text' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'một danh sách', en: 'a list' },
  object: { vi: 'một ánh xạ (khóa: giá trị)', en: 'a mapping (key: value)' },
  record: { vi: 'một ánh xạ (khóa: giá trị)', en: 'a mapping (key: value)' },
  null: { vi: 'rỗng (null)', en: 'empty (null)' },
};

function typeName(expected: string): Localized {
  return TYPE_NAMES[expected] ?? { vi: expected, en: expected };
}

function describeInput(input: unknown): Localized {
  if (input === null) return { vi: 'giá trị rỗng', en: 'an empty value' };
  if (Array.isArray(input)) return { vi: 'một danh sách', en: 'a list' };
  if (typeof input === 'object') return { vi: 'một ánh xạ', en: 'a mapping' };
  if (typeof input === 'string') return { vi: `"${input}"`, en: `"${input}"` };
  return { vi: String(input), en: String(input) };
}

/** `audits[1].date` — the path as a user reads it, relative to the system. */
export function displayPath(path: DataPath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out || '(root)';
}

/** Which keys an object at a path accepts, for suggestions. */
export type KnownKeys = (path: DataPath) => readonly string[] | undefined;

export const fileKeysAt: KnownKeys = (path) => (path.length === 0 ? KNOWN_KEYS.file : undefined);

export const systemKeysAt: KnownKeys = (path) => {
  if (path.length === 0) return KNOWN_KEYS.system;
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === 'approval') return KNOWN_KEYS.approval;
  if (last === 'layers') return KNOWN_KEYS.layers;
  if (parent === 'layers') return KNOWN_KEYS.layer;
  if (typeof last === 'number' && parent === 'audits') return KNOWN_KEYS.audit;
  if (typeof last === 'number' && parent === 'drills') return KNOWN_KEYS.drill;
  if (typeof last === 'number' && parent === 'waivers') return KNOWN_KEYS.waiver;
  if (last === 'regulation' || last === 'transition_review' || last === 'dossier') return KNOWN_KEYS[last];
  if (typeof last === 'number' && parent === 'incidents') return KNOWN_KEYS.incident;
  return undefined;
}

export function unknownKeyProblem(path: DataPath, key: string, known: readonly string[] | undefined): SchemaProblem {
  if (key === '') {
    return {
      rule: 'inventory/unknown-key',
      message: { vi: 'khóa rỗng (dấu ":" không có tên khóa phía trước)', en: 'empty key (a ":" with no key name before it)' },
      path: [...path, key],
      atKey: true,
    };
  }
  const suggestion = known ? closest(key, known) : undefined;
  const base = localize({ vi: 'khóa không hợp lệ "{key}"', en: 'unknown key "{key}"' }, { key });
  const hint = suggestion
    ? localize({ vi: ' (có phải ý bạn là "{s}"?)', en: ' (did you mean "{s}"?)' }, { s: suggestion })
    : known
      ? localize({ vi: '; các khóa hợp lệ: {list}', en: '; known keys: {list}' }, { list: known.join(', ') })
      : { vi: '', en: '' };
  return { rule: 'inventory/unknown-key', message: { vi: base.vi + hint.vi, en: base.en + hint.en }, path: [...path, key], atKey: true };
}

/** Converts one zod issue (paths relative to `base`) into problems; unions are unwrapped to the branch that fits. */
export function issueToProblems(
  issue: z.core.$ZodIssue,
  input: unknown,
  base: DataPath = [],
  keysAt: KnownKeys = systemKeysAt,
): SchemaProblem[] {
  const relative = issue.path as (string | number)[];
  const path = [...base, ...relative];
  const where = displayPath(relative);
  const problem = (message: Localized, rule: SchemaProblem['rule'] = 'inventory/schema'): SchemaProblem[] => [
    { rule, message, path, atKey: false },
  ];
  const value = valueAt(input, issue.path as (string | number)[]);

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKeyProblem(path, key, keysAt(relative)));
    case 'invalid_type': {
      if (value === undefined) {
        return problem(localize({ vi: 'thiếu khóa bắt buộc "{key}"', en: 'missing required key "{key}"' }, { key: where }));
      }
      if (issue.message === 'invalid-date') return dateProblem(path, where, value);
      if (issue.message === 'invalid-datetime') return dateTimeProblem(path, where, value);
      const expected = typeName(issue.expected);
      const got = describeInput(value);
      return problem({
        vi: `"${where}" phải là ${expected.vi}, nhưng là ${got.vi}`,
        en: `"${where}" must be ${expected.en}, got ${got.en}`,
      });
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string') {
        return problem(localize({ vi: '"{key}" không được để trống', en: '"{key}" must not be empty' }, { key: where }));
      }
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      return problem(
        issue.code === 'too_small'
          ? localize({ vi: '"{key}" phải ≥ {n}, nhưng là {v}', en: '"{key}" must be ≥ {n}, got {v}' }, { key: where, n: String(bound), v: String(value) })
          : localize({ vi: '"{key}" phải ≤ {n}, nhưng là {v}', en: '"{key}" must be ≤ {n}, got {v}' }, { key: where, n: String(bound), v: String(value) }),
      );
    }
    case 'invalid_format':
      if (issue.message === 'invalid-date') return dateProblem(path, where, value);
      return problem(
        localize({ vi: '"{key}" không đúng định dạng: {v}', en: '"{key}" has an invalid format: {v}' }, { key: where, v: describeInput(value).en }),
      );
    case 'invalid_value':
      return problem(
        localize(
          { vi: '"{key}" phải là một trong: {list}; nhưng là {v}', en: '"{key}" must be one of: {list}; got {v}' },
          { key: where, list: issue.values.map(String).join(', '), v: describeInput(value).en },
        ),
      );
    case 'invalid_key':
      return issue.issues.flatMap((inner) => issueToProblems({ ...inner, path: issue.path } as z.core.$ZodIssue, input, base, keysAt));
    case 'invalid_union': {
      // Keep the branch whose root type matched the input; if none did, say which shapes are accepted.
      for (const branch of issue.errors) {
        const rootMismatch = branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0);
        if (!rootMismatch) {
          return branch.flatMap((inner) =>
            issueToProblems({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, input, base, keysAt),
          );
        }
      }
      const accepted = issue.errors.flatMap((branch) =>
        branch.filter((inner) => inner.code === 'invalid_type' && inner.path.length === 0).map((inner) => typeName((inner as { expected: string }).expected)),
      );
      return problem({
        vi: `"${where}" phải là ${accepted.map((t) => t.vi).join(' hoặc ')}, nhưng là ${describeInput(value).vi}`,
        en: `"${where}" must be ${accepted.map((t) => t.en).join(' or ')}, got ${describeInput(value).en}`,
      });
    }
    case 'custom': {
      const kind = (issue.params as { kind?: string } | undefined)?.kind;
      if (kind === 'invalid-date') return dateProblem(path, where, value);
      if (kind === 'invalid-datetime') return dateTimeProblem(path, where, value);
      return problem({ vi: `"${where}": ${issue.message}`, en: `"${where}": ${issue.message}` });
    }
    default:
      return problem({ vi: `"${where}": giá trị không hợp lệ`, en: `"${where}": invalid value` });
  }
}

function dateProblem(path: DataPath, where: string, value: unknown): SchemaProblem[] {
  return [
    {
      rule: 'inventory/invalid-date',
      message: localize(
        {
          vi: '"{key}" không phải ngày hợp lệ: {v} (viết YYYY-MM-DD hoặc DD/MM/YYYY)',
          en: '"{key}" is not a valid date: {v} (write YYYY-MM-DD or DD/MM/YYYY)',
        },
        { key: where, v: describeInput(value).en },
      ),
      path,
      atKey: false,
    },
  ];
}

function dateTimeProblem(path: DataPath, where: string, value: unknown): SchemaProblem[] {
  return [
    {
      rule: 'inventory/invalid-date',
      message: localize(
        {
          vi: '"{key}" không phải thời điểm hợp lệ: {v} (viết YYYY-MM-DD HH:MM theo giờ Việt Nam, hoặc YYYY-MM-DDTHH:MM+07:00)',
          en: '"{key}" is not a valid date and time: {v} (write YYYY-MM-DD HH:MM in Viet Nam time, or YYYY-MM-DDTHH:MM+07:00)',
        },
        { key: where, v: describeInput(value).en },
      ),
      path,
      atKey: false,
    },
  ];
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
