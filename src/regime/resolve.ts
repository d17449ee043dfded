// Which legal regime applies on an evaluation date, and why: `--regime auto` takes the regime whose
// window holds the date; a forced regime is applied as asked, with a warning when its window does
// not hold the date. The answer is shown by every output (src/regime/describe.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { displayDate, localize, type Localized } from '../i18n/lang.js';
import { embeddedRegimes } from '../loading/default-pack.js';
import { packageRoot } from '../util/package-root.js';
import type { IsoDate } from '../util/date.js';
import { inWindow, readTimeline, timelineSchema, type Effective, type Instrument, type RegimeTimeline, type RegimeWindow } from './timeline.js';

export type RegimeChoice = 'auto' | string;

export interface AppliedRegime {
  id: string;
  /** Why this regime: in force on the date, or chosen with --regime. */
  reason: Localized;
  effective: Effective;
  /** True inside a provisional phase (the 2026-07-01…2026-08-18 interim window). */
  provisional: boolean;
  /** True when chosen with --regime legacy|current rather than by date. */
  forced: boolean;
  /** Set when a forced regime's window does not hold the evaluation date. */
  warning?: Localized;
  /** The note of the provisional phase, when there is one. */
  note?: Localized;
  name: Localized;
  /** The instruments in force on the date (all of the regime's, when it is forced outside its window). */
  instruments: Instrument[];
}

const vi = (date: IsoDate): string => displayDate(date, 'vi');

function windowText(w: Effective): Localized {
  return w.until === undefined
    ? { vi: `từ ${vi(w.from)}`, en: `from ${w.from}` }
    : { vi: `từ ${vi(w.from)} đến ${vi(w.until)}`, en: `from ${w.from} to ${w.until}` };
}

/**
 * The regime to apply on `asOf`. `forced` is a regime id (`legacy`, `current`) or `auto`/undefined.
 * An unknown id throws (the CLI checks ids against the timeline first).
 */
export function resolveRegime(asOf: IsoDate, forced?: RegimeChoice, timeline: RegimeTimeline = builtInTimeline()): AppliedRegime {
  const inForce = timeline.find((r) => inWindow(asOf, r));
  if (forced !== undefined && forced !== 'auto') {
    const chosen = timeline.find((r) => r.id === forced);
    if (!chosen) throw new Error(`unknown regime "${forced}"`);
    const holds = inWindow(asOf, chosen);
    const base = describe(chosen, holds ? asOf : clampTo(asOf, chosen));
    return {
      ...base,
      forced: true,
      reason: holds
        ? localize({ vi: 'chọn bằng --regime {id}; {w}', en: 'chosen with --regime {id}; {w}' }, { id: chosen.id, w: base.reason })
        : localize(
            {
              vi: 'chọn bằng --regime {id} ({window}), ngoài ngày đánh giá {d}: áp dụng các quy tắc như ngày {c}: {names}',
              en: 'chosen with --regime {id} ({window}), outside the evaluation date {de}: its rules as they stood on {ce}: {names}',
            },
            { id: chosen.id, window: windowText(chosen), d: vi(asOf), de: asOf, c: vi(clampTo(asOf, chosen)), ce: clampTo(asOf, chosen), names: base.instruments.map((i) => i.name).join(', ') },
          ),
      ...(holds
        ? {}
        : {
            warning: localize(
              {
                vi: '--regime {id}: chế độ "{id}" áp dụng {window}; ngày đánh giá {d} nằm ngoài khoảng này{now}',
                en: '--regime {id}: the "{id}" regime applies {window}; the evaluation date {de} is outside it{now}',
              },
              {
                id: chosen.id,
                window: windowText(chosen),
                d: vi(asOf),
                de: asOf,
                now: inForce ? { vi: ` (chế độ có hiệu lực: ${inForce.id})`, en: ` (the regime in force: ${inForce.id})` } : { vi: '', en: '' },
              },
            ),
          }),
    };
  }
  if (inForce) return { ...describe(inForce, asOf), forced: false };
  // Before the first regime or in a gap: the nearest earlier regime, else the first one, with a warning.
  const nearest = [...timeline].reverse().find((r) => r.from <= asOf) ?? timeline[0]!;
  return {
    ...describe(nearest, clampTo(asOf, nearest)),
    forced: false,
    warning: localize(
      { vi: 'không chế độ pháp lý nào trong dữ liệu có hiệu lực ngày {d}; áp dụng chế độ gần nhất "{id}"', en: 'no regime of the timeline is in force on {de}; applying the nearest one, "{id}"' },
      { d: vi(asOf), de: asOf, id: nearest.id },
    ),
  };
}

/** The date inside the regime's window nearest to `date`: the rules of a forced regime are taken as they stood then. */
export function clampTo(date: IsoDate, window: Effective): IsoDate {
  if (date < window.from) return window.from;
  if (window.until !== undefined && date > window.until) return window.until;
  return date;
}

function describe(regime: RegimeWindow, on: IsoDate): Omit<AppliedRegime, 'forced'> {
  const instruments = regime.instruments.filter((i) => inWindow(on, i));
  const phase = regime.phases.find((p) => inWindow(on, p));
  const names = (instruments.length > 0 ? instruments : regime.instruments).map((i) => i.name).join(', ');
  const reason = localize(
    { vi: 'áp dụng {window}, có hiệu lực vào ngày {d}: {names}{note}', en: 'the "{id}" regime ({window}) is in force on {de}: {names}{note}' },
    {
      id: regime.id,
      window: windowText(regime),
      d: vi(on),
      de: on,
      names,
      note: phase?.note ? { vi: `; ${phase.note.vi}`, en: `; ${phase.note.en}` } : { vi: '', en: '' },
    },
  );
  return {
    id: regime.id,
    reason,
    effective: { from: regime.from, ...(regime.until !== undefined ? { until: regime.until } : {}) },
    provisional: phase?.provisional === true,
    ...(phase?.note ? { note: phase.note } : {}),
    name: regime.name,
    instruments,
  };
}

let builtIn: RegimeTimeline | undefined;

/** The timeline shipped in rules/regimes.yaml: embedded in the built CLI, read from the file when running from source. */
export function builtInTimeline(): RegimeTimeline {
  builtIn ??= embeddedRegimes() ?? readTimelineFile(path.join(packageRoot(), 'rules', 'regimes.yaml'));
  return builtIn;
}

/** Reads a timeline file synchronously (yaml and zod load only here, never on the built CLI's start-up path). */
export function readTimelineFile(file: string): RegimeWindow[] {
  const require = createRequire(import.meta.url);
  const { parse } = require('yaml') as typeof import('yaml');
  const { z } = require('zod') as typeof import('zod');
  const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
  const data = parse(readFileSync(file, 'utf8')) as { regimes?: unknown };
  const parsed = timelineSchema(z, date).parse(data.regimes) as RegimeWindow[];
  const { timeline, problems } = readTimeline(parsed);
  if (problems.length > 0) throw new Error(`${file}: ${problems.map((p) => p.message.en).join('; ')}`);
  return timeline;
}
