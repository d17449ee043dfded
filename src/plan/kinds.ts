// The kinds of plan item, apart from the planner so that --help lists them without loading it.
// A rule kind's obligations and undated findings name one of these (RuleKind.planKind); `other` is
// for kinds that name none (custom `field` rules).
export const PLAN_KINDS = ['approval', 'plan', 'golive', 'audit', 'drill', 'layer', 'waiver', 'transition', 'incident', 'dossier', 'report', 'other'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
