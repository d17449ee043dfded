// What `validate` loads: the same systems, problems and positions as `check`, faster. A file is
// first read without positions (fast-yaml.ts); when that read, the schema and the duplicate-id
// check all pass, nothing needs a position and the file is done. Otherwise — a problem to point
// at, or anything the fast read cannot vouch for — the file goes through the full loader, so every
// message and position is exactly the one `check` gives. Positions of fast-read systems (for a
// later duplicate id, or a report) are computed on demand.
import { readFile, stat } from 'node:fs/promises';
import { inventoryFileSchema, systemSchema, type SystemRecord } from '../model/inventory-schema.js';
import { displayName, expandPaths } from './files.js';
import { fastYamlData } from './fast-yaml.js';
import { addFile, DEFAULT_LIMITS, loadInventories, normalizeStrings, type InventoryLimits, type LoadedInventory, type LoadedSystem, type LoadOptions } from './inventory.js';
import { decodeText } from './text-decoding.js';
import { parseYamlSource, type Position, type YamlSource } from './yaml-source.js';

type FirstSeen = Map<string, { file: string; position: Position }>;

export async function validateInventories(paths: readonly string[], options: LoadOptions): Promise<LoadedInventory> {
  // Standard input is read once, by the full loader.
  if (paths.includes('-')) return loadInventories(paths, options);
  const limits: InventoryLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const result: LoadedInventory = { files: [], systems: [], problems: [], found: 0, invalid: 0, failedFiles: 0 };
  const firstSeen: FirstSeen = new Map();
  for (const absolute of await expandPaths(paths, options.cwd)) {
    const file = displayName(absolute, options.cwd);
    const size = (await stat(absolute).catch(() => undefined))?.size;
    const bytes = size === undefined || size > limits.maxFileSize ? undefined : await readFile(absolute).catch(() => undefined);
    if (bytes === undefined) {
      // Unreadable or too large: the full loader words the problem.
      const alone = await loadInventories([absolute], options);
      result.files.push(...alone.files);
      result.problems.push(...alone.problems);
      result.failedFiles += alone.failedFiles;
      continue;
    }
    result.files.push(file);
    if (!addCleanFile(result, file, bytes, firstSeen, limits)) addFile(result, file, bytes, limits, firstSeen);
  }
  return result;
}

/** Adds the file when the fast read finds it clean; false (and nothing added) otherwise. */
function addCleanFile(result: LoadedInventory, file: string, bytes: Uint8Array, firstSeen: FirstSeen, limits: InventoryLimits): boolean {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return false;
  const raw = fastYamlData(decoded.text);
  if (raw === undefined || raw === null) return false;
  let data: unknown;
  try {
    data = normalizeStrings(raw, 0, limits.maxDepth);
  } catch {
    return false; // nested too deeply: the full loader reports it
  }
  const shape = inventoryFileSchema.safeParse(data);
  if (!shape.success) return false;
  const records: SystemRecord[] = [];
  const ids = new Set<string>();
  for (const entry of shape.data.systems) {
    const parsed = systemSchema.safeParse(entry);
    if (!parsed.success || firstSeen.has(parsed.data.id) || ids.has(parsed.data.id)) return false;
    ids.add(parsed.data.id);
    records.push(parsed.data);
  }
  let source: YamlSource | undefined;
  const locateIn = (): YamlSource => (source ??= parseYamlSource(file, decoded.text));
  if (shape.data.organization !== undefined && result.organization === undefined) result.organization = shape.data.organization;
  records.forEach((record, index) => {
    const base = ['systems', index] as const;
    const system: LoadedSystem = { record, file, locate: (path, options) => locateIn().locate([...base, ...path], options) };
    result.systems.push(system);
    firstSeen.set(record.id, {
      file,
      get position() {
        return locateIn().locate(base);
      },
    });
  });
  result.found += records.length;
  return true;
}
