// Loads inventory files into validated systems. Every problem becomes a positioned
// `inventory/...` finding; a bad system is reported and skipped, the others are still audited.
import { readFile } from 'node:fs/promises';
import { localize, type Localized } from '../i18n/lang.js';
import { inventoryFileSchema, systemSchema, type SystemRecord } from '../model/inventory-schema.js';
import { displayName, expandPaths } from './files.js';
import { fileKeysAt, issueToProblems } from './schema-issues.js';
import { DEFAULT_YAML_LIMITS, parseYamlSource, type DataPath, type Position, type YamlLimits, type YamlSource } from './yaml-source.js';
import { decodeText } from './text-decoding.js';
import { yamlProblemMessage } from './yaml-messages.js';

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
}

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
    addFile(result, file, bytes, options.limits ?? DEFAULT_YAML_LIMITS, firstSeen);
  }
  return result;
}

/** Parses one file's bytes into the result; exported for tests and for standard input. */
export function addFile(
  result: LoadedInventory,
  file: string,
  bytes: Uint8Array,
  limits: YamlLimits,
  firstSeen: Map<string, { file: string; position: Position }>,
): void {
  const fileProblem = (rule: InventoryRuleId, message: Localized, position: Position = { line: 1, column: 1 }): void => {
    result.problems.push({ rule, message, file, position, system: null });
  };

  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    fileProblem('inventory/encoding', decoded.message);
    return;
  }
  const source = parseYamlSource(file, decoded.text);
  if (source.problems.length > 0) {
    for (const problem of source.problems) {
      fileProblem(problem.code === 'DUPLICATE_KEY' ? 'inventory/duplicate-key' : 'inventory/yaml-syntax', yamlProblemMessage(problem), problem.position);
    }
    return;
  }

  let data: unknown;
  try {
    data = normalizeStrings(source.doc.toJS({ maxAliasCount: limits.maxAliasCount }));
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

  shape.data.systems.forEach((raw, index) => addSystem(result, source, raw, index, firstSeen));
}

function addSystem(
  result: LoadedInventory,
  source: YamlSource,
  raw: unknown,
  index: number,
  firstSeen: Map<string, { file: string; position: Position }>,
): void {
  result.found += 1;
  const base = ['systems', index] as const;
  const rawId = raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
  const parsed = systemSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    result.invalid += 1;
    for (const issue of parsed.error.issues) {
      for (const problem of issueToProblems(issue, raw, base)) {
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
    locate: (path, options) => source.locate([...base, ...path], options),
  });
}

/** NFC everywhere: text typed on macOS (NFD) must compare equal to the same text typed elsewhere. */
export function normalizeStrings(value: unknown): unknown {
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
