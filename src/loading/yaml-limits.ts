// YAML limits, apart from the parser so that code on the start-up path can read them without loading it.
// Every file the tool reads (inventories, rule files, the config file, waivers files) gets them.
export interface YamlLimits {
  /** Largest number of alias expansions, nested ones counted as often as they are copied (guards "billion laughs"). */
  maxAliasCount: number;
  /** Deepest nesting of mappings and lists, as written and after alias expansion. */
  maxDepth: number;
  /** Most keys in one mapping (a hostile file makes one mapping of millions of keys). */
  maxKeysPerMapping: number;
  /** Most nodes that alias expansion may add to what the file writes (a few aliases of a huge anchor copy it whole). */
  maxAliasNodes: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 100, maxDepth: 64, maxKeysPerMapping: 10_000, maxAliasNodes: 1_000_000 };

/** Problem codes (see yaml-source.ts) that mean a limit was hit rather than a syntax error. */
export const LIMIT_CODES: readonly string[] = ['LIMIT_DEPTH', 'LIMIT_STACK', 'LIMIT_KEYS', 'LIMIT_ALIASES', 'LIMIT_ALIAS_NODES'];

export function isLimitProblem(problem: { code: string }): boolean {
  return LIMIT_CODES.includes(problem.code);
}
