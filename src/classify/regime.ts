// Which criteria table the minimum is computed with, from the applied regime (src/regime).
import type { AppliedRegime } from '../regime/index.js';
import type { IsoDate } from '../util/date.js';
import type { RegimeId } from './criteria.js';
import { TRANSITION } from './system.js';

/**
 * The legacy regime uses Decree 85; the current one Decree 331 from its start (2026-08-19). In the
 * interim window (Law 116 in force, Decree 331 not yet) the Decree 85 criteria keep applying where
 * compatible (Law 64/2025 Art 57.2; provisional). `--regime current` forces the Decree 331 table.
 */
export function criteriaFor(regime: Pick<AppliedRegime, 'id' | 'forced'>, asOf: IsoDate): RegimeId {
  if (regime.id === 'legacy') return 'legacy';
  if (regime.forced) return 'current';
  return asOf >= TRANSITION.decree331 ? 'current' : 'legacy';
}
