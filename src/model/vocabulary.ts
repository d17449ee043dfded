// The fixed words of the inventory format, kept apart from the zod schema so that code on the
// start-up path (rule kinds, the fast loader) can use them without loading zod.
export const LAYERS = ['onsite', 'monitoring', 'independent_audit', 'ncsc'] as const;
export type Layer = (typeof LAYERS)[number];

export const STATUSES = ['operating', 'building', 'retired'] as const;
export type Status = (typeof STATUSES)[number];

export const PLAN_STATES = ['none', 'drafted', 'approved', 'deployed'] as const;
