// Pieces the CI formats share: rule descriptions, repository-relative paths, waiver wording.
import path from 'node:path';
import type { AuditResult } from '../../engine/audit.js';
import type { Finding } from '../../engine/finding.js';
import { CI } from '../../i18n/ci-messages.js';
import { interpolate, type Lang } from '../../i18n/lang.js';
import { INVENTORY_RULES, type RuleDescriptor } from '../../loading/inventory-rules.js';
import type { FormatContext } from '../types.js';

/** Every rule a report may mention: the loader's `inventory/…` problems, then the pack's rules. */
export function ruleDescriptors(result: AuditResult): RuleDescriptor[] {
  return [
    ...INVENTORY_RULES,
    ...result.rules.map((r) => ({
      id: r.id,
      severity: r.severity,
      title: r.title,
      ...(r.description ? { description: r.description } : {}),
      basis: r.basis,
      ...(r.regime !== undefined ? { regime: r.regime } : {}),
      ...(r.effective ? { effective: r.effective } : {}),
      ...(r.provisional ? { provisional: true } : {}),
    })),
  ];
}

/** A finding's file relative to the repository root, with forward slashes. */
export function repoPath(file: string, ctx: FormatContext): string {
  const prefix = ctx.repoPrefix ?? '';
  return prefix === '' ? file : path.posix.normalize(`${prefix}/${file}`);
}

export function waiverText(waiver: NonNullable<Finding['waiver']>, lang: Lang): string {
  const by = waiver.approved_by ? interpolate(CI.approvedBy[lang], { who: waiver.approved_by }, lang) : '';
  return interpolate(CI.waivedUntil[lang], { d: waiver.expires, by, reason: waiver.reason }, lang);
}

/** Unsuppressed findings that still need action: not waived, and not known from a baseline. */
export function isActionable(f: Finding): boolean {
  return !f.suppressed && f.baseline !== 'known';
}
