// The fixed words of the inventory format, kept apart from the zod schema so that code on the
// start-up path (rule kinds, the fast loader) can use them without loading zod.
export const LAYERS = ['onsite', 'monitoring', 'independent_audit', 'ncsc'] as const;
export type Layer = (typeof LAYERS)[number];

export const STATUSES = ['operating', 'building', 'retired'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * In order of progress: rules compare positions (`plan` requires a state at or after its
 * `required`), so `partially_deployed` (Form 08: "Đã triển khai một số hạng mục") sits before
 * `deployed` and counts as not fully deployed everywhere.
 */
export const PLAN_STATES = ['none', 'drafted', 'approved', 'partially_deployed', 'deployed'] as const;
export type PlanState = (typeof PLAN_STATES)[number];
