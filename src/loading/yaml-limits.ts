// YAML limits, apart from the parser so that code on the start-up path can read them without loading it.
export interface YamlLimits {
  /** Largest number of alias expansions allowed when converting to data (guards "billion laughs"). */
  maxAliasCount: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 100 };
