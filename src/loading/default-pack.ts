// The default rule pack, validated when the CLI is built and embedded in the bundle, so a run with
// the default pack reads no YAML and loads no zod. It is used only while rules/ holds exactly the
// files it was built from; otherwise (and when running from source) rules/ is loaded as usual.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../rules/rule.js';
import type { TargetSet } from '../rules/targets.js';
import type { Holiday, LoadedRules, RegimeTargets } from './rule-pack.js';
import type { RegimeWindow } from '../regime/timeline.js';
import { RULE_KINDS } from '../rules/kinds/index.js';
import { packageRoot } from '../util/package-root.js';
import { displayName, expandPaths } from './files.js';

function readTextOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The default rule pack shipped with the tool (`rules/` at the package root). */
export function defaultRulesDir(): string {
  return path.join(packageRoot(), 'rules');
}

/** A validated rule pack as data: rules without their kind object, files relative to the rules directory. */
export interface CompiledPack {
  files: { name: string; text: string }[];
  rules: Omit<Rule, 'kind'>[];
  targets: TargetSet;
  targetSets?: RegimeTargets[];
  regimes?: RegimeWindow[];
  holidays?: Holiday[];
}

/** Set by the build (scripts/build.mjs); absent when running from source. */
declare const __DEFAULT_RULES__: CompiledPack | undefined;

/** Turns rules loaded from `dir` (with `dir` as the working directory) into data; `texts` are the files' exact contents by absolute path. */
export function compilePack(dir: string, loaded: LoadedRules, texts: ReadonlyMap<string, string>): CompiledPack {
  const relative = (file: string): string => path.relative(dir, file).split(path.sep).join('/');
  const at = <T extends { source: { file: string } }>(item: T): T => ({ ...item, source: { ...item.source, file: relative(path.resolve(dir, item.source.file)) } });
  return {
    files: [...texts].map(([file, text]) => ({ name: relative(file), text })),
    rules: loaded.rules.map(({ kind: _kind, ...rule }) => at(rule)),
    targets: relocateTargets(loaded.targets, at),
    ...(loaded.targetSets ? { targetSets: loaded.targetSets.map((set) => ({ ...set, targets: relocateTargets(set.targets, at) })) } : {}),
    ...(loaded.regimes ? { regimes: loaded.regimes } : {}),
    ...(loaded.holidays ? { holidays: loaded.holidays } : {}),
  };
}

function relocateTargets(targets: TargetSet, at: <T extends { source: { file: string } }>(item: T) => T): TargetSet {
  return Object.fromEntries(Object.entries(targets).map(([figure, target]) => [figure, at(target)]));
}

/** The embedded pack, if rules/ still holds exactly the files it was compiled from. */
export async function prebuiltDefaultRules(cwd: string, pack: CompiledPack | undefined = embeddedPack()): Promise<LoadedRules | undefined> {
  if (!pack) return undefined;
  const dir = defaultRulesDir();
  const files = await expandPaths([dir], cwd).catch(() => []);
  if (files.length !== pack.files.length) return undefined;
  for (const [index, file] of files.entries()) {
    const expected = pack.files[index]!;
    if (path.relative(dir, file).split(path.sep).join('/') !== expected.name) return undefined;
    if (readTextOrUndefined(file) !== expected.text) return undefined;
  }
  const rules: Rule[] = [];
  for (const rule of pack.rules) {
    const kind = RULE_KINDS.get(rule.check.kind);
    if (!kind) return undefined;
    const { id, severity, title, description, basis, appliesTo, check, source, regime, effective, provisional, note } = rule;
    rules.push({
      id,
      severity,
      title,
      ...(description ? { description } : {}),
      basis,
      appliesTo,
      check,
      kind,
      source: { ...source, file: displayName(path.join(dir, source.file), cwd) },
      ...(regime !== undefined ? { regime } : {}),
      ...(effective ? { effective } : {}),
      ...(provisional !== undefined ? { provisional } : {}),
      ...(note ? { note } : {}),
    });
  }
  const shown = (targets: TargetSet): TargetSet =>
    Object.fromEntries(Object.entries(targets).map(([figure, target]) => [figure, { ...target, source: { ...target.source, file: displayName(path.join(dir, target.source.file), cwd) } }]));
  return {
    rules,
    files: files.map((file) => displayName(file, cwd)),
    targets: shown(pack.targets),
    ...(pack.targetSets ? { targetSets: pack.targetSets.map((set) => ({ ...set, targets: shown(set.targets) })) } : {}),
    ...(pack.regimes ? { regimes: pack.regimes } : {}),
    ...(pack.holidays ? { holidays: pack.holidays } : {}),
  };
}

/** The legal timeline embedded in the built CLI (rules/regimes.yaml), without reading any file. */
export function embeddedRegimes(): RegimeWindow[] | undefined {
  return embeddedPack()?.regimes;
}

function embeddedPack(): CompiledPack | undefined {
  return typeof __DEFAULT_RULES__ === 'undefined' ? undefined : __DEFAULT_RULES__;
}
