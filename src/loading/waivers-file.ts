// A separate waivers file (`--waivers FILE`, or `waivers.file` in the config): exceptions kept
// apart from the inventory, e.g. under a CODEOWNERS rule so that only approvers can change them.
//   waivers:
//     - system: most-cttdt
//       rule: layers/missing
//       layer: ncsc
//       reason: …
//       expires: 2025-09-30
//       approved_by: …
// Problems inside it are findings, like problems in an inventory; a missing file stops the run.
import path from 'node:path';
import { z } from 'zod';
import type { ExternalWaiver } from '../engine/audit.js';
import { KNOWN_KEYS, systemId, waiver } from '../model/inventory-schema.js';
import { PRECISE_YAML_MAX_SIZE } from '../util/fs-read.js';
import { displayName, readRequiredFile } from './files.js';
import type { InventoryProblem } from './inventory.js';
import { issueToProblems, type KnownKeys } from './schema-issues.js';
import { decodeText } from './text-decoding.js';
import { yamlProblemMessage } from './yaml-messages.js';
import { isLimitProblem, readYaml } from './yaml-source.js';

// The system is named exactly as its id is written: "trim" + a no-break space names no system (see model/system-id.ts).
export const externalWaiverSchema = waiver.extend({ system: systemId });

const fileSchema = z.strictObject({
  $schema: z.string().optional(),
  waivers: z.array(z.unknown()),
});

const WAIVER_KEYS = ['system', ...KNOWN_KEYS.waiver!];

export interface LoadedWaivers {
  file: string;
  waivers: ExternalWaiver[];
  problems: InventoryProblem[];
}

export async function loadWaiversFile(file: string, cwd: string, maxBytes = PRECISE_YAML_MAX_SIZE): Promise<LoadedWaivers> {
  const absolute = path.resolve(cwd, file);
  const shown = displayName(absolute, cwd);
  const bytes = await readRequiredFile(absolute, shown, { vi: 'tệp ngoại lệ', en: 'the waivers file' }, Math.min(maxBytes, PRECISE_YAML_MAX_SIZE));
  return parseWaivers(shown, bytes);
}

export function parseWaivers(file: string, bytes: Uint8Array): LoadedWaivers {
  const result: LoadedWaivers = { file, waivers: [], problems: [] };
  const problem = (rule: InventoryProblem['rule'], message: InventoryProblem['message'], position = { line: 1, column: 1 }, system: string | null = null): void => {
    result.problems.push({ rule, message, file, position, system });
  };
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    problem('inventory/encoding', decoded.message);
    return result;
  }
  const read = readYaml(file, decoded.text, {}, { nfc: true });
  if (!read.ok) {
    for (const p of read.problems) {
      const rule = isLimitProblem(p) ? 'inventory/limit' : p.code === 'DUPLICATE_KEY' ? 'inventory/duplicate-key' : 'inventory/yaml-syntax';
      problem(rule, yamlProblemMessage(p), p.position);
    }
    return result;
  }
  const { source, data } = read;
  const shape = fileSchema.safeParse(data, { reportInput: true });
  if (!shape.success) {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problem('inventory/structure', { vi: 'tệp ngoại lệ phải là một ánh xạ có khóa "waivers:"', en: 'a waivers file must be a mapping with a "waivers:" key' }, source.locate([]));
      return result;
    }
    const keysAt: KnownKeys = (p) => (p.length === 0 ? Object.keys(fileSchema.shape) : undefined);
    for (const issue of shape.error.issues) {
      for (const p of issueToProblems(issue, data, [], keysAt)) problem(p.rule, p.message, source.locate(p.path, { key: p.atKey }));
    }
    return result;
  }
  shape.data.waivers.forEach((raw, index) => {
    const base = ['waivers', index] as const;
    const parsed = externalWaiverSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      const system = raw !== null && typeof raw === 'object' && typeof (raw as { system?: unknown }).system === 'string' ? (raw as { system: string }).system : null;
      const keysAt: KnownKeys = (p) => (p.length === 0 ? WAIVER_KEYS : undefined);
      for (const issue of parsed.error.issues) {
        for (const p of issueToProblems(issue, raw, base, keysAt)) problem(p.rule, p.message, source.locate(p.path, { key: p.atKey }), system);
      }
      return;
    }
    const { system, ...rest } = parsed.data;
    result.waivers.push({
      system: system.normalize('NFC'),
      waiver: { ...rest, rule: rest.rule.normalize('NFC'), reason: rest.reason.normalize('NFC') },
      file,
      locate: (p) => source.locate([...base, ...p]),
    });
  });
  return result;
}
