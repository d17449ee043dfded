// The legal timeline as data (rules/regimes.yaml): regimes with their windows, the instruments
// each one is made of, and provisional phases (such as the 2026-07-01…2026-08-18 interim window).
import type { Localized } from '../i18n/lang.js';
import type { IsoDate } from '../util/date.js';
import type { z as zod } from 'zod';
import type { Zod } from '../rules/kind.js';

/** The built-in regimes; a timeline may name more (open for later law). */
export const REGIME_IDS = ['legacy', 'current'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

/** A window of calendar dates, both ends inclusive; no `until` = open-ended. */
export interface Effective {
  from: IsoDate;
  until?: IsoDate;
}

export interface Instrument extends Effective {
  name: string;
  basis?: string;
}

export interface RegimePhase extends Effective {
  provisional: boolean;
  note?: Localized;
}

export interface RegimeWindow extends Effective {
  id: string;
  name: Localized;
  instruments: Instrument[];
  phases: RegimePhase[];
}

export type RegimeTimeline = readonly RegimeWindow[];

export function inWindow(date: IsoDate, window: { from?: IsoDate; until?: IsoDate }): boolean {
  return (window.from === undefined || window.from <= date) && (window.until === undefined || date <= window.until);
}

/** The zod schema of a `regimes:` list in a rule file (zod is passed in, as for rule kinds). */
export function timelineSchema(z: Zod, date: zod.ZodType<IsoDate, string>) {
  const localized = z.strictObject({ vi: z.string().trim().min(1), en: z.string().trim().min(1) });
  const window = { from: date, until: date.optional() };
  return z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/),
        name: localized,
        ...window,
        instruments: z.array(z.strictObject({ name: z.string().trim().min(1), ...window, basis: z.string().trim().min(1).optional() })).default([]),
        phases: z.array(z.strictObject({ ...window, provisional: z.boolean().default(false), note: localized.optional() })).default([]),
      }),
    )
    .min(1);
}

/** Normalises parsed data (no `undefined` keys) and checks what zod cannot: order and overlaps. */
export function readTimeline(parsed: readonly RegimeWindow[]): { timeline: RegimeWindow[]; problems: { index: number; message: Localized }[] } {
  const problems: { index: number; message: Localized }[] = [];
  const timeline = parsed.map((r) => ({
    id: r.id,
    name: r.name,
    from: r.from,
    ...(r.until !== undefined ? { until: r.until } : {}),
    instruments: r.instruments.map((i) => ({ name: i.name, from: i.from, ...(i.until !== undefined ? { until: i.until } : {}), ...(i.basis ? { basis: i.basis } : {}) })),
    phases: r.phases.map((p) => ({ from: p.from, ...(p.until !== undefined ? { until: p.until } : {}), provisional: p.provisional, ...(p.note ? { note: p.note } : {}) })),
  }));
  timeline.forEach((r, index) => {
    if (r.until !== undefined && r.until < r.from) problems.push({ index, message: { vi: `chế độ "${r.id}": "until" trước "from"`, en: `regime "${r.id}": "until" is before "from"` } });
    const previous = timeline[index - 1];
    if (previous && (previous.until === undefined || previous.until >= r.from)) {
      problems.push({
        index,
        message: { vi: `chế độ "${r.id}" chồng lên chế độ "${previous.id}" (các chế độ phải theo thứ tự thời gian, không chồng nhau)`, en: `regime "${r.id}" overlaps regime "${previous.id}" (regimes must be in date order, without overlaps)` },
      });
    }
    if (timeline.findIndex((other) => other.id === r.id) !== index) problems.push({ index, message: { vi: `chế độ "${r.id}" bị trùng`, en: `duplicate regime "${r.id}"` } });
  });
  return { timeline, problems };
}
