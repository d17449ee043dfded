// Targets (chỉ tiêu) for the `gap` report: the share of operating systems that should meet each
// figure, with an optional deadline and legal basis. They live in the rule pack's YAML so another
// agency can set its own; a later file's target for a figure replaces an earlier one.
import { z } from 'zod';
import { calendarDate, LAYERS } from '../model/inventory-schema.js';
import type { IsoDate } from '../util/date.js';

const target = z.union([
  z.number().min(0).max(100),
  z.strictObject({
    percent: z.number().min(0).max(100),
    by: calendarDate.optional(),
    basis: z.string().trim().min(1).optional(),
  }),
]);

/** What a rule file may hold under `targets:` (snake_case, like every other key users write). */
export const targetsSchema = z.strictObject({
  approved: target.optional(),
  plan_deployed: target.optional(),
  layers: z
    .strictObject({
      onsite: target.optional(),
      monitoring: target.optional(),
      independent_audit: target.optional(),
      ncsc: target.optional(),
      all: target.optional(),
    })
    .optional(),
  audits_current: target.optional(),
  drills_current: target.optional(),
});

export const TARGET_KEYS = Object.keys(targetsSchema.shape);
export const TARGET_LAYER_KEYS = [...LAYERS, 'all'] as const;
export const TARGET_OPTION_KEYS = ['percent', 'by', 'basis'];

export interface Target {
  percent: number;
  by?: IsoDate;
  basis?: string;
  /** Where the target was set, for messages. */
  source: { file: string; line: number; column: number };
}

/** Figures a target can be set for; the ids match the JSON field names of `gap`. */
export const FIGURE_IDS = [
  'approved',
  'planDeployed',
  'layers.onsite',
  'layers.monitoring',
  'layers.independent_audit',
  'layers.ncsc',
  'layers.all',
  'auditsCurrent',
  'drillsCurrent',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export type TargetSet = Partial<Record<FigureId, Target>>;

/** The YAML path of each figure's target, e.g. `layers.ncsc` or `plan_deployed`. */
export const TARGET_PATHS: Record<FigureId, readonly string[]> = {
  approved: ['approved'],
  planDeployed: ['plan_deployed'],
  'layers.onsite': ['layers', 'onsite'],
  'layers.monitoring': ['layers', 'monitoring'],
  'layers.independent_audit': ['layers', 'independent_audit'],
  'layers.ncsc': ['layers', 'ncsc'],
  'layers.all': ['layers', 'all'],
  auditsCurrent: ['audits_current'],
  drillsCurrent: ['drills_current'],
};

type RawTarget = z.output<typeof target>;

/** Flattens validated `targets:` data into figure ids; `locate` gives the position of a YAML path. */
export function readTargets(
  data: z.output<typeof targetsSchema>,
  locate: (path: readonly string[]) => { line: number; column: number },
  file: string,
): TargetSet {
  const out: TargetSet = {};
  for (const id of FIGURE_IDS) {
    const path = TARGET_PATHS[id];
    let node: unknown = data;
    for (const key of path) node = node !== undefined && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    if (node === undefined) continue;
    const raw = node as RawTarget;
    const position = locate(['targets', ...path]);
    out[id] =
      typeof raw === 'number'
        ? { percent: raw, source: { file, ...position } }
        : { percent: raw.percent, ...(raw.by ? { by: raw.by } : {}), ...(raw.basis ? { basis: raw.basis } : {}), source: { file, ...position } };
  }
  return out;
}
