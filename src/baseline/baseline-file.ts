// The baseline file (`attt-audit baseline PATHS > .attt-baseline.json`): the unsuppressed findings
// of a run, by identity. It holds no lines or messages, so it only changes when findings do.
import path from 'node:path';
import { z } from 'zod';
import type { AuditResult, BaselineEntry } from '../engine/audit.js';
import { FatalError } from '../errors.js';
import { localize } from '../i18n/lang.js';
import { displayName, readRequiredFile } from '../loading/files.js';
import { DEFAULT_MAX_FILE_SIZE } from '../util/fs-read.js';
import { fingerprintFindings } from './fingerprint.js';
import { prettyJsonChunks } from '../formatters/common/json-chunks.js';

export const BASELINE_VERSION = 1;

export interface BaselineFile {
  version: typeof BASELINE_VERSION;
  tool: { name: string; version: string };
  asOf: string;
  findings: BaselineEntry[];
}

const entrySchema = z.strictObject({
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/),
  rule: z.string(),
  system: z.string().nullable(),
  layer: z.string().optional(),
  waivedRule: z.string().optional(),
  file: z.string().optional(),
});

const fileSchema = z.strictObject({
  version: z.literal(BASELINE_VERSION),
  tool: z.looseObject({ name: z.string(), version: z.string() }),
  asOf: z.string(),
  findings: z.array(entrySchema),
});

/** The entries of every unsuppressed finding of a result, sorted by identity (stable diffs). */
export function baselineEntries(result: AuditResult): BaselineEntry[] {
  const prints = fingerprintFindings(result.findings);
  const keyed: { key: string; entry: BaselineEntry }[] = [];
  result.findings.forEach((f, i) => {
    if (f.suppressed) return;
    const entry: BaselineEntry = {
      fingerprint: prints[i]!,
      rule: f.rule,
      system: f.system,
      ...(f.layer ? { layer: f.layer } : {}),
      ...(f.waivedRule ? { waivedRule: f.waivedRule } : {}),
      ...(f.system === null ? { file: f.file } : {}),
    };
    // The sort key is made once per entry, not twice per comparison (a national inventory has ~250,000 per 100k systems).
    keyed.push({ key: JSON.stringify([entry.rule, entry.system ?? '', entry.layer ?? '', entry.waivedRule ?? '', entry.file ?? '', entry.fingerprint]), entry });
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.entry);
}

/**
 * The baseline file, `JSON.stringify(file, null, 2)` and a newline, in pieces: at a million
 * systems it is about 500 million characters, as long as a JavaScript string can be.
 */
export function baselineChunks(result: AuditResult, tool: { name: string; version: string }): Iterable<string> {
  return prettyJsonChunks({ version: BASELINE_VERSION, tool: { ...tool }, asOf: result.asOf, findings: [] }, 'findings', baselineEntries(result), (entry) => entry);
}

/** Reads a baseline file; anything wrong with it stops the run (exit 2) with the file named. */
export async function readBaselineFile(file: string, cwd: string, maxBytes = DEFAULT_MAX_FILE_SIZE): Promise<BaselineEntry[]> {
  const absolute = path.resolve(cwd, file);
  const shown = displayName(absolute, cwd);
  const text = (await readRequiredFile(absolute, shown, { vi: 'tệp baseline', en: 'the baseline file' }, maxBytes)).toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FatalError(
      localize({ vi: 'tệp baseline không phải JSON hợp lệ: {e}', en: 'the baseline file is not valid JSON: {e}' }, { e: (error as Error).message }),
      { file: shown },
    );
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map(String).join('.') || '(root)';
    throw new FatalError(
      localize(
        {
          vi: 'tệp baseline không đúng định dạng tại "{w}": {m} (tạo lại bằng "attt-audit baseline")',
          en: 'the baseline file is malformed at "{w}": {m} (recreate it with "attt-audit baseline")',
        },
        { w: where, m: issue.message },
      ),
      { file: shown },
    );
  }
  return parsed.data.findings.map((e) => ({
    fingerprint: e.fingerprint,
    rule: e.rule,
    system: e.system,
    ...(e.layer !== undefined ? { layer: e.layer } : {}),
    ...(e.waivedRule !== undefined ? { waivedRule: e.waivedRule } : {}),
    ...(e.file !== undefined ? { file: e.file } : {}),
  }));
}
