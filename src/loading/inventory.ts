// Loads inventory files into validated systems. Every problem becomes a positioned
// `inventory/...` finding; a bad system is reported and skipped, the others are still audited.
import { readFile } from 'node:fs/promises';
import { localize, type Localized } from '../i18n/lang.js';
import type { SystemRecord } from '../model/inventory-schema.js';
import { fastSystemRecord } from './fast-system.js';
import { displayName, expandPaths } from './files.js';
import { parseInventorySource, type InventorySource } from './inventory-source.js';
import type { DataPath, Position, YamlLimits } from './yaml-source.js';
import { decodeText } from './text-decoding.js';
import { yamlProblemMessage } from './yaml-messages.js';

/** zod and the issue translator load only when a file or a system is not plainly valid. */
type Validation = typeof import('../model/inventory-schema.js') & typeof import('./schema-issues.js');
let loadedValidation: Validation | undefined;
async function validation(): Promise<Validation> {
  if (!loadedValidation) {
    const [schema, issues] = await Promise.all([import('../model/inventory-schema.js'), import('./schema-issues.js')]);
    loadedValidation = { ...schema, ...issues };
  }
  return loadedValidation;
}

export type InventoryRuleId =
  | 'inventory/yaml-syntax'
  | 'inventory/duplicate-key'
  | 'inventory/encoding'
  | 'inventory/unreadable'
  | 'inventory/structure'
  | 'inventory/schema'
  | 'inventory/unknown-key'
  | 'inventory/invalid-date'
  | 'inventory/duplicate-id'
  | 'inventory/limit';

export interface InventoryProblem {
  rule: InventoryRuleId;
  message: Localized;
  file: string;
  position: Position;
  system: string | null;
}

export interface LoadedSystem {
  record: SystemRecord;
  file: string;
  /** Position of a data path inside this system (closest existing node). */
  locate(path: DataPath, options?: { key?: boolean }): Position;
}

export interface LoadedInventory {
  files: string[];
  organization?: string;
  systems: LoadedSystem[];
  problems: InventoryProblem[];
  /** Entries found under `systems:`, valid or not, so the summary can prove nothing was dropped. */
  found: number;
  invalid: number;
}

export interface LoadOptions {
  cwd: string;
  limits?: YamlLimits;
  /** Parse and validate everything the precise way (yaml + zod), for comparing with the fast path. */
  precise?: boolean;
}

const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 100 };
/** Deepest nesting the fast path takes on; deeper files are read by the precise parser. */
const FAST_MAX_DEPTH = 64;

export async function loadInventories(paths: readonly string[], options: LoadOptions): Promise<LoadedInventory> {
  const files = await expandPaths(paths, options.cwd);
  const result: LoadedInventory = { files: [], systems: [], problems: [], found: 0, invalid: 0 };
  const firstSeen = new Map<string, { file: string; position: Position }>();
  for (const absolute of files) {
    const file = displayName(absolute, options.cwd);
    result.files.push(file);
    let bytes: Buffer;
    try {
      bytes = await readFile(absolute);
    } catch (error) {
      result.problems.push({
        rule: 'inventory/unreadable',
        message: localize({ vi: 'không đọc được tệp: {e}', en: 'cannot read file: {e}' }, { e: (error as NodeJS.ErrnoException).code ?? String(error) }),
        file,
        position: { line: 1, column: 1 },
        system: null,
      });
      continue;
    }
    await addFile(result, file, bytes, options.limits ?? DEFAULT_YAML_LIMITS, firstSeen, options.precise);
  }
  return result;
}

/** Parses one file's bytes into the result; exported for tests and for standard input. */
export async function addFile(
  result: LoadedInventory,
  file: string,
  bytes: Uint8Array,
  limits: YamlLimits,
  firstSeen: Map<string, { file: string; position: Position }>,
  precise = false,
): Promise<void> {
  const fileProblem = (rule: InventoryRuleId, message: Localized, position: Position = { line: 1, column: 1 }): void => {
    result.problems.push({ rule, message, file, position, system: null });
  };

  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    fileProblem('inventory/encoding', decoded.message);
    return;
  }
  // Systems are checked by the fast validator while the file is read; those it accepts are replaced by their record.
  const records = new Set<unknown>();
  const rootItem = (key: string, item: unknown): unknown => {
    const record = key === 'systems' ? fastSystemRecord(item) : undefined;
    if (!record) return item;
    records.add(record);
    return record;
  };
  const source = await parseInventorySource(file, decoded.text, { maxDepth: FAST_MAX_DEPTH, precise, rootItem });
  if (source.problems.length > 0) {
    for (const problem of source.problems) {
      fileProblem(problem.code === 'DUPLICATE_KEY' ? 'inventory/duplicate-key' : 'inventory/yaml-syntax', yamlProblemMessage(problem), problem.position);
    }
    return;
  }

  let data: unknown;
  try {
    data = source.doc ? normalizeStrings(source.doc.toJS({ maxAliasCount: limits.maxAliasCount })) : source.data;
  } catch (error) {
    fileProblem(
      'inventory/limit',
      localize(
        { vi: 'tệp dùng quá nhiều bí danh YAML (giới hạn {n}): {e}', en: 'too many YAML alias expansions (limit {n}): {e}' },
        { n: limits.maxAliasCount, e: (error as Error).message.split('\n')[0] },
      ),
    );
    return;
  }

  if (data === null || data === undefined) {
    fileProblem('inventory/structure', {
      vi: 'tệp trống: một tệp kiểm kê cần khóa "systems:" với danh sách hệ thống',
      en: 'empty file: an inventory needs a "systems:" key holding a list of systems',
    });
    return;
  }
  const plain = precise ? undefined : plainFileShape(data);
  if (plain) {
    if (plain.organization !== undefined && result.organization === undefined) result.organization = plain.organization;
    const systems = plain.systems;
    for (let index = 0; index < systems.length; index += 1) {
      const item = systems[index];
      addSystem(result, source, item, index, firstSeen, records.has(item) ? (item as SystemRecord) : await validation());
    }
    return;
  }
  const { inventoryFileSchema, issueToProblems, fileKeysAt } = await validation();
  const shape = inventoryFileSchema.safeParse(data, { reportInput: true });
  if (!shape.success) {
    if (typeof data !== 'object' || Array.isArray(data)) {
      fileProblem(
        'inventory/structure',
        {
          vi: 'gốc của tệp phải là một ánh xạ có khóa "systems:", không phải ' + (Array.isArray(data) ? 'một danh sách' : 'một giá trị đơn'),
          en: 'the file root must be a mapping with a "systems:" key, not ' + (Array.isArray(data) ? 'a list' : 'a single value'),
        },
        source.locate([]),
      );
      return;
    }
    for (const issue of shape.error.issues) {
      for (const problem of issueToProblems(issue, data, [], fileKeysAt)) {
        fileProblem(problem.rule, problem.message, source.locate(problem.path, { key: problem.atKey }));
      }
    }
    return;
  }
  if (shape.data.organization !== undefined && result.organization === undefined) result.organization = shape.data.organization;

  const v = await validation();
  shape.data.systems.forEach((raw, index) => addSystem(result, source, raw, index, firstSeen, v));
}

/** The file's shape when it is plainly right (a mapping with a `systems` list and nothing odd); else undefined, for zod. */
function plainFileShape(data: unknown): { organization?: string; systems: unknown[] } | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const file = data as Record<string, unknown>;
  for (const key in file) if (key !== 'systems' && key !== 'organization' && key !== '$schema') return undefined;
  if (!Array.isArray(file.systems)) return undefined;
  if (file.organization !== undefined && typeof file.organization !== 'string') return undefined;
  if (file.$schema !== undefined && typeof file.$schema !== 'string') return undefined;
  return file.organization === undefined ? { systems: file.systems } : { organization: file.organization, systems: file.systems };
}

/** `checked` is the record when the fast validator accepted the system; otherwise zod decides. */
function addSystem(
  result: LoadedInventory,
  source: InventorySource,
  raw: unknown,
  index: number,
  firstSeen: Map<string, { file: string; position: Position }>,
  checked: SystemRecord | Validation,
): void {
  result.found += 1;
  const base = ['systems', index] as const;
  const rawId = raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
  const parsed = 'systemSchema' in checked ? checked.systemSchema.safeParse(raw, { reportInput: true }) : { success: true as const, data: checked };
  if (!parsed.success) {
    result.invalid += 1;
    for (const issue of parsed.error.issues) {
      for (const problem of (checked as Validation).issueToProblems(issue, raw, base)) {
        result.problems.push({
          rule: problem.rule,
          message: problem.message,
          file: source.file,
          position: source.locate(problem.path, { key: problem.atKey }),
          system: rawId,
        });
      }
    }
    return;
  }
  const record = parsed.data;
  // The closure keeps `locate` only, not the source and its parsed data.
  const locateInFile = source.locate;
  const position = source.locate(base);
  const earlier = firstSeen.get(record.id);
  if (earlier) {
    result.invalid += 1;
    result.problems.push({
      rule: 'inventory/duplicate-id',
      message: localize(
        { vi: 'mã hệ thống "{id}" bị trùng; đã khai báo tại {where}', en: 'duplicate system id "{id}"; first declared at {where}' },
        { id: record.id, where: `${earlier.file}:${earlier.position.line}:${earlier.position.column}` },
      ),
      file: source.file,
      position: source.locate([...base, 'id']),
      system: record.id,
    });
    return;
  }
  firstSeen.set(record.id, { file: source.file, position });
  result.systems.push({
    record,
    file: source.file,
    locate: (path, options) => locateInFile([...base, ...path], options),
  });
}

/** NFC everywhere: text typed on macOS (NFD) must compare equal to the same text typed elsewhere. */
function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      // defineProperty, not assignment: a "__proto__" key must stay data, never become a prototype.
      Object.defineProperty(out, key.normalize('NFC'), { value: normalizeStrings(inner), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
