// The formats of `attt-audit rules`, apart from their formatter so --help does not load cli-table3.
export const RULE_FORMATS = ['table', 'json', 'markdown'] as const;
