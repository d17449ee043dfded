// The registry of rule kinds. A rule file names a kind; nothing a user writes is ever imported.
import type { RuleKind } from '../kind.js';
import { annualReportKind } from './annual-report.js';
import { approvalKind } from './approval.js';
import { assessorKind } from './assessor.js';
import { dossierKind } from './dossier.js';
import { incidentKind } from './incident.js';
import { investmentKind } from './investment.js';
import { regulationKind } from './regulation.js';
import { transitionKind } from './transition.js';
import { cadenceKind } from './cadence.js';
import { classificationCurrentHigherKind } from './classification-current-higher.js';
import { classificationIncompleteKind } from './classification-incomplete.js';
import { classificationLevelKind } from './classification-level.js';
import { conflictedAppraisalKind } from './conflicted-appraisal.js';
import { drillKind } from './drill.js';
import { fieldKind } from './field.js';
import { form08Kind } from './form08.js';
import { goliveKind } from './golive.js';
import { layersKind } from './layers.js';
import { planKind } from './plan.js';
import { waiverKind } from './waiver.js';

export const RULE_KINDS: ReadonlyMap<string, RuleKind> = new Map(
  (
    [
      annualReportKind, approvalKind, assessorKind, cadenceKind, classificationCurrentHigherKind, classificationIncompleteKind,
      classificationLevelKind, conflictedAppraisalKind, dossierKind, drillKind, fieldKind, form08Kind, goliveKind, incidentKind,
      investmentKind, layersKind, planKind, regulationKind, transitionKind, waiverKind,
    ] as unknown as RuleKind[]
  ).map((k) => [k.kind, k]),
);
