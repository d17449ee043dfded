// The Form 08 document as data, built from the inventory: part 1 (counts), part 2 (owner and
// dedicated unit, from the config), part 3 (one row per system in scope), the optional annexes,
// and the consistency findings. Pure: the writers (DOCX, XLSX, HTML) only lay it out.
//
// Part 1 is counted from the facts (approval decisions, dossier dates, assessments) and part 3 is
// written from what each system declares; the checks (./checks.ts) compare the two, so a
// contradiction in the inventory (a dossier declared approved with no decision, an entry that could
// not be read) shows as a form that does not add up instead of being papered over.
import type { LoadedInventory, LoadedSystem } from '../loading/inventory.js';
import type { DataPath, Position } from '../loading/yaml-source.js';
import { maxDate, type IsoDate } from '../util/date.js';
import { buildAnnexes, type Annexes } from './annexes.js';
import { checkForm, type FormFinding } from './checks.js';
import {
  assessments,
  deployment,
  dossierOf,
  dossierStage,
  inScope,
  isApprovedOn,
  isClassified,
  operatorOf,
  proposedLevel,
  regulationOf,
  type Assessments,
  type Decision,
} from './facts.js';
import type { DeploymentState, DossierState } from './labels.js';
import type { OrganizationConfig } from './organization.js';

export interface DataPeriod {
  year: number;
  /** 15/12 of the year before. */
  from: IsoDate;
  /** The cut-off: 14/12 of the year, or --as-of. */
  to: IsoDate;
}

export function dataPeriod(year: number, asOf?: IsoDate): DataPeriod {
  return { year, from: `${year - 1}-12-15`, to: asOf ?? `${year}-12-14` };
}

/** Where a row's facts are written, for findings; absent for rows that came from an imported form. */
export interface RowSource {
  system: string;
  file: string;
  locate(path: DataPath, options?: { key?: boolean }): Position;
}

export interface Form08Row {
  /** Column (1). */
  stt: number;
  name: string;
  /** Column (3): the file's `organization:`, else the configured owner. */
  owner?: string;
  operator: string;
  level?: number;
  status?: DossierState;
  approval?: { decision: string; date: IsoDate; body?: string };
  regulation?: Decision;
  expectedApproval?: IsoDate;
  deployment: DeploymentState;
  expectedDeployment?: IsoDate;
  assessed: Assessments;
  source?: RowSource;
}

export interface Part1 {
  total: number;
  classified: number;
  dossierPrepared: number;
  appraised: number;
  approved: number;
  approvedPeriodic: number;
  /** Latest expected approval among the systems not approved; undefined when none is left (then "all approved") or none is dated. */
  expectedCompletion?: IsoDate;
  /** True when every system in scope is approved on the cut-off. */
  allApproved: boolean;
  /** Entries the inventory holds that could not be read: counted in the total (they exist), absent from the rows. */
  unreadable: number;
  failedFiles: number;
}

export interface Form08Document {
  period: DataPeriod;
  part1: Part1;
  organization: OrganizationConfig;
  rows: Form08Row[];
  annexes: Annexes;
  findings: FormFinding[];
  files: string[];
}

export interface Form08Input {
  inventory: LoadedInventory;
  organization?: OrganizationConfig;
  period: DataPeriod;
}

/** Inventory order (files sorted, then as written): the owner decides the order of the rows. */
function rowOf(system: LoadedSystem, stt: number, fileOwner: string | undefined, period: DataPeriod): Form08Row {
  const r = system.record;
  const cutOff = period.to;
  const status = dossierStage(r, cutOff);
  const approved = isApprovedOn(r, cutOff);
  const level = proposedLevel(r);
  const regulation = regulationOf(r);
  const dossier = dossierOf(r);
  const full = deployment(r);
  return {
    stt,
    name: r.name,
    ...(fileOwner !== undefined ? { owner: fileOwner } : {}),
    operator: operatorOf(r),
    ...(level !== undefined ? { level } : {}),
    ...(status !== undefined ? { status } : {}),
    // Column (7) only for approved rows: a decision dated after the cut-off is not yet one.
    ...(status === 'approved' && r.approval && (approved || r.approval.date <= cutOff) ? { approval: { ...r.approval } } : {}),
    ...(regulation !== undefined && regulation.date <= cutOff ? { regulation } : {}),
    ...(status !== 'approved' && dossier?.expected_approval !== undefined ? { expectedApproval: dossier.expected_approval } : {}),
    deployment: full,
    ...(full !== 'full' && r.protection_plan_expected !== undefined ? { expectedDeployment: r.protection_plan_expected } : {}),
    assessed: assessments(r, period),
    source: { system: r.id, file: system.file, locate: (path, options) => system.locate(path, options) },
  };
}

export function buildForm08(input: Form08Input): Form08Document {
  const { inventory, period } = input;
  const cutOff = period.to;
  const organization = input.organization ?? {};
  const owners = fileOrganizations(inventory);
  const systems = inventory.systems.filter((s) => inScope(s.record));
  const rows = systems.map((s, i) => rowOf(s, i + 1, owners.get(s.file) ?? organization.owner?.name, period));
  const approved = systems.filter((s) => isApprovedOn(s.record, cutOff));
  const notApproved = systems.filter((s) => !isApprovedOn(s.record, cutOff));
  const stageAtLeast = (s: LoadedSystem, stages: readonly DossierState[]): boolean => {
    const stage = dossierStage(s.record, cutOff);
    return stage !== undefined && stages.includes(stage);
  };
  const expected = notApproved.map((s) => dossierOf(s.record)?.expected_approval).filter((d): d is IsoDate => d !== undefined);
  const part1: Part1 = {
    total: systems.length + inventory.invalid,
    classified: systems.filter((s) => isClassified(s.record)).length,
    // E.18 of current-law.md: a draft is not yet a prepared dossier; an approval implies both earlier steps.
    dossierPrepared: systems.filter((s) => stageAtLeast(s, ['sent_for_appraisal', 'appraised', 'approved'])).length,
    appraised: systems.filter((s) => stageAtLeast(s, ['appraised', 'approved'])).length,
    approved: approved.length,
    approvedPeriodic: approved.filter((s) => assessments(s.record, period).periodic).length,
    ...(notApproved.length > 0 && expected.length > 0 ? { expectedCompletion: maxDate(expected)! } : {}),
    allApproved: notApproved.length === 0 && inventory.invalid === 0,
    unreadable: inventory.invalid,
    failedFiles: inventory.failedFiles,
  };
  const annexes = buildAnnexes(systems, period);
  const document: Form08Document = { period, part1, organization, rows, annexes, findings: [], files: inventory.files };
  document.findings = checkForm(document);
  return document;
}

/** Each file's `organization:` (the owner of the systems it lists), for column (3). */
function fileOrganizations(inventory: LoadedInventory): ReadonlyMap<string, string> {
  return inventory.organizations ?? new Map();
}
