// A rule as the engine sees it: validated data from a rule file plus the kind that evaluates it.
import { z } from 'zod';
import type { Localized, TextOrLocalized } from '../i18n/lang.js';
import { calendarDate } from '../model/inventory-schema.js';
import { STATUSES, type Status } from '../model/vocabulary.js';
import type { RuleKind } from './kind.js';
import type { IsoDate } from '../util/date.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

const localized = z.strictObject({ vi: z.string().trim().min(1), en: z.string().trim().min(1) });

/** The legal regime a rule (or a whole rule file) belongs to, and when it is in force. */
const regimeKeys = {
  regime: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a regime id such as legacy or current').optional(),
  effective: z.strictObject({ from: calendarDate.optional(), until: calendarDate.optional() }).optional(),
  provisional: z.boolean().optional(),
  note: localized.optional(),
};

/** Everything but `check`, whose schema depends on its kind. */
export const ruleSchema = z.strictObject({
  id: z.string().regex(RULE_ID, 'lower-case words separated by "-" and "/", such as custom/dr-site'),
  severity: z.enum(SEVERITIES),
  title: localized,
  description: localized.optional(),
  // A citation reads the same in both languages; a policy of the tool or the organisation is written per language.
  basis: z.union([z.string().trim().min(1), localized]),
  applies_to: z
    .strictObject({
      levels: z.array(z.number().int().min(1).max(5)).min(1).optional(),
      status: z.array(z.enum(STATUSES)).min(1).default(['operating']),
      owners: z.array(z.string().trim().min(1)).min(1).optional(),
    })
    .default({ status: ['operating'] }),
  check: z.looseObject({ kind: z.string() }),
  ...regimeKeys,
});

export const ruleFileSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.array(z.unknown()).default([]),
  /** Targets for the `gap` report (src/rules/targets.ts), validated separately for precise positions. */
  targets: z.unknown().optional(),
  /** Defaults for the file's rules (and targets): regime, effective window, provisional mark. */
  ...regimeKeys,
  /** The legal timeline (rules/regimes.yaml; src/regime/timeline.ts), validated separately. */
  regimes: z.unknown().optional(),
  /** Public holidays for working-day arithmetic (rules/holidays.yaml), validated separately. */
  holidays: z.unknown().optional(),
  source: z.string().trim().min(1).optional(),
});

export const RULE_KEYS = Object.keys(ruleSchema.shape);

export interface Rule {
  id: string;
  severity: Severity;
  title: Localized;
  description?: Localized;
  basis: TextOrLocalized;
  appliesTo: { levels?: number[]; status: Status[]; owners?: string[] };
  check: { kind: string };
  kind: RuleKind;
  source: { file: string; line: number; column: number };
  /** The regime the rule belongs to; absent = every regime (custom and waiver rules). */
  regime?: string;
  /** When the rule is in force; either end may be open. */
  effective?: { from?: IsoDate; until?: IsoDate };
  /** A reading not settled by a verified text (current-law.md, marks D/G); `note` says why. */
  provisional?: boolean;
  note?: Localized;
}
