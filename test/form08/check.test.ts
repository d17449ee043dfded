// The form08/* rules in `check`: part of the current pack (so `check --regime current` and
// `--regime auto` from 2026-08-19 run them), organisation-level, only for an owner whose config
// has `organization:`; row findings point at the system's line, part-2 findings at the config.
import { describe, expect, it } from 'vitest';
import { checkJson, type JsonReport } from '../helpers.js';
import { CONFIG } from './expected.js';

const TRIPS = 'fixtures/form08/trips';
const form08 = (json: JsonReport) => json.findings.filter((f) => f.rule.startsWith('form08/'));

describe('check: form08/* rules', () => {
  it('reports the contradictions of the form with the system and its line', async () => {
    const { code, json } = await checkJson([`${TRIPS}/regulation.yaml`, '--config', CONFIG, '--as-of', '2026-12-14']);
    expect(code).toBe(1);
    expect(form08(json).map((f) => [f.rule, f.system, f.file, f.line])).toEqual([
      ['form08/regulation', 'quy-che-muon', `${TRIPS}/regulation.yaml`, 18],
      ['form08/regulation', 'khong-quy-che', `${TRIPS}/regulation.yaml`, 25],
    ]);
  });

  it('part 2 findings point into the config file', async () => {
    const { json } = await checkJson([`${TRIPS}/clean.yaml`, '--config', `${TRIPS}/part2-incomplete.config.yaml`, '--as-of', '2026-12-14']);
    expect(form08(json).map((f) => [f.rule, f.system, f.file, f.line, f.column])).toEqual([
      ['form08/part2', null, `${TRIPS}/part2-incomplete.config.yaml`, 4, 5],
      ['form08/part2', null, `${TRIPS}/part2-incomplete.config.yaml`, 10, 5],
    ]);
  });

  it('the 41-system fixture gives no form08 finding; without organization: in the config, none run', async () => {
    expect(form08((await checkJson(['fixtures/form08/it-center-2026', '--config', CONFIG, '--as-of', '2026-12-14'])).json)).toEqual([]);
    expect(form08((await checkJson([`${TRIPS}/regulation.yaml`, '--no-config', '--as-of', '2026-12-14'])).json)).toEqual([]);
  });

  it('run by --regime current (and auto) from Decree 331 on; not before 19/08/2026, not by the legacy regime', async () => {
    const forced = await checkJson([`${TRIPS}/level.yaml`, '--config', CONFIG, '--as-of', '2026-12-14', '--regime', 'current']);
    expect(form08(forced.json).map((f) => f.rule)).toEqual(['form08/level']);
    const first = await checkJson([`${TRIPS}/level.yaml`, '--config', CONFIG, '--as-of', '2026-08-19']);
    expect(form08(first.json).map((f) => f.rule)).toEqual(['form08/level']);
    const interim = await checkJson([`${TRIPS}/level.yaml`, '--config', CONFIG, '--as-of', '2026-08-18']);
    expect(form08(interim.json)).toEqual([]);
    const forcedLegacy = await checkJson([`${TRIPS}/level.yaml`, '--config', CONFIG, '--as-of', '2026-12-14', '--regime', 'legacy']);
    expect(form08(forcedLegacy.json)).toEqual([]);
  });
});
