// A finding's identity across runs: rule + system + layer (+ the waived rule, for waiver findings),
// never the file or line, so editing above a system or moving it to another file keeps it "known".
// Findings that belong to a whole file (system null) have no system, so their file stands in.
import * as crypto from 'node:crypto';
import type { Finding } from '../engine/finding.js';

export type FindingIdentity = Pick<Finding, 'rule' | 'system' | 'layer' | 'waivedRule' | 'file'>;

export function identityKey(f: FindingIdentity): string[] {
  return [f.rule, f.system ?? `file:${f.file}`, f.layer ?? '', f.waivedRule ?? ''];
}

/**
 * One fingerprint per finding, in the same order. Findings with the same identity (two schema
 * problems in one system) are told apart by their occurrence number, counted in finding order.
 */
export function fingerprintFindings(findings: readonly FindingIdentity[]): string[] {
  const next = fingerprinter();
  return findings.map(next);
}

/**
 * Fingerprints made one at a time, for findings given in order: a formatter that writes as it
 * goes (SARIF, GitLab) never holds all of them (issue 17: ~250,000 per 100k systems).
 */
export function fingerprinter(): (f: FindingIdentity) => string {
  const seen = new Map<string, number>();
  return (f) => {
    const key = JSON.stringify(identityKey(f));
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return fingerprint(`${key}#${occurrence}`);
  };
}

/**
 * The first 32 hex digits of the SHA-256 of `text`. crypto.hash (Node 20.12+) is the one-shot
 * form, several times cheaper than a Hash object; its hex output is ~3x cheaper than a Buffer
 * turned into hex (a Buffer object per finding). The slice keeps its 64-digit digest alive, which
 * only matters where all fingerprints are kept (a baseline: ~8 MB more per 100k systems).
 */
const fingerprint: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex').slice(0, 32)
    : (text) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 32);
