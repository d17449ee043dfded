// The project config file, `attt-audit.config.yaml`: found from the working directory upward, or
// named with `--config FILE`. Validated strictly with zod; any problem stops the run (exit 2) with
// file:line:col and the key. Paths inside it are relative to the directory that holds it.
import path from 'node:path';
import { z } from 'zod';
import { FatalError } from '../errors.js';
import { localize } from '../i18n/lang.js';
import { displayName, readRequiredFile } from '../loading/files.js';
import { AggregateFatalError } from '../loading/rules.js';
import { issueToProblems, type KnownKeys } from '../loading/schema-issues.js';
import { decodeText } from '../loading/text-decoding.js';
import { yamlProblemMessage } from '../loading/yaml-messages.js';
import { readYaml, type DataPath, type Position } from '../loading/yaml-source.js';
import { isValidTimeZone, type IsoDate } from '../util/date.js';
import { PRECISE_YAML_MAX_SIZE } from '../util/fs-read.js';
import { calendarDate } from '../model/inventory-schema.js';
import type { OrganizationConfig } from '../form08/organization.js';
import { normalizeOwner, type OwnerUnit } from '../model/owner.js';

export { CONFIG_FILE_NAME, discoverConfig } from './discover.js';
import { discoverConfig } from './discover.js';

const pathList = z.union([z.string().trim().min(1).transform((p) => [p]), z.array(z.string().trim().min(1)).min(1)]);

const outputSchema = z.strictObject({
  format: z.string().trim().min(1),
  file: z.string().trim().min(1).optional(),
  force: z.boolean().optional(),
});

// Form 08 part 2 (src/form08/organization.ts): every key optional here, a missing one is a form08/part2 finding.
const partySchema = z.strictObject({
  name: z.string().trim().min(1).optional(),
  mandate: z.string().trim().min(1).optional(),
  representative: z.string().trim().min(1).optional(),
  title: z.string().trim().min(1).optional(),
  address: z.string().trim().min(1).optional(),
  phone: z.string().trim().min(1).optional(),
  email: z.string().trim().min(1).optional(),
});
const organizationSchema = z.strictObject({ owner: partySchema.optional(), dedicated_unit: partySchema.optional() });

const waiverPolicySchema = z.strictObject({
  file: z.string().trim().min(1).optional(),
  inline: z.boolean().optional(),
  require_approved_by: z.boolean().optional(),
});

const annualReportSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  internal: calendarDate.optional(),
  submitted: calendarDate.optional(),
  reference: z.string().trim().min(1).optional(),
});

// Canonical owner units and the other names they are written under (src/model/owner.ts).
const ownerUnitSchema = z.strictObject({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).optional(),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  inventory: pathList.optional(),
  rules: pathList.optional(),
  default_rules: z.boolean().optional(),
  lang: z.enum(['vi', 'en']).optional(),
  fail_on: z.enum(['error', 'warning', 'none']).optional(),
  time_zone: z
    .string()
    .refine(isValidTimeZone, { message: 'unknown time zone (use an IANA name such as Asia/Ho_Chi_Minh)' })
    .optional(),
  baseline: z.string().trim().min(1).optional(),
  waivers: waiverPolicySchema.optional(),
  outputs: z.array(outputSchema).min(1).optional(),
  organization: organizationSchema.optional(),
  /** Annual reports on the security of the organisation's systems (Decree 331 Art 35, Form 08). */
  annual_reports: z.array(annualReportSchema).optional(),
  owners: z.array(ownerUnitSchema).optional(),
});

const KEYS: Record<string, readonly string[]> = {
  root: Object.keys(configSchema.shape),
  waivers: Object.keys(waiverPolicySchema.shape),
  output: Object.keys(outputSchema.shape),
  organization: Object.keys(organizationSchema.shape),
  party: Object.keys(partySchema.shape),
  annualReport: Object.keys(annualReportSchema.shape),
  owner: Object.keys(ownerUnitSchema.shape),
};

const configKeysAt: KnownKeys = (p) => {
  if (p.length === 0) return KEYS.root;
  if (p.length === 1 && p[0] === 'waivers') return KEYS.waivers;
  if (p.length === 2 && p[0] === 'outputs') return KEYS.output;
  if (p.length === 1 && p[0] === 'organization') return KEYS.organization;
  if (p.length === 2 && p[0] === 'organization') return KEYS.party;
  if (p.length === 2 && p[0] === 'annual_reports') return KEYS.annualReport;
  if (p.length === 2 && p[0] === 'owners') return KEYS.owner;
  return undefined;
};

export interface OutputSetting {
  format: string;
  /** Absolute path; absent = standard output. */
  file?: string;
  force: boolean;
  /** Where this entry is written in the config, for positioned errors. */
  position: Position;
}

/** The config with every path made absolute. */
export interface ProjectConfig {
  file: string;
  /** The file's name as shown in messages (relative to the working directory). */
  shown: string;
  inventory?: string[];
  rules: string[];
  defaultRules?: boolean;
  lang?: 'vi' | 'en';
  failOn?: 'error' | 'warning' | 'none';
  timeZone?: string;
  baseline?: string;
  waivers: { file?: string; inline?: boolean; requireApprovedBy?: boolean };
  outputs?: OutputSetting[];
  /** Form 08 part 2, as written (absent keys stay absent). */
  organization?: OrganizationConfig;
  /** `owners:`: canonical owner units with their aliases. */
  owners?: OwnerUnit[];
  /** `annual_reports:` entries, each with where it is written. */
  annualReports?: AnnualReportRecord[];
  locate(path: DataPath): Position;
}

export interface AnnualReportRecord {
  year: number;
  internal?: IsoDate;
  submitted?: IsoDate;
  reference?: string;
  position: Position;
}

/**
 * `--config FILE` (must exist), `--no-config` (none), or discovery from the working directory.
 * Returns undefined when there is no config.
 */
export async function loadProjectConfig(option: string | boolean | undefined, cwd: string, maxBytes = PRECISE_YAML_MAX_SIZE): Promise<ProjectConfig | undefined> {
  if (option === false) return undefined;
  const file = typeof option === 'string' ? path.resolve(cwd, option) : await discoverConfig(cwd);
  if (file === undefined) return undefined;
  const shown = displayName(file, cwd);
  const bytes = await readRequiredFile(file, shown, { vi: 'tệp cấu hình', en: 'the config file' }, Math.min(maxBytes, PRECISE_YAML_MAX_SIZE));
  return parseConfig(file, shown, bytes);
}

export function parseConfig(file: string, shown: string, bytes: Uint8Array): ProjectConfig {
  const fail = (problems: FatalError[]): never => {
    throw problems.length === 1 ? problems[0]! : new AggregateFatalError(problems);
  };
  const decoded = decodeText(bytes);
  if (!decoded.ok) fail([new FatalError(decoded.message, { file: shown })]);
  const read = readYaml(shown, (decoded as { text: string }).text);
  if (!read.ok) fail(read.problems.map((p) => new FatalError(yamlProblemMessage(p), { file: shown, ...p.position })));
  const { source } = read;
  const data = (read.ok ? read.data : undefined) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    fail([new FatalError({ vi: 'tệp cấu hình phải là một ánh xạ (khóa: giá trị)', en: 'the config file must be a mapping (key: value)' }, { file: shown, ...source.locate([]) })]);
  }
  const parsed = configSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) =>
      issueToProblems(issue, data, [], configKeysAt).map((p) => new FatalError(p.message, { file: shown, ...source.locate(p.path, { key: p.atKey }) })),
    );
    // In file order, as a reader fixes them.
    fail(problems.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0)));
  }
  const c = parsed.data!;
  const ownerIssues = ownerProblems(c.owners ?? [], shown, source.locate);
  if (ownerIssues.length > 0) fail(ownerIssues);
  const dir = path.dirname(file);
  const resolve = (p: string): string => path.resolve(dir, p);
  return {
    file,
    shown,
    ...(c.inventory ? { inventory: c.inventory.map(resolve) } : {}),
    rules: (c.rules ?? []).map(resolve),
    ...(c.default_rules !== undefined ? { defaultRules: c.default_rules } : {}),
    ...(c.lang ? { lang: c.lang } : {}),
    ...(c.fail_on ? { failOn: c.fail_on } : {}),
    ...(c.time_zone ? { timeZone: c.time_zone } : {}),
    ...(c.baseline ? { baseline: resolve(c.baseline) } : {}),
    waivers: {
      ...(c.waivers?.file ? { file: resolve(c.waivers.file) } : {}),
      ...(c.waivers?.inline !== undefined ? { inline: c.waivers.inline } : {}),
      ...(c.waivers?.require_approved_by !== undefined ? { requireApprovedBy: c.waivers.require_approved_by } : {}),
    },
    ...(c.outputs
      ? {
          outputs: c.outputs.map((o, i) => ({
            format: o.format,
            ...(o.file ? { file: resolve(o.file) } : {}),
            force: o.force ?? false,
            position: source.locate(['outputs', i, 'format']),
          })),
        }
      : {}),
    ...(c.organization ? { organization: c.organization } : {}),
    ...(c.owners ? { owners: c.owners.map((o) => ({ name: o.name, aliases: o.aliases ?? [] })) } : {}),
    ...(c.annual_reports
      ? {
          annualReports: c.annual_reports.map((r, i) => ({
            year: r.year,
            ...(r.internal ? { internal: r.internal } : {}),
            ...(r.submitted ? { submitted: r.submitted } : {}),
            ...(r.reference ? { reference: r.reference } : {}),
            position: source.locate(['annual_reports', i]),
          })),
        }
      : {}),
    locate: source.locate,
  };
}

/**
 * A name may belong to one unit only: a unit declared twice, or an alias that is also another
 * unit's name or alias, would make grouping depend on the order of the list.
 */
function ownerProblems(owners: readonly { name: string; aliases?: string[] | undefined }[], shown: string, locate: (path: DataPath) => Position): FatalError[] {
  const seen = new Map<string, number>();
  const problems: FatalError[] = [];
  owners.forEach((unit, i) => {
    const names: [DataPath, string][] = [[['owners', i, 'name'], unit.name], ...(unit.aliases ?? []).map((a, j): [DataPath, string] => [['owners', i, 'aliases', j], a])];
    for (const [at, name] of names) {
      const key = normalizeOwner(name);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        continue;
      }
      problems.push(
        new FatalError(
          localize(
            first === i
              ? { vi: '"owners": tên "{n}" bị ghi hai lần cho cùng một đơn vị', en: '"owners": the name "{n}" is written twice for the same unit' }
              : { vi: '"owners": tên "{n}" đã thuộc về đơn vị "{u}"; mỗi tên chỉ thuộc một đơn vị', en: '"owners": the name "{n}" already belongs to unit "{u}"; a name belongs to one unit only' },
            { n: name, u: owners[first]!.name },
          ),
          { file: shown, ...locate(at) },
        ),
      );
    }
  });
  return problems;
}
