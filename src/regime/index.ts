// The regime API (shared with other features, e.g. classification): which legal regime applies on a
// date, and why. The timeline is data: rules/regimes.yaml.
export { builtInTimeline, clampTo, resolveRegime, type AppliedRegime, type RegimeChoice } from './resolve.js';
export { packForRegime, ruleInForce, rulesDate } from './select.js';
export { inWindow, REGIME_IDS, type Effective, type Instrument, type RegimeId, type RegimePhase, type RegimeTimeline, type RegimeWindow } from './timeline.js';
