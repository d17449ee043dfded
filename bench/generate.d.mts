// Types for bench/generate.mjs, which the tests use to build inventories with errors.
export interface GenerateOptions {
  systems: number;
  files?: number;
  seed?: number;
  /** Share of systems with a schema mistake (default 0.02). */
  broken?: number;
  /** How many files end with a YAML syntax error (default 0). */
  syntaxErrors?: number;
}
export function prng(seed: number): () => number;
export function generateInventory(options: GenerateOptions): { name: string; text: string; syntaxError?: boolean }[];
export function writeInventory(dir: string, options: GenerateOptions): number;
