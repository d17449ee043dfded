// Loads inventory files into validated systems. Every problem becomes a positioned
// `inventory/...` finding; a bad system is reported and skipped, the others are still audited.
import { localize, type Localized } from '../i18n/lang.js';
import type { SystemRecord } from '../model/inventory-schema.js';
import { fastSystemRecord } from './fast-system.js';
import { displayName, expandPathsListing, readErrorDetail } from './files.js';
import { DEFAULT_MAX_FILE_SIZE, readFileBounded, ReadError } from '../util/fs-read.js';
import { parseInventorySource, PRECISE_MAX_CHARS, TooLargeForPreciseParser, type InventorySource } from './inventory-source.js';
import type { SchemaProblem } from './schema-issues.js';
import { DEFAULT_YAML_LIMITS, isLimitProblem, type YamlLimits } from './yaml-limits.js';
import type { DataPath, Position, YamlProblem, YamlSource } from './yaml-source.js';
import { decodeText } from './text-decoding.js';
import { sourceExcerpt, yamlProblemMessage, type SourceExcerpt } from './yaml-messages.js';

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
  /** YAML syntax problems: the offending line around the column, for the terminal's code frame. */
  excerpt?: SourceExcerpt;
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
  /** Each file's own `organization:` (Form 08 column 3 names the owner of each system). */
  organizations?: Map<string, string>;
  systems: LoadedSystem[];
  problems: InventoryProblem[];
  /** Entries found under `systems:`, valid or not, so the summary can prove nothing was dropped. */
  found: number;
  invalid: number;
  /** Files that could not be read or parsed at all (their systems cannot be counted). */
  failedFiles: number;
}

export interface InventoryLimits extends YamlLimits {
  /** Largest file read, in bytes. */
  maxFileSize: number;
  /** Deepest nesting of mappings and lists allowed in a file. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: InventoryLimits = { ...DEFAULT_YAML_LIMITS, maxFileSize: DEFAULT_MAX_FILE_SIZE, maxDepth: 64 };

export interface LoadOptions {
  cwd: string;
  limits?: Partial<InventoryLimits>;
  /** Reads standard input, for the path `-`: at most `maxBytes`, else a ReadError (too large). */
  readStdin?: (maxBytes: number) => Promise<Buffer>;
  /** Parse and validate everything the precise way (yaml + zod), for comparing with the fast path. */
  precise?: boolean;
}

export const STDIN_NAME = '<stdin>';

/**
 * Where each system id was first declared, kept as one small number per id (its file's start plus
 * its index there, not an object per system); the position is worked out only if the id comes again.
 */
class FirstSeen {
  private readonly ids = new Map<string, number>();
  private readonly sources: { file: string; locate: InventorySource['locate']; start: number }[] = [];
  private current: InventorySource | undefined;
  private end = 0;

  /** `file:line:column` of the first declaration of `id`, or undefined when it is new. */
  where(id: string): string | undefined {
    const at = this.ids.get(id);
    if (at === undefined) return undefined;
    let source = this.sources[0]!;
    for (const s of this.sources) if (s.start <= at) source = s;
    const position = source.locate(['systems', at - source.start]);
    return `${source.file}:${position.line}:${position.column}`;
  }

  add(id: string, source: InventorySource, index: number): void {
    if (source !== this.current) {
      this.current = source;
      this.sources.push({ file: source.file, locate: source.locate, start: this.end });
    }
    const at = this.sources[this.sources.length - 1]!.start + index;
    if (at >= this.end) this.end = at + 1;
    this.ids.set(id, at);
  }
}

/** One load: the result being filled, the limits, and the ids seen so far (for duplicates across files). */
function newLoad(limits: Partial<InventoryLimits> | undefined, precise = false) {
  const all = { ...DEFAULT_LIMITS, ...limits };
  const result: LoadedInventory = { files: [], systems: [], problems: [], found: 0, invalid: 0, failedFiles: 0 };
  const firstSeen = new FirstSeen();
  return {
    result,
    limits: all,
    add: async (file: string, bytes: Uint8Array): Promise<void> => {
      result.files.push(file);
      await addFile(result, file, bytes, all, firstSeen, precise);
    },
  };
}

export async function loadInventories(paths: readonly string[], options: LoadOptions): Promise<LoadedInventory> {
  const { files, unlisted } = await expandPathsListing(paths.filter((p) => p !== '-'), options.cwd);
  const { result, limits, add } = newLoad(options.limits, options.precise);
  if (paths.includes('-')) {
    try {
      const bytes = options.readStdin ? await options.readStdin(limits.maxFileSize) : Buffer.alloc(0);
      if (bytes.length > limits.maxFileSize) throw new ReadError({ reason: 'too-large', limit: limits.maxFileSize });
      await add(STDIN_NAME, bytes);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      addUnreadable(result, STDIN_NAME, error);
    }
  }
  // A folder that cannot be listed is one problem; its files cannot be counted, the rest is audited.
  for (const folder of unlisted) {
    addUnreadable(result, displayName(folder.absolute, options.cwd), folder.error, { vi: 'không đọc được thư mục', en: 'cannot read folder' });
  }
  for (const absolute of files) {
    const file = displayName(absolute, options.cwd);
    let bytes: Buffer;
    try {
      bytes = readFileBounded(absolute, limits.maxFileSize);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      addUnreadable(result, file, error);
      continue;
    }
    await add(file, bytes);
  }
  return result;
}

/** A file (or folder) that could not be read at all: one problem at 1:1, and a failed file. */
function addUnreadable(result: LoadedInventory, file: string, error: ReadError, what: Localized = { vi: 'không đọc được tệp', en: 'cannot read file' }): void {
  const tooLarge = error.failure.reason === 'too-large';
  const detail = readErrorDetail(error);
  result.files.push(file);
  result.failedFiles += 1;
  result.problems.push({
    rule: tooLarge ? 'inventory/limit' : 'inventory/unreadable',
    message: tooLarge ? error.text : { vi: `${what.vi}: ${detail.vi}`, en: `${what.en}: ${detail.en}` },
    file,
    position: { line: 1, column: 1 },
    system: null,
  });
}

/**
 * Loads inventories already in memory (standard input, `git show REF:path`, tests), with the
 * same checks as files on disk. A source that could not be read carries its ReadError instead.
 */
export async function loadInventoryBytes(sources: readonly { file: string; bytes: Uint8Array | ReadError }[], limits: Partial<InventoryLimits> = {}): Promise<LoadedInventory> {
  const { result, limits: all, add } = newLoad(limits);
  for (const source of sources) {
    const error = source.bytes instanceof ReadError ? source.bytes : source.bytes.length > all.maxFileSize ? new ReadError({ reason: 'too-large', size: source.bytes.length, limit: all.maxFileSize }) : undefined;
    if (error) {
      addUnreadable(result, source.file, error);
      continue;
    }
    await add(source.file, source.bytes as Uint8Array);
  }
  return result;
}

/** Parses one file's bytes into the result. */
async function addFile(
  result: LoadedInventory,
  file: string,
  bytes: Uint8Array,
  limits: InventoryLimits,
  firstSeen: FirstSeen,
  precise = false,
): Promise<void> {
  const problemsBefore = result.problems.length;
  const foundBefore = result.found;
  await parseFile(result, file, bytes, limits, firstSeen, precise);
  // A file that yielded problems but no system entries failed as a whole.
  if (result.found === foundBefore && result.problems.length > problemsBefore) result.failedFiles += 1;
}

async function parseFile(
  result: LoadedInventory,
  file: string,
  bytes: Uint8Array,
  limits: InventoryLimits,
  firstSeen: FirstSeen,
  precise: boolean,
): Promise<void> {
  const fileProblem = (rule: InventoryRuleId, message: Localized, position: Position = { line: 1, column: 1 }): void => {
    result.problems.push({ rule, message, file, position, system: null });
  };

  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    fileProblem('inventory/encoding', decoded.message);
    return;
  }
  // Systems are checked by the fast validator as the file is read; those it accepts are replaced by their record.
  const records = new Set<unknown>();
  const rootItem = (key: string, item: unknown): unknown => {
    const record = key === 'systems' ? fastSystemRecord(item) : undefined;
    if (!record) return item;
    records.add(record);
    return record;
  };
  let source: InventorySource;
  try {
    source = await parseInventorySource(file, decoded.text, { limits, precise, rootItem });
  } catch (error) {
    if (!(error instanceof TooLargeForPreciseParser)) throw error;
    fileProblem(
      'inventory/limit',
      localize(
        {
          vi: 'tệp không phải YAML khối đơn giản (hoặc có lỗi cú pháp) và, với {size} MB, vượt quá {max} MB mà bộ phân tích YAML chi tiết nhận: hãy tách thành các tệp nhỏ hơn để thấy lỗi chính xác',
          en: 'the file is not plain block YAML (or has a syntax error) and, at {size} MB, is over the {max} MB the detailed YAML parser takes: split it into smaller files to see the exact problem',
        },
        { size: (bytes.length / 1048576).toFixed(1), max: PRECISE_MAX_CHARS / 1048576 },
      ),
    );
    return;
  }
  const yamlProblem = (problem: YamlProblem): void => {
    const rule = isLimitProblem(problem) ? 'inventory/limit' : problem.code === 'DUPLICATE_KEY' ? 'inventory/duplicate-key' : 'inventory/yaml-syntax';
    fileProblem(rule, yamlProblemMessage(problem, { flags: true }), problem.position);
    if (rule === 'inventory/limit') return;
    const excerpt = sourceExcerpt(decoded.text, problem.position);
    if (excerpt) result.problems.at(-1)!.excerpt = excerpt;
  };
  if (source.problems.length > 0) {
    source.problems.forEach(yamlProblem);
    return;
  }

  let data: unknown = source.data;
  if (source.doc) {
    // Only the precise path has a document; its module (and the yaml package) is loaded already.
    const { yamlData } = await import('./yaml-source.js');
    const converted = yamlData(source as YamlSource, limits, { nfc: true });
    if ('problem' in converted) {
      yamlProblem(converted.problem);
      return;
    }
    data = converted.data;
  }

  if (data === null || data === undefined) {
    fileProblem('inventory/structure', {
      vi: 'tệp trống: một tệp danh mục cần khóa "systems:" với danh sách hệ thống',
      en: 'empty file: an inventory needs a "systems:" key holding a list of systems',
    });
    return;
  }
  const plain = precise ? undefined : plainFileShape(data);
  if (plain) {
    if (plain.organization !== undefined) noteOrganization(result, file, plain.organization);
    const systems = plain.systems;
    for (let index = 0; index < systems.length; index += 1) {
      const item = systems[index];
      addSystem(result, source, item, index, firstSeen, records.has(item) ? (item as SystemRecord) : await validation());
    }
    return;
  }
  const { inventoryFileSchema, issueToProblems, fileKeysAt } = await validation();
  let shape = inventoryFileSchema.safeParse(data, { reportInput: true });
  // An unknown root key (a typo such as "organisation:") is a finding; the file's systems are still audited.
  if (!shape.success && typeof data === 'object' && !Array.isArray(data) && shape.error.issues.every((i) => i.code === 'unrecognized_keys' && i.path.length === 0)) {
    for (const issue of shape.error.issues) {
      for (const problem of issueToProblems(issue, data, [], fileKeysAt)) fileProblem(problem.rule, problem.message, source.locate(problem.path, { key: problem.atKey }));
    }
    shape = inventoryFileSchema.safeParse(Object.fromEntries(Object.entries(data as object).filter(([key]) => fileKeysAt([])!.includes(key))), { reportInput: true });
  }
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
  if (shape.data.organization !== undefined) noteOrganization(result, file, shape.data.organization);

  const v = await validation();
  shape.data.systems.forEach((raw, index) => addSystem(result, source, raw, index, firstSeen, v));
}

/** The file's shape when it is plainly right (a mapping with a `systems` list and nothing odd); else undefined, for zod. */
function noteOrganization(result: LoadedInventory, file: string, organization: string): void {
  result.organization ??= organization;
  (result.organizations ??= new Map()).set(file, organization);
}

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
  firstSeen: FirstSeen,
  checked: SystemRecord | Validation,
): void {
  result.found += 1;
  const base = ['systems', index] as const;
  const rawId = raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
  const parsed = 'systemSchema' in checked ? checked.systemSchema.safeParse(raw, { reportInput: true }) : { success: true as const, data: checked };
  const earlier = rawId === null ? undefined : firstSeen.where(rawId);
  if (earlier !== undefined) {
    result.invalid += 1;
    result.problems.push({
      rule: 'inventory/duplicate-id',
      message: localize(
        { vi: 'mã hệ thống "{id}" bị trùng; đã khai báo tại {where}', en: 'duplicate system id "{id}"; first declared at {where}' },
        { id: rawId!, where: earlier },
      ),
      file: source.file,
      position: source.locate([...base, 'id']),
      system: rawId,
    });
    return;
  }
  if (rawId !== null) firstSeen.add(rawId, source, index);
  const schema = parsed.success ? NO_PROBLEMS : parsed.error.issues.flatMap((issue) => (checked as Validation).issueToProblems(issue, raw, base));
  const approval = approvalProblems(raw, base);
  const reserved = reservedKeyProblems(raw, base);
  // Most systems have none: no array is made for them.
  const found = schema.length + approval.length + reserved.length === 0 ? NO_PROBLEMS : [...schema, ...approval, ...reserved];
  if (found.length > 0) {
    result.invalid += 1;
    for (const problem of found) {
      result.problems.push({
        rule: problem.rule,
        message: problem.message,
        file: source.file,
        position: source.locate(problem.path, { key: problem.atKey }),
        system: rawId,
      });
    }
    return;
  }
  if (!parsed.success) return;
  result.systems.push(new SystemInFile(parsed.data, source.file, source.locate, index));
}

/** A loaded system; it keeps its file's `locate` only, not the source and its parsed data. */
class SystemInFile implements LoadedSystem {
  constructor(
    readonly record: SystemRecord,
    readonly file: string,
    private readonly locateInFile: InventorySource['locate'],
    private readonly index: number,
  ) {}
  locate(path: DataPath, options?: { key?: boolean }): Position {
    return this.locateInFile(['systems', this.index, ...path], options);
  }
}

/** zod's records (`attributes`, `layers`) skip a "__proto__" key without a word: refused here by name. */
const NO_PROBLEMS: readonly SchemaProblem[] = [];

function reservedKeyProblems(raw: unknown, base: DataPath): readonly SchemaProblem[] {
  if (raw === null || typeof raw !== 'object') return NO_PROBLEMS;
  const has = (key: string): boolean => {
    const map = (raw as Record<string, unknown>)[key];
    return map !== null && typeof map === 'object' && Object.hasOwn(map, '__proto__');
  };
  if (!has('attributes') && !has('layers')) return NO_PROBLEMS;
  return (['attributes', 'layers'] as const).flatMap((key) => {
    const map = (raw as Record<string, unknown>)[key];
    if (map === null || typeof map !== 'object' || !Object.hasOwn(map, '__proto__')) return [];
    return [
      {
        rule: 'inventory/unknown-key' as const,
        message: localize(
          { vi: 'khóa "__proto__" không được phép trong "{key}" (tên dành riêng của JavaScript)', en: 'key "__proto__" is not allowed in "{key}" (a name reserved by JavaScript)' },
          { key },
        ),
        path: [...base, key, '__proto__'],
        atKey: true,
      },
    ];
  });
}

/** A valid level needs the decision that approved it; checked even when other keys are wrong. */
function approvalProblems(raw: unknown, base: DataPath): readonly SchemaProblem[] {
  if (raw === null || typeof raw !== 'object') return NO_PROBLEMS;
  const { level, approval } = raw as { level?: unknown; approval?: unknown };
  if (!Number.isInteger(level) || (level as number) < 1 || (level as number) > 5 || approval !== undefined) return NO_PROBLEMS;
  return [
    {
      rule: 'inventory/schema',
      message: {
        vi: 'đã có "level" nhưng thiếu "approval" (quyết định phê duyệt cấp độ: decision, date)',
        en: '"level" is set but "approval" (the approval decision: decision, date) is missing',
      },
      path: [...base, 'level'],
      atKey: false,
    },
  ];
}
