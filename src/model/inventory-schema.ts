// The inventory contract: what users write in their YAML files. Types are inferred from the
// schema, never written twice. Keys stay snake_case so `field` rules use the paths users see.
import { z } from 'zod';
import { parseCalendarDate, type IsoDate } from '../util/date.js';
import { LAYERS, PLAN_STATES, STATUSES } from './vocabulary.js';

export { LAYERS, PLAN_STATES, STATUSES, type Layer, type Status } from './vocabulary.js';

/** A calendar date written `YYYY-MM-DD` or `DD/MM/YYYY`, normalised to ISO. */
export const calendarDate = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : 'invalid-date') })
  .regex(/^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})$/, { error: 'invalid-date' })
  .meta({ description: 'A calendar date: YYYY-MM-DD or DD/MM/YYYY' })
  .transform((text, ctx): IsoDate => {
    const date = parseCalendarDate(text);
    if (date === undefined) {
      ctx.issues.push({ code: 'custom', message: 'invalid-date', input: text, params: { kind: 'invalid-date' } });
      return z.NEVER;
    }
    return date;
  });

const text = z.string().trim().min(1);
const level = z.number().int().min(1).max(5);

export const layerEvidence = z.strictObject({
  since: calendarDate.optional(),
  until: calendarDate.optional(),
  provider: z.string().optional(),
  evidence: z.string().optional(),
});
export type LayerEvidence = z.infer<typeof layerEvidence>;
export type LayerValue = boolean | LayerEvidence;

export const audit = z.strictObject({
  date: calendarDate,
  result: z.enum(['pass', 'partial', 'fail']).optional(),
  by: z.string().optional(),
  report: z.string().optional(),
});

export const drill = z.strictObject({
  date: calendarDate,
  kind: z.string().optional(),
  note: z.string().optional(),
});

export const waiver = z.strictObject({
  rule: text,
  reason: text,
  expires: calendarDate,
  approved_by: z.string().optional(),
  layer: z.enum(LAYERS).optional(),
});
export type Waiver = z.infer<typeof waiver>;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const systemSchema = z.strictObject({
  id: text.describe('Unique id across every loaded file'),
  name: text.describe('Name of the information system'),
  owner: text.describe('Unit that owns/operates the system'),
  status: z.enum(STATUSES).default('operating'),
  level: level.nullable().optional().describe('Approved security level 1–5; absent or null when not approved'),
  approval: z
    .strictObject({ decision: text, date: calendarDate, body: z.string().optional().describe('Approving body (tên cơ quan phê duyệt), Form 08 column 7') })
    .optional()
    .describe('Approval decision; required when level is set'),
  proposed_level: level.optional().describe('Level in a dossier awaiting approval'),
  protection_plan: z.enum(PLAN_STATES).default('none'),
  protection_plan_expected: calendarDate.optional().describe('Expected date of full deployment of the protection plan (Form 08 column 11)'),
  go_live: calendarDate.optional().describe('When the system went into use'),
  security_conclusion: calendarDate.optional().describe('When the system was concluded secure'),
  audits: z.array(audit).default([]),
  last_audit: calendarDate.optional().describe('Shorthand for a single audit date'),
  layers: z
    .partialRecord(z.enum(LAYERS), z.union([z.boolean(), layerEvidence]))
    .default({})
    .describe('The 4-layer model: onsite, monitoring, independent_audit, ncsc'),
  drills: z.array(drill).default([]).describe('Real-combat drills (diễn tập thực chiến)'),
  waivers: z.array(waiver).default([]),
  attributes: z.record(z.string(), scalar).default({}).describe('Free map of scalars for custom rules'),
});

export type SystemInput = z.input<typeof systemSchema>;
export type SystemRecord = z.output<typeof systemSchema>;

/** The file-level shape; systems are validated one by one so one bad system does not hide the others. */
export const inventoryFileSchema = z.strictObject({
  $schema: z.string().optional(),
  organization: z.string().optional(),
  systems: z.array(z.unknown()),
});

/** Names of the keys each object accepts, for "did you mean" suggestions. */
export const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  file: Object.keys(inventoryFileSchema.shape),
  system: ['id', 'name', 'owner', 'status', 'level', 'approval', 'proposed_level', 'protection_plan',
    'protection_plan_expected', 'go_live', 'security_conclusion', 'audits', 'last_audit', 'layers', 'drills', 'waivers', 'attributes'],
  approval: ['decision', 'date', 'body'],
  audit: Object.keys(audit.shape),
  drill: Object.keys(drill.shape),
  waiver: Object.keys(waiver.shape),
  layers: [...LAYERS],
  layer: Object.keys(layerEvidence.shape),
};
