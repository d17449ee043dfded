// The inventory contract: what users write in their YAML files. Types are inferred from the
// schema, never written twice. Keys stay snake_case so `field` rules use the paths users see.
import { z } from 'zod';
import { parseCalendarDate, type IsoDate } from '../util/date.js';
import { parseVietnamDateTime } from '../util/date-time.js';
import { systemIdProblem } from './system-id.js';
import {
  CONSTRUCTION_GRADES,
  DECIDERS,
  HARMS,
  INFORMATION_TYPES,
  INFRASTRUCTURE_SCOPES,
  LAYERS,
  PLAN_STATES,
  STATUSES,
  SYSTEM_TYPES,
} from './vocabulary.js';

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

/** An id is compared as written, so ends and invisible characters are refused rather than trimmed (see system-id.ts). */
export const systemId = z
  .string()
  .min(1)
  .superRefine((id, ctx) => {
    if (systemIdProblem(id)) ctx.addIssue({ code: 'custom', message: 'system-id', input: id, params: { kind: 'system-id' } });
  });
const level = z.number().int().min(1).max(5);

export const layerEvidence = z.strictObject({
  since: calendarDate.optional(),
  until: calendarDate.optional(),
  provider: z.string().optional(),
  evidence: z.string().optional(),
});
export type LayerEvidence = z.infer<typeof layerEvidence>;
export type LayerValue = boolean | LayerEvidence;

/**
 * A moment in Viet Nam time: `YYYY-MM-DD HH:MM`, `YYYY-MM-DDTHH:MM[:SS][+07:00|Z|±HH:MM]`, or a bare
 * date (the start of that day). Normalised to `YYYY-MM-DDTHH:MM:SS+07:00`.
 */
export const dateTime = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : 'invalid-datetime') })
  .meta({ description: 'A date and time in Viet Nam time: YYYY-MM-DD HH:MM, YYYY-MM-DDTHH:MM[:SS][+07:00], or a date (start of the day)' })
  .transform((text, ctx): string => {
    const moment = parseVietnamDateTime(text);
    if (moment === undefined) {
      ctx.issues.push({ code: 'custom', message: 'invalid-datetime', input: text, params: { kind: 'invalid-datetime' } });
      return z.NEVER;
    }
    return moment;
  });

/** Who did an assessment, relative to the system's operator (Decree 331 Art 31.2.c). */
export const ASSESSORS = ['operator', 'independent_unit', 'licensed_organization'] as const;
export const AUDIT_KINDS = ['pre_operation', 'periodic'] as const;

export const audit = z.strictObject({
  date: calendarDate,
  result: z.enum(['pass', 'partial', 'fail']).optional(),
  by: z.string().optional(),
  report: z.string().optional(),
  assessor: z.enum(ASSESSORS).optional().describe('Who assessed, relative to the operator: operator (does not count under Decree 331), independent_unit, licensed_organization'),
  kind: z.enum(AUDIT_KINDS).optional().describe('pre_operation (before go-live) or periodic (default)'),
});

export const regulation = z.strictObject({
  decision: text.describe('Number of the decision issuing the regulation'),
  date: calendarDate,
  issuer: text.describe('Who issued it'),
});

export const transitionReview = z.strictObject({
  date: calendarDate.describe('When the protection plan was reviewed and deployed against Law 116/2025'),
  decision: z.string().optional(),
  note: z.string().optional(),
});

export const incident = z.strictObject({
  detected: dateTime,
  serious: z.boolean().default(false),
  initial_notice: dateTime.optional().describe('When the initial notice was sent (serious incidents: within 24 h)'),
  report: dateTime.optional().describe('When the report on cause, impact and remedy was sent (within 72 h)'),
  note: z.string().optional(),
});
export type Incident = z.infer<typeof incident>;

export const DOSSIER_STATES = ['drafting', 'sent_for_appraisal', 'appraised', 'approved'] as const;
export const APPRAISERS = ['dedicated_unit', 'subordinate_unit', 'independent_council'] as const;

export const dossier = z.strictObject({
  status: z.enum(DOSSIER_STATES),
  submitted: calendarDate.optional().describe('When the complete dossier was received for appraisal'),
  appraised: calendarDate.optional(),
  appraised_by: z.string().optional(),
  appraiser: z.enum(APPRAISERS).optional(),
  expected_approval: calendarDate.optional(),
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

const count = z.number().int().min(0);

/** The facts the level criteria need (issue #15); every key optional, unknown is not "no". */
export const classification = z.strictObject({
  information: z.array(z.enum(INFORMATION_TYPES)).optional().describe('Information processed: public, private, personal, state_secret (Decree 331 Art 9.1)'),
  national_security_harm: z.enum(HARMS).optional().describe('Only for systems processing state secrets or serving defence/security: harm, serious, especially_serious'),
  type: z.enum(SYSTEM_TYPES).optional().describe('System type (Decree 331 Art 9.2)'),
  administrative_procedure: z.boolean().optional().describe('Handles administrative procedures for citizens or businesses (Art 13.2.b)'),
  conditional_business: z.boolean().optional().describe('Online service in a conditional business line under the investment law'),
  data_subjects: z
    .strictObject({ basic: count.optional(), sensitive: count.optional() })
    .optional()
    .describe('People whose basic / sensitive personal data the system holds'),
  users: count.optional().describe('Legacy criteria only: users whose private or personal data it processes'),
  infrastructure_scope: z.enum(INFRASTRUCTURE_SCOPES).optional(),
  national_e_government_24x7: z.boolean().optional(),
  construction_grade: z.enum(CONSTRUCTION_GRADES).optional().describe('Grade of the construction works an industrial control system runs'),
  national_data_central: z.boolean().optional().describe('Central storage of especially important national data'),
  national_security_critical: z.boolean().optional().describe('Meets Decree 331 Art 16'),
  risk_level: level.optional().describe('The level the risk assessment supports; it can only raise the result'),
  decided_level: level.optional(),
  decided_by: z.enum(DECIDERS).optional(),
});
export type ClassificationFacts = z.output<typeof classification>;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const systemSchema = z.strictObject({
  id: systemId.describe('Unique id across every loaded file'),
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
  // zod skips a "__proto__" key here; the loader refuses it by name (inventory.ts, reservedKeyProblems).
  attributes: z.record(z.string(), scalar).default({}).describe('Free map of scalars for custom rules'),
  // Keys for the current regime (Law 116/2025, Decree 331/2026). No defaults, so that a system
  // without them is the same record as before.
  operator: text.optional().describe('Operating unit (đơn vị vận hành)'),
  investment_start: calendarDate.optional().describe('Start of investment/construction (for status: building)'),
  regulation: regulation.optional().describe('Cybersecurity regulation of the system (Quy chế bảo đảm an ninh mạng)'),
  transition_review: transitionReview.optional().describe('Dated record that the protection plan was reviewed and deployed against Law 116/2025'),
  incidents: z.array(incident).optional().describe('Cybersecurity incidents (sự cố an ninh mạng)'),
  dossier: dossier.optional().describe('Level dossier (hồ sơ đề xuất cấp độ)'),
  classification: classification.optional().describe('Facts for the level criteria (attt-audit classify)'),
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
  system: ['id', 'name', 'owner', 'status', 'level', 'approval', 'proposed_level', 'protection_plan', 'protection_plan_expected', 'go_live',
    'security_conclusion', 'audits', 'last_audit', 'layers', 'drills', 'waivers', 'attributes',
    'operator', 'investment_start', 'regulation', 'transition_review', 'incidents', 'dossier', 'classification'],
  approval: ['decision', 'date', 'body'],
  audit: Object.keys(audit.shape),
  drill: Object.keys(drill.shape),
  waiver: Object.keys(waiver.shape),
  layers: [...LAYERS],
  layer: Object.keys(layerEvidence.shape),
  regulation: Object.keys(regulation.shape),
  transition_review: Object.keys(transitionReview.shape),
  incident: Object.keys(incident.shape),
  dossier: Object.keys(dossier.shape),
  classification: Object.keys(classification.shape),
  data_subjects: ['basic', 'sensitive'],
};
