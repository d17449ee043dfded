// Compares a result with a baseline: unsuppressed findings become `known` (in the baseline) or
// `new`; baseline entries no longer found are `resolved`. Only new findings count toward the exit code.
import type { AuditResult, BaselineEntry } from '../engine/audit.js';
import { fingerprintFindings } from './fingerprint.js';

export function applyBaseline(result: AuditResult, baseline: readonly BaselineEntry[], source: string): void {
  const known = new Set(baseline.map((e) => e.fingerprint));
  const present = new Set<string>();
  const prints = fingerprintFindings(result.findings);
  let newCount = 0;
  let knownCount = 0;
  result.findings.forEach((f, i) => {
    if (f.suppressed) return;
    const print = prints[i]!;
    present.add(print);
    if (known.has(print)) {
      f.baseline = 'known';
      knownCount += 1;
    } else {
      f.baseline = 'new';
      newCount += 1;
    }
  });
  result.baseline = { source, new: newCount, known: knownCount, resolved: baseline.filter((e) => !present.has(e.fingerprint)) };
}
