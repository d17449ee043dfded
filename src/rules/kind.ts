// The contract between the engine and a rule kind: one kind per module, options validated by zod
// when a rule file loads (zod is passed in, so the start-up path never imports it), evaluation a pure function of one system and the evaluation date.
import type { z } from 'zod';
import type { Lang, Localized } from '../i18n/lang.js';
import type { Layer, SystemRecord } from '../model/inventory-schema.js';
import type { DataPath } from '../loading/yaml-source.js';
import type { IsoDate } from '../util/date.js';

export interface EvaluationContext {
  asOf: IsoDate;
}

/** One thing a kind found wrong with a system; the engine adds rule id, severity and position. */
export interface Hit {
  path: DataPath;
  message: Localized;
  layer?: Layer;
  due?: IsoDate;
}

/** The zod namespace, handed to kinds so that evaluating rules never loads zod (only validating rule files does). */
export type Zod = typeof z;

export interface RuleKind<Options extends { kind: string } = { kind: string }> {
  kind: string;
  /** Builds the strict zod schema of the `check:` mapping, including `kind`. */
  options: (z: Zod) => z.ZodType<Options>;
  evaluate(system: SystemRecord, options: Options, ctx: EvaluationContext): Hit[];
  /** One line for the rules reference, e.g. "levels 1–2: 24 months; 3–4: 12; 5: 6". */
  describe(options: Options, lang: Lang): string;
}

export function defineKind<Options extends { kind: string }>(kind: RuleKind<Options>): RuleKind<Options> {
  return kind;
}
