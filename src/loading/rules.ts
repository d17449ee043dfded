// Loads rule files (YAML data, never code). Any problem stops the run with exit 2 and file:line:col,
// because auditing with a half-understood rule pack would give a wrong answer.
import path from 'node:path';
import { z } from 'zod';
import { AggregateFatalError, FatalError } from '../errors.js';
import { localize, type Localized } from '../i18n/lang.js';
import type { RuleKind } from '../rules/kind.js';
import { RULE_KINDS } from '../rules/kinds/index.js';
import { RULE_KEYS, ruleFileSchema, ruleSchema, type Rule } from '../rules/rule.js';
import { readTargets, TARGET_KEYS, TARGET_LAYER_KEYS, TARGET_OPTION_KEYS, targetsSchema, type TargetSet } from '../rules/targets.js';
import { ownerKey } from '../model/owner.js';
import { closest } from '../util/suggest.js';
import { PRECISE_YAML_MAX_SIZE, readFileBounded } from '../util/fs-read.js';
import { displayName, expandPaths, readErrorDetail } from './files.js';
import { issueToProblems, type KnownKeys } from './schema-issues.js';
import { decodeText } from './text-decoding.js';
import { yamlProblemMessage } from './yaml-messages.js';
import { readYaml, type Position, type YamlSource } from './yaml-source.js';
import { calendarDate } from '../model/inventory-schema.js';
import { readTimeline, timelineSchema, type RegimeWindow } from '../regime/timeline.js';
import type { IsoDate } from '../util/date.js';

import { defaultRulesDir } from './default-pack.js';
import type { Holiday, LoadedRules, RegimeTargets } from './rule-pack.js';

export { defaultRulesDir };
export type { Holiday, LoadedRules, RegimeTargets } from './rule-pack.js';

export async function loadRules(paths: readonly string[], cwd: string, maxBytes = PRECISE_YAML_MAX_SIZE): Promise<LoadedRules> {
  const files = await expandPaths(paths, cwd);
  const rules: Rule[] = [];
  const names: string[] = [];
  const seen = new Map<string, Rule[]>();
  const problems: FatalError[] = [];
  let targets: TargetSet = {};
  const targetSets: RegimeTargets[] = [];
  let regimes: RegimeWindow[] | undefined;
  const holidays = new Map<IsoDate, Holiday>();
  // The tool's own pack is not user input: --max-file-size limits the rule files a user names.
  const ownPack = defaultRulesDir() + path.sep;
  for (const absolute of files) {
    const file = displayName(absolute, cwd);
    names.push(file);
    let bytes: Buffer;
    try {
      bytes = readFileBounded(absolute, absolute.startsWith(ownPack) ? PRECISE_YAML_MAX_SIZE : Math.min(maxBytes, PRECISE_YAML_MAX_SIZE));
    } catch (error) {
      const e = readErrorDetail(error);
      problems.push(new FatalError(localize({ vi: 'không đọc được tệp quy tắc: {e}', en: 'cannot read rule file: {e}' }, { e }), { file }));
      continue;
    }
    const parsed = parseRuleFile(file, bytes, problems);
    targets = { ...targets, ...parsed.targets };
    if (Object.keys(parsed.targets).length > 0) targetSets.push({ ...(parsed.regime ? { regime: parsed.regime } : {}), targets: parsed.targets });
    if (parsed.regimes) regimes = parsed.regimes;
    for (const h of parsed.holidays) holidays.set(h.date, h);
    for (const rule of parsed.rules) {
      // One id may have several versions (one per regime, or per effective window), never two at once.
      const earlier = seen.get(rule.id)?.find((other) => sameTime(other, rule));
      if (earlier) {
        problems.push(
          new FatalError(
            localize({ vi: 'mã quy tắc "{id}" bị trùng; đã khai báo tại {w}', en: 'duplicate rule id "{id}"; first declared at {w}' }, {
              id: rule.id,
              w: `${earlier.source.file}:${earlier.source.line}:${earlier.source.column}`,
            }),
            rule.source,
          ),
        );
        continue;
      }
      seen.set(rule.id, [...(seen.get(rule.id) ?? []), rule]);
      rules.push(rule);
    }
  }
  if (problems.length > 0) throw problems.length === 1 ? problems[0]! : new AggregateFatalError(problems);
  return {
    rules,
    files: names,
    targets,
    targetSets,
    ...(regimes ? { regimes } : {}),
    ...(holidays.size > 0 ? { holidays: [...holidays.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) } : {}),
  };
}

export { AggregateFatalError } from '../errors.js';

/** Whether two rules can be in force at once: same regime (or one for every regime) and overlapping windows. */
function sameTime(a: Rule, b: Rule): boolean {
  if (a.regime !== undefined && b.regime !== undefined && a.regime !== b.regime) return false;
  const from = (r: Rule): string => r.effective?.from ?? '0000-00-00';
  const until = (r: Rule): string => r.effective?.until ?? '9999-99-99';
  return from(a) <= until(b) && from(b) <= until(a);
}

const ruleKeysAt: KnownKeys = (path) => (path.length === 0 ? RULE_KEYS : undefined);

const targetKeysAt: KnownKeys = (path) =>
  path.length === 0 ? TARGET_KEYS : path.length === 1 && path[0] === 'layers' ? TARGET_LAYER_KEYS : TARGET_OPTION_KEYS;

interface ParsedRuleFile {
  rules: Rule[];
  targets: TargetSet;
  regime?: string;
  regimes?: RegimeWindow[];
  holidays: Holiday[];
}

/** What a file's top-level `regime`, `effective`, `provisional` and `note` give each of its rules. */
type RegimeDefaults = Pick<Rule, 'regime' | 'effective' | 'provisional' | 'note'>;

function parseRuleFile(file: string, bytes: Uint8Array, problems: FatalError[]): ParsedRuleFile {
  const none = { rules: [], targets: {}, holidays: [] };
  const fail = (message: Localized, position?: Position): void => {
    problems.push(new FatalError(message, { file, ...(position ?? {}) }));
  };
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    fail(decoded.message);
    return none;
  }
  const read = readYaml(file, decoded.text);
  if (!read.ok) {
    for (const problem of read.problems) fail(yamlProblemMessage(problem), problem.position);
    return none;
  }
  const { source } = read;
  const data = withoutExtensionKeys(read.data);
  const shape = ruleFileSchema.safeParse(data, { reportInput: true });
  if (!shape.success) {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      fail(NOT_A_RULE_FILE, source.locate([]));
      return none;
    }
    for (const issue of shape.error.issues) {
      for (const p of issueToProblems(issue, data, [], (path) => (path.length === 0 ? Object.keys(ruleFileSchema.shape) : undefined))) {
        fail(p.message, source.locate(p.path, { key: p.atKey }));
      }
    }
    return none;
  }
  if (!['rules', 'targets', 'regimes', 'holidays'].some((key) => Object.hasOwn(data as object, key))) {
    fail(NOT_A_RULE_FILE, source.locate([]));
    return none;
  }
  const f = shape.data;
  const defaults: RegimeDefaults = regimeFields(f);
  const rules = f.rules.flatMap((raw, index) => {
    const rule = parseRule(source, raw, index, fail, defaults);
    return rule ? [rule] : [];
  });
  const regimes = f.regimes === undefined ? undefined : parseRegimes(source, f.regimes, fail);
  return {
    rules,
    targets: parseTargets(source, f.targets, fail),
    ...(defaults.regime ? { regime: defaults.regime } : {}),
    ...(regimes ? { regimes } : {}),
    holidays: f.holidays === undefined ? [] : parseHolidays(source, f.holidays, fail),
  };
}

/** The regime keys of a rule or a file, without the absent ones. */
function regimeFields(data: { regime?: string; effective?: { from?: IsoDate; until?: IsoDate }; provisional?: boolean; note?: Localized }): RegimeDefaults {
  const effective = data.effective && (data.effective.from !== undefined || data.effective.until !== undefined)
    ? { ...(data.effective.from !== undefined ? { from: data.effective.from } : {}), ...(data.effective.until !== undefined ? { until: data.effective.until } : {}) }
    : undefined;
  return {
    ...(data.regime !== undefined ? { regime: data.regime } : {}),
    ...(effective ? { effective } : {}),
    ...(data.provisional !== undefined ? { provisional: data.provisional } : {}),
    ...(data.note ? { note: data.note } : {}),
  };
}

function parseRegimes(source: YamlSource, raw: unknown, fail: (m: Localized, p?: Position) => void): RegimeWindow[] | undefined {
  const parsed = timelineSchema(z, calendarDate as unknown as z.ZodType<IsoDate, string>).safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const p of issueToProblems(issue, raw, ['regimes'], () => undefined)) {
        fail({ vi: `chế độ pháp lý: ${p.message.vi}`, en: `regimes: ${p.message.en}` }, source.locate(p.path, { key: p.atKey }));
      }
    }
    return undefined;
  }
  const { timeline, problems } = readTimeline(parsed.data as RegimeWindow[]);
  for (const p of problems) fail(p.message, source.locate(['regimes', p.index]));
  return problems.length > 0 ? undefined : timeline;
}

const holidaysSchema = z.array(z.strictObject({ date: calendarDate, name: z.string().trim().min(1) }));

function parseHolidays(source: YamlSource, raw: unknown, fail: (m: Localized, p?: Position) => void): Holiday[] {
  const parsed = holidaysSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const p of issueToProblems(issue, raw, ['holidays'], () => ['date', 'name'])) {
        fail({ vi: `ngày nghỉ: ${p.message.vi}`, en: `holidays: ${p.message.en}` }, source.locate(p.path, { key: p.atKey }));
      }
    }
    return [];
  }
  return parsed.data;
}

const NOT_A_RULE_FILE: Localized = {
  vi: 'tệp quy tắc phải là một ánh xạ có khóa "rules:" (và/hoặc "targets:")',
  en: 'a rule file must be a mapping with a "rules:" (and/or "targets:") key',
};

function parseTargets(source: YamlSource, raw: unknown, fail: (m: Localized, p?: Position) => void): TargetSet {
  if (raw === undefined) return {};
  const parsed = targetsSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const p of issueToProblems(issue, raw, ['targets'], targetKeysAt)) {
        fail({ vi: `chỉ tiêu: ${p.message.vi}`, en: `targets: ${p.message.en}` }, source.locate(p.path, { key: p.atKey }));
      }
    }
    return {};
  }
  return readTargets(parsed.data, (path) => source.locate(path), source.file);
}

function parseRule(source: YamlSource, raw: unknown, index: number, fail: (m: Localized, p?: Position) => void, defaults: RegimeDefaults = {}): Rule | undefined {
  const base = ['rules', index] as const;
  const parsed = ruleSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const p of issueToProblems(issue, raw, base, ruleKeysAt)) fail(prefixRule(raw, p.message), source.locate(p.path, { key: p.atKey }));
    }
    return undefined;
  }
  const data = parsed.data;
  if (data.id.startsWith('inventory/')) {
    fail(
      localize(
        { vi: 'mã quy tắc "{id}": tiền tố "inventory/" dành cho lỗi tệp danh mục', en: 'rule id "{id}": the "inventory/" prefix is reserved for inventory problems' },
        { id: data.id },
      ),
      source.locate([...base, 'id']),
    );
    return undefined;
  }
  const kind = RULE_KINDS.get(data.check.kind);
  if (!kind) {
    const known = [...RULE_KINDS.keys()];
    const guess = closest(data.check.kind, known);
    fail(
      localize(
        {
          vi: 'quy tắc "{id}": loại kiểm tra không tồn tại "{kind}"{hint}; các loại hợp lệ: {list}',
          en: 'rule "{id}": unknown check kind "{kind}"{hint}; known kinds: {list}',
        },
        { id: data.id, kind: data.check.kind, hint: guess ? ` (${guess}?)` : '', list: known.join(', ') },
      ),
      source.locate([...base, 'check', 'kind']),
    );
    return undefined;
  }
  const schema = optionsSchema(kind);
  // The check as written: zod's copy in `data` has already dropped a "__proto__" key, which must be refused like any unknown option.
  const written = (raw as { check: unknown }).check;
  const options = schema.safeParse(written, { reportInput: true });
  if (!options.success) {
    const optionKeys: KnownKeys = (path) => (path.length === 0 ? optionNames(schema) : undefined);
    for (const issue of options.error.issues) {
      for (const p of issueToProblems(issue, written, [...base, 'check'], optionKeys)) {
        const message =
          p.rule === 'inventory/unknown-key'
            ? localize(
                { vi: 'quy tắc "{id}": kiểm tra "{kind}" không có tùy chọn {rest}', en: 'rule "{id}": check "{kind}" does not support option {rest}' },
                { id: data.id, kind: kind.kind, rest: p.message.en.replace(/^unknown key /, '') },
              )
            : prefixRule(raw, p.message);
        fail(message, source.locate(p.path, { key: p.atKey }));
      }
    }
    return undefined;
  }
  const position = source.locate(base);
  return {
    id: data.id,
    severity: data.severity,
    title: data.title,
    ...(data.description ? { description: data.description } : {}),
    basis: data.basis,
    appliesTo: {
      status: data.applies_to.status,
      ...(data.applies_to.levels ? { levels: data.applies_to.levels } : {}),
      ...(data.applies_to.owners ? { owners: data.applies_to.owners.map(ownerKey) } : {}),
    },
    check: options.data,
    kind,
    source: { file: source.file, ...position },
    // A rule's own keys win over its file's.
    ...defaults,
    ...regimeFields(data),
  };
}

/** Top-level `x-…` keys are free for YAML anchors that rules share (`x-intervals: &intervals`). */
function withoutExtensionKeys(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('x-')));
}

const optionSchemas = new Map<RuleKind, z.ZodType<{ kind: string }>>();

/** Each kind's options schema, built once (kinds receive zod so that evaluating rules never loads it). */
function optionsSchema(kind: RuleKind): z.ZodType<{ kind: string }> {
  let schema = optionSchemas.get(kind);
  if (!schema) {
    schema = kind.options(z);
    optionSchemas.set(kind, schema);
  }
  return schema;
}

function optionNames(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } }).shape;
  return shape ? Object.keys(shape) : [];
}

function prefixRule(raw: unknown, message: Localized): Localized {
  const id = raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
  return id ? { vi: `quy tắc "${id}": ${message.vi}`, en: `rule "${id}": ${message.en}` } : message;
}
