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
import { parseYamlSource, type Position, type YamlSource } from './yaml-source.js';

import { defaultRulesDir } from './default-pack.js';

export { defaultRulesDir };

export interface LoadedRules {
  rules: Rule[];
  files: string[];
  /** Targets for `gap`, merged in load order: a later file's target for a figure replaces an earlier one. */
  targets: TargetSet;
}

export async function loadRules(paths: readonly string[], cwd: string, maxBytes = PRECISE_YAML_MAX_SIZE): Promise<LoadedRules> {
  const files = await expandPaths(paths, cwd);
  const rules: Rule[] = [];
  const names: string[] = [];
  const seen = new Map<string, Rule>();
  const problems: FatalError[] = [];
  let targets: TargetSet = {};
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
      problems.push(new FatalError(localize({ vi: 'không đọc được tệp luật: {e}', en: 'cannot read rule file: {e}' }, { e }), { file }));
      continue;
    }
    const parsed = parseRuleFile(file, bytes, problems);
    targets = { ...targets, ...parsed.targets };
    for (const rule of parsed.rules) {
      const earlier = seen.get(rule.id);
      if (earlier) {
        problems.push(
          new FatalError(
            localize({ vi: 'mã luật "{id}" bị trùng; đã khai báo tại {w}', en: 'duplicate rule id "{id}"; first declared at {w}' }, {
              id: rule.id,
              w: `${earlier.source.file}:${earlier.source.line}:${earlier.source.column}`,
            }),
            rule.source,
          ),
        );
        continue;
      }
      seen.set(rule.id, rule);
      rules.push(rule);
    }
  }
  if (problems.length > 0) throw problems.length === 1 ? problems[0]! : new AggregateFatalError(problems);
  return { rules, files: names, targets };
}

export { AggregateFatalError } from '../errors.js';

const ruleKeysAt: KnownKeys = (path) => (path.length === 0 ? RULE_KEYS : undefined);

const targetKeysAt: KnownKeys = (path) =>
  path.length === 0 ? TARGET_KEYS : path.length === 1 && path[0] === 'layers' ? TARGET_LAYER_KEYS : TARGET_OPTION_KEYS;

function parseRuleFile(file: string, bytes: Uint8Array, problems: FatalError[]): { rules: Rule[]; targets: TargetSet } {
  const none = { rules: [], targets: {} };
  const fail = (message: Localized, position?: Position): void => {
    problems.push(new FatalError(message, { file, ...(position ?? {}) }));
  };
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    fail(decoded.message);
    return none;
  }
  const source = parseYamlSource(file, decoded.text);
  if (source.problems.length > 0) {
    for (const problem of source.problems) fail(yamlProblemMessage(problem), problem.position);
    return none;
  }
  const data = withoutExtensionKeys(source.doc.toJS({ maxAliasCount: 100 }));
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
  if (!Object.hasOwn(data as object, 'rules') && !Object.hasOwn(data as object, 'targets')) {
    fail(NOT_A_RULE_FILE, source.locate([]));
    return none;
  }
  const rules = shape.data.rules.flatMap((raw, index) => {
    const rule = parseRule(source, raw, index, fail);
    return rule ? [rule] : [];
  });
  return { rules, targets: parseTargets(source, shape.data.targets, fail) };
}

const NOT_A_RULE_FILE: Localized = {
  vi: 'tệp luật phải là một ánh xạ có khóa "rules:" (và/hoặc "targets:")',
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

function parseRule(source: YamlSource, raw: unknown, index: number, fail: (m: Localized, p?: Position) => void): Rule | undefined {
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
        { vi: 'mã luật "{id}": tiền tố "inventory/" dành cho lỗi tệp kiểm kê', en: 'rule id "{id}": the "inventory/" prefix is reserved for inventory problems' },
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
          vi: 'luật "{id}": loại kiểm tra không tồn tại "{kind}"{hint}; các loại hợp lệ: {list}',
          en: 'rule "{id}": unknown check kind "{kind}"{hint}; known kinds: {list}',
        },
        { id: data.id, kind: data.check.kind, hint: guess ? ` (${guess}?)` : '', list: known.join(', ') },
      ),
      source.locate([...base, 'check', 'kind']),
    );
    return undefined;
  }
  const schema = optionsSchema(kind);
  const options = schema.safeParse(data.check, { reportInput: true });
  if (!options.success) {
    const optionKeys: KnownKeys = (path) => (path.length === 0 ? optionNames(schema) : undefined);
    for (const issue of options.error.issues) {
      for (const p of issueToProblems(issue, data.check, [...base, 'check'], optionKeys)) {
        const message =
          p.rule === 'inventory/unknown-key'
            ? localize(
                { vi: 'luật "{id}": kiểm tra "{kind}" không có tùy chọn {rest}', en: 'rule "{id}": check "{kind}" does not support option {rest}' },
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
  return id ? { vi: `luật "${id}": ${message.vi}`, en: `rule "${id}": ${message.en}` } : message;
}
