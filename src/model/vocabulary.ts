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

// Classification facts (`classification:` mapping, issue #15): the words of Decree 331 Art 9 and 11–16.
export const INFORMATION_TYPES = ['public', 'private', 'personal', 'state_secret'] as const;
export type InformationType = (typeof INFORMATION_TYPES)[number];
export const SYSTEM_TYPES = ['internal', 'online_service', 'infrastructure', 'industrial_control', 'other'] as const;
export type SystemType = (typeof SYSTEM_TYPES)[number];
export const HARMS = ['harm', 'serious', 'especially_serious'] as const;
export type Harm = (typeof HARMS)[number];
export const INFRASTRUCTURE_SCOPES = ['one_agency', 'sector_or_province', 'nationwide_24x7', 'international'] as const;
export type InfrastructureScope = (typeof INFRASTRUCTURE_SCOPES)[number];
export const CONSTRUCTION_GRADES = ['special', 'I', 'II', 'III', 'IV'] as const;
export type ConstructionGrade = (typeof CONSTRUCTION_GRADES)[number];
export const DECIDERS = ['prime_minister', 'risk_framework'] as const;
export type Decider = (typeof DECIDERS)[number];
