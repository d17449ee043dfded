// Picks the parser for one inventory file. The fast path (fast-yaml.ts) takes the plain block YAML
// inventories are written in; anything else — and every file with a syntax error — goes to the
// precise `yaml` parser, loaded only then, so its positions and messages stay exactly as they are.
// Either way the result has the same data and the same `locate`.
import { PRECISE_YAML_MAX_SIZE } from '../util/fs-read.js';
import { parseFastYaml } from './fast-yaml.js';
import type { YamlLimits } from './yaml-limits.js';
import type { DataPath, Position, YamlProblem, YamlSource } from './yaml-source.js';

export interface InventorySource {
  file: string;
  /** Syntax problems (only the precise parser reports any; the fast path declines instead). */
  problems: YamlProblem[];
  locate(path: DataPath, options?: { key?: boolean }): Position;
  /** The parsed document from the precise parser; absent on the fast path. */
  doc?: YamlSource['doc'];
  /** On the fast path: the data already converted, strings in NFC. */
  data?: unknown;
}

export interface SourceOptions {
  /** The fast path declines files near a limit (nesting, keys per mapping); the precise path enforces and reports them. */
  limits: YamlLimits;
  /** On the fast path, what to store for each system as it is read (see FastYamlOptions.rootItem). */
  rootItem?: (key: string, item: unknown) => unknown;
  /** Skip the fast path (tests and benchmarks compare both). */
  precise?: boolean;
}

/**
 * Largest text the precise parser is given (a 50 MB file takes it 45 s and 3 GB): a large file the
 * fast path declines — one with a syntax error, say — is a limit finding instead.
 */
export const PRECISE_MAX_CHARS = PRECISE_YAML_MAX_SIZE;

/** The fast path declined a text too large for the precise parser. */
export class TooLargeForPreciseParser extends Error {}

export async function parseInventorySource(file: string, text: string, options: SourceOptions): Promise<InventorySource> {
  const { limits } = options;
  const fast = options.precise
    ? undefined
    : parseFastYaml(text, { maxDepth: limits.maxDepth, maxKeysPerMapping: limits.maxKeysPerMapping, ...(options.rootItem ? { rootItem: options.rootItem } : {}) });
  if (fast) return { file, problems: [], locate: fast.locate, data: fast.data };
  if (text.length > PRECISE_MAX_CHARS) throw new TooLargeForPreciseParser();
  const { parseYamlSource } = await import('./yaml-source.js');
  return parseYamlSource(file, text, limits);
}
