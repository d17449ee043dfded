// The kinds of plan item, apart from the planner so that --help lists them without loading it.
export const PLAN_KINDS = ['approval', 'plan', 'audit', 'drill', 'layer', 'waiver'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
