// Compares the fast YAML path with the precise parser: same data, same position for every path.
import { isDeepStrictEqual } from 'node:util';
import { parseFastYaml } from '../../src/loading/fast-yaml.js';
import { readYaml, type DataPath } from '../../src/loading/yaml-source.js';

export interface Difference {
  kind: 'data' | 'position' | 'accepted-invalid';
  path?: DataPath;
  key?: boolean;
  fast?: unknown;
  precise?: unknown;
}

/** Every data path in `value`, plus a missing child under each collection. */
export function allPaths(value: unknown, prefix: DataPath = [], out: DataPath[] = []): DataPath[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, i) => allPaths(item, [...prefix, i], out));
    out.push([...prefix, value.length]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) allPaths(v, [...prefix, k], out);
    out.push([...prefix, 'no_such_key'], [...prefix, 'no_such_key', 'deeper']);
  }
  return out;
}

/** Undefined when the fast path declined; else the differences (empty when it agrees). */
export function compareParsers(text: string, maxDepth = 64): Difference[] | undefined {
  const fast = parseFastYaml(text, { maxDepth });
  if (!fast) return undefined;
  const read = readYaml('x.yaml', text, { maxDepth }, { nfc: true });
  if (!read.ok) return [{ kind: 'accepted-invalid', precise: read.problems }];
  const { source: precise, data } = read;
  if (!isDeepStrictEqual(fast.data, data)) return [{ kind: 'data', fast: fast.data, precise: data }];
  const differences: Difference[] = [];
  for (const path of allPaths(data)) {
    for (const key of [false, true]) {
      const a = fast.locate(path, { key });
      const b = precise.locate(path, { key });
      if (a.line !== b.line || a.column !== b.column) differences.push({ kind: 'position', path, key, fast: a, precise: b });
    }
  }
  return differences;
}
