// `gap --format json`: stable English field names. `totals`, `targets`, `byOwner`, `byLevel` keep the
// names fixed in the issue; `percent` blocks mirror the totals; `figures` lists every figure with
// its target, whether it is met and how many systems are missing.
import { regimeJson } from '../../regime/describe.js';
import { figureChanges, levelChanges, ownerChanges, totalsChange } from '../../gap/compare.js';
import { figuresOf, type GapReport, type GapTotals, type MatrixRow } from '../../gap/compute.js';
import type { GapFormatter } from '../../gap/result.js';
import type { FigureId, TargetSet } from '../../rules/targets.js';
import { quote } from '../common/json-chunks.js';

type Nested<T> = { approved?: T; planDeployed?: T; layers?: Record<string, T>; auditsCurrent?: T; drillsCurrent?: T };

/** `layers.ncsc` → `{ layers: { ncsc } }`: the same shape as the totals. */
function nest<T>(entries: [FigureId, T][]): Nested<T> {
  const out: Nested<T> = {};
  for (const [id, value] of entries) {
    if (id.startsWith('layers.')) (out.layers ??= {})[id.slice('layers.'.length)] = value;
    else out[id as Exclude<keyof Nested<T>, 'layers'>] = value;
  }
  return out;
}

function percents(totals: GapTotals): Nested<number | null> {
  return nest(figuresOf(totals, {}).map((f) => [f.id, f.percent]));
}

function targetsJson(targets: TargetSet): Nested<{ percent: number; by?: string; basis?: string }> {
  return nest(
    (Object.entries(targets) as [FigureId, NonNullable<TargetSet[FigureId]>][]).map(([id, t]) => [
      id,
      { percent: t.percent, ...(t.by ? { by: t.by } : {}), ...(t.basis ? { basis: t.basis } : {}) },
    ]),
  );
}

/** Stand for the owner groups and the matrix in the skeleton; they are serialised one by one in their place. */
const BY_OWNER = '\u0000byOwner\u0000';
const MATRIX = '\u0000matrix\u0000';

/**
 * Exactly `JSON.stringify(output, null, 2)` and a newline, in pieces: the skeleton around the owner
 * groups and the matrix, then these a few hundred at a time, so that no string holds the whole
 * document (a million systems make about 450 million characters).
 */
export const formatGapJson: GapFormatter = function* (result, ctx) {
  const { report, comparison } = result;
  const changes = comparison ? figureChanges(report.figures, comparison.report.figures) : undefined;
  const output = {
    tool: ctx.tool,
    asOf: report.asOf,
    ...(report.organization !== undefined ? { organization: report.organization } : {}),
    files: report.files,
    invalid: report.invalid,
    totals: report.totals,
    percent: percents(report.totals),
    targets: targetsJson(report.targets),
    figures: report.figures.map((figure, i) => ({
      ...figure,
      ...(changes ? { previous: changes[i]!.before, change: { count: changes[i]!.count, points: changes[i]!.points } } : {}),
    })),
    byOwner: report.byOwner.length === 0 ? [] : BY_OWNER,
    byLevel: report.byLevel.map((g) => ({ level: g.level, ...g.totals, percent: percents(g.totals) })),
    matrix: report.matrix.length === 0 ? [] : MATRIX,
    classification: report.classification,
    ...(report.regime ? { regime: regimeJson(report.regime, ctx.lang) } : {}),
    ...(comparison
      ? {
          compare: {
            against: comparison.against,
            asOf: comparison.report.asOf,
            ...(comparison.report.regime ? { regime: regimeJson(comparison.report.regime, ctx.lang) } : {}),
            files: comparison.report.files,
            totals: comparison.report.totals,
            change: totalsChange(report.totals, comparison.report.totals),
            byOwner: ownerChanges(report, comparison.report).map((c) => ({ owner: c.key, change: c.change, ...(c.before ? {} : { new: true }), ...(c.after ? {} : { gone: true }) })),
            byLevel: levelChanges(report, comparison.report).map((c) => ({ level: c.key, change: c.change, ...(c.before ? {} : { new: true }), ...(c.after ? {} : { gone: true }) })),
          },
        }
      : {}),
  };
  const skeleton = JSON.stringify(output, null, 2);
  // Each placeholder is found with its key at the top level's indentation: a string from the
  // inventory is written with its newlines escaped, so no value elsewhere can match.
  let at = 0;
  let piece = '';
  for (const [key, marker, items] of [
    ['byOwner', BY_OWNER, () => ownerPieces(report.byOwner)],
    ['matrix', MATRIX, () => matrixPieces(report.matrix)],
  ] as const) {
    const found = skeleton.indexOf(`\n  "${key}": ${JSON.stringify(marker)}`, at);
    if (found < 0) continue;
    const start = found + `\n  "${key}": `.length;
    piece += `${skeleton.slice(at, start)}[\n`;
    for (const text of items()) {
      piece += text;
      if (piece.length > 1 << 16) {
        yield piece;
        piece = '';
      }
    }
    piece += '\n  ]';
    at = start + JSON.stringify(marker).length;
  }
  yield `${piece}${skeleton.slice(at)}\n`;
};

/** One owner group two levels deep, as JSON.stringify(output, null, 2) prints it. */
function* ownerPieces(groups: GapReport['byOwner']): Generator<string> {
  for (let i = 0; i < groups.length; i += 1) {
    const g = groups[i]!;
    const json = JSON.stringify({ owner: g.owner, ...g.totals, percent: percents(g.totals) }, null, 2);
    yield (i === 0 ? '    ' : ',\n    ') + json.replaceAll('\n', '\n    ');
  }
}

/**
 * One matrix row two levels deep, written out field by field as JSON.stringify(output, null, 2)
 * prints it (a generic stringify and re-indent of each row took most of the formatter's time).
 * Field order is the contract; test/formatters/gap-streamed.test.ts compares it with JSON.stringify.
 */
function* matrixPieces(rows: readonly MatrixRow[]): Generator<string> {
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    yield (i === 0 ? '    {\n      "system": ' : ',\n    {\n      "system": ') +
      quote(row.system) +
      ',\n      "name": ' + quote(row.name) +
      ',\n      "owner": ' + quote(row.owner) +
      ',\n      "level": ' + JSON.stringify(row.level) +
      ',\n      "layers": ' + layersJson(row.layers) +
      ',\n      "all": ' + (row.all ? 'true' : 'false') +
      ',\n      "file": ' + quote(row.file) +
      '\n    }';
  }
}

/** The layer states of a row: few distinct objects (see gapFromAudit), each written once. */
const layersText = new WeakMap<object, string>();

function layersJson(layers: MatrixRow['layers']): string {
  let text = layersText.get(layers);
  if (text === undefined) {
    text = JSON.stringify(layers, null, 2).replaceAll('\n', '\n      ');
    layersText.set(layers, text);
  }
  return text;
}

