// Every criterion of both regimes at its threshold, highest-level-wins, unknown facts and
// risk_level raising: one row per case, the minimum and the deciding criterion asserted exactly.
import { describe, expect, it } from 'vitest';
import { authorityFor } from '../../src/classify/authority.js';
import { cite } from '../../src/classify/citation.js';
import { CRITERIA } from '../../src/classify/criteria.js';
import { classifyFacts, missingFacts } from '../../src/classify/evaluate.js';
import { fastSystemRecord } from '../../src/loading/fast-system.js';
import { systemSchema, type ClassificationFacts } from '../../src/model/inventory-schema.js';

type Row = [name: string, facts: ClassificationFacts, minimum: number | null, deciding: string | null];

// A complete online service: only the fact under test changes.
const online = (more: ClassificationFacts): ClassificationFacts => ({
  type: 'online_service',
  information: ['public', 'personal'],
  administrative_procedure: false,
  conditional_business: false,
  data_subjects: { basic: 0, sensitive: 0 },
  ...more,
});
const infra = (scope: ClassificationFacts['infrastructure_scope']): ClassificationFacts => ({ type: 'infrastructure', information: ['private'], infrastructure_scope: scope });
const ics = (grade: ClassificationFacts['construction_grade']): ClassificationFacts => ({ type: 'industrial_control', information: ['private'], construction_grade: grade });
const secret = (harm: ClassificationFacts['national_security_harm']): ClassificationFacts => ({ type: 'internal', information: ['state_secret'], national_security_harm: harm });
const internalPublic: ClassificationFacts = { type: 'internal', information: ['public'] };

const CURRENT: Row[] = [
  ['11.1 internal, public only', internalPublic, 1, 'nd331-11.1'],
  ['11.2 Framework decides level 1', { type: 'other', information: ['public'], decided_level: 1, decided_by: 'risk_framework' }, 1, 'nd331-11.2'],
  ['12.1 internal, private', { type: 'internal', information: ['public', 'private'] }, 2, 'nd331-12.1'],
  ['12.1 internal, personal', { type: 'internal', information: ['personal'] }, 2, 'nd331-12.1'],
  ['12.2.a not conditional', online({ information: ['public'] }), 2, 'nd331-12.2.a'],
  ['12.2.b 99,999 basic subjects', online({ data_subjects: { basic: 99_999, sensitive: 0 } }), 2, 'nd331-12.2.a'],
  ['13.2.c 100,000 basic subjects', online({ data_subjects: { basic: 100_000, sensitive: 0 } }), 3, 'nd331-13.2.c'],
  ['12.2.b 9,999 sensitive subjects', online({ data_subjects: { basic: 0, sensitive: 9_999 } }), 2, 'nd331-12.2.a'],
  ['13.2.c 10,000 sensitive subjects', online({ data_subjects: { basic: 0, sensitive: 10_000 } }), 3, 'nd331-13.2.c'],
  ['13.2.a conditional business', online({ conditional_business: true }), 3, 'nd331-13.2.a'],
  ['13.2.b administrative procedure', online({ administrative_procedure: true }), 3, 'nd331-13.2.b'],
  ['13.2.b makes an "internal" system citizen-serving', { type: 'internal', information: ['personal'], administrative_procedure: true, conditional_business: false, data_subjects: { basic: 10, sensitive: 0 } }, 3, 'nd331-13.2.b'],
  ['12.3 infrastructure of one agency', infra('one_agency'), 2, 'nd331-12.3'],
  ['13.3 infrastructure of a ministry or province', infra('sector_or_province'), 3, 'nd331-13.3'],
  ['14.2 nationwide infrastructure 24/7', infra('nationwide_24x7'), 4, 'nd331-14.2-infra'],
  ['15.3 international infrastructure', infra('international'), 5, 'nd331-15.3'],
  ['13.4 industrial control, grade IV', ics('IV'), 3, 'nd331-13.4'],
  ['13.4 industrial control, grade III', ics('III'), 3, 'nd331-13.4'],
  ['13.4 industrial control, grade II', ics('II'), 3, 'nd331-13.4'],
  ['14.3 industrial control, grade I', ics('I'), 4, 'nd331-14.3'],
  ['15.4 industrial control, special grade', ics('special'), 5, 'nd331-15.4'],
  ['13.1 state secret, harm', secret('harm'), 3, 'nd331-13.1'],
  ['14.1 state secret, serious harm', secret('serious'), 4, 'nd331-14.1'],
  ['15.1 especially serious harm (strategic)', secret('especially_serious'), 5, 'nd331-15.1'],
  ['13.1 defence system without state secrets', { type: 'internal', information: ['private'], national_security_harm: 'harm' }, 3, 'nd331-13.1'],
  ['14.2 national e-government 24/7', { type: 'internal', information: ['private'], national_e_government_24x7: true }, 4, 'nd331-14.2-egov'],
  ['15.2 central national data', { type: 'internal', information: ['private'], national_data_central: true }, 5, 'nd331-15.2'],
  ['16 national-security-critical: minimum 3', { type: 'internal', information: ['private'], national_security_critical: true }, 3, 'nd331-16'],
  ['12.4 Prime Minister decides level 2', { type: 'other', information: ['private'], decided_level: 2, decided_by: 'prime_minister' }, 2, 'nd331-12.4'],
  ['13.5 Framework decides level 3', { type: 'other', information: ['private'], decided_level: 3, decided_by: 'risk_framework' }, 3, 'nd331-13.5'],
  ['14.4 Prime Minister decides level 4', { type: 'other', information: ['private'], decided_level: 4, decided_by: 'prime_minister' }, 4, 'nd331-14.4'],
  ['15.5 Prime Minister decides level 5', { type: 'other', information: ['private'], decided_level: 5, decided_by: 'prime_minister' }, 5, 'nd331-15.5'],
  ['no Prime Minister clause at level 1', { type: 'other', information: ['public'], decided_level: 1, decided_by: 'prime_minister' }, null, null],
  ['risk_level raises an internal system', { ...internalPublic, risk_level: 3 }, 3, 'nd331-10.5'],
  ['risk_level never lowers', { ...online({ administrative_procedure: true }), risk_level: 1 }, 3, 'nd331-13.2.b'],
  ['"other" system: decided by a risk assessment', { type: 'other', information: ['private'] }, null, null],
];

const LEGACY: Row[] = [
  ['7 internal, public only', internalPublic, 1, 'nd85-7'],
  ['8.1 internal, private', { type: 'internal', information: ['private'] }, 2, 'nd85-8.1'],
  ['8.2.a online public service (scale not recorded)', online({ administrative_procedure: true }), 2, 'nd85-8.2.a'],
  ['8.2.b not conditional', online({ information: ['public'] }), 2, 'nd85-8.2.b'],
  ['8.2.c 9,999 users', online({ users: 9_999 }), 2, 'nd85-8.2.b'],
  ['9.2.c 10,000 users', online({ users: 10_000 }), 3, 'nd85-9.2.c'],
  ['users wins over data_subjects', online({ users: 9_999, data_subjects: { basic: 500_000, sensitive: 0 } }), 2, 'nd85-8.2.b'],
  ['9.2.c proxy: larger data_subjects count', online({ data_subjects: { basic: 10_000, sensitive: 0 } }), 3, 'nd85-9.2.c'],
  ['8.2.c proxy below the threshold', online({ data_subjects: { basic: 9_999, sensitive: 20 } }), 2, 'nd85-8.2.b'],
  ['9.2.c proxy: one known count is enough above', online({ data_subjects: { basic: 12_000 } }), 3, 'nd85-9.2.c'],
  ['9.2.b conditional business', online({ conditional_business: true }), 3, 'nd85-9.2.b'],
  ['8.3 infrastructure of one agency', infra('one_agency'), 2, 'nd85-8.3'],
  ['9.3 shared infrastructure of a sector', infra('sector_or_province'), 3, 'nd85-9.3'],
  ['10.3 nationwide infrastructure 24/7', infra('nationwide_24x7'), 4, 'nd85-10.3'],
  ['11.3 international infrastructure', infra('international'), 5, 'nd85-11.3'],
  ['9.4 industrial control, grade II', ics('II'), 3, 'nd85-9.4'],
  ['10.4 industrial control, grade I', ics('I'), 4, 'nd85-10.4'],
  ['11.4 industrial control, special grade', ics('special'), 5, 'nd85-11.4'],
  ['9.1 state secret, harm', secret('harm'), 3, 'nd85-9.1'],
  ['10.1 serious harm', secret('serious'), 4, 'nd85-10.1'],
  ['11.1 especially serious harm', secret('especially_serious'), 5, 'nd85-11.1'],
  ['10.2 national e-government 24/7', { type: 'internal', information: ['private'], national_e_government_24x7: true }, 4, 'nd85-10.2'],
  ['11.2 central national data', { type: 'internal', information: ['private'], national_data_central: true }, 5, 'nd85-11.2'],
  ['11.5 Prime Minister decides level 5', { type: 'other', information: ['private'], decided_level: 5, decided_by: 'prime_minister' }, 5, 'nd85-11.5'],
  ['no Framework clause in the legacy regime', { type: 'other', information: ['private'], decided_level: 4, decided_by: 'risk_framework' }, null, null],
  ['risk_level does not raise under the legacy regime', { ...internalPublic, risk_level: 3 }, 1, 'nd85-7'],
  ['Art 16 is not a legacy criterion', { type: 'internal', information: ['private'], national_security_critical: true }, 2, 'nd85-8.1'],
];

describe('criteria of Decree 331/2026 (current)', () => {
  it.each(CURRENT)('%s', (_name, facts, minimum, deciding) => {
    const result = classifyFacts(facts, 'current');
    expect(result.minimumLevel).toBe(minimum);
    expect(result.matched[0]?.criterion ?? null).toBe(deciding);
    expect(result.unknown).toEqual([]);
  });
});

describe('criteria of Decree 85/2016 (legacy)', () => {
  it.each(LEGACY)('%s', (_name, facts, minimum, deciding) => {
    const result = classifyFacts(facts, 'legacy');
    expect(result.minimumLevel).toBe(minimum);
    expect(result.matched[0]?.criterion ?? null).toBe(deciding);
    expect(result.unknown).toEqual([]);
  });
});

describe('every criterion of the table is reached by a row above', () => {
  it.each(['current', 'legacy'] as const)('%s', (regime) => {
    const rows = regime === 'current' ? CURRENT : LEGACY;
    const met = new Set(rows.flatMap(([, facts]) => classifyFacts(facts, regime).matched.map((m) => m.criterion)));
    expect(CRITERIA[regime].map((c) => c.id).filter((id) => !met.has(id))).toEqual([]);
  });
});

describe('the highest level wins, every criterion met is listed', () => {
  it('administrative procedure, 150,000 subjects, not conditional', () => {
    const result = classifyFacts(online({ administrative_procedure: true, data_subjects: { basic: 150_000, sensitive: 0 } }), 'current');
    expect(result.minimumLevel).toBe(3);
    expect(result.matched.map((m) => [m.criterion, m.level, m.fact])).toEqual([
      ['nd331-13.2.b', 3, 'administrative_procedure: true'],
      ['nd331-13.2.c', 3, 'type: online_service, data_subjects.basic: 150000'],
      ['nd331-12.2.a', 2, 'type: online_service, conditional_business: false'],
    ]);
    expect(result.notes.map((n) => n.id)).toEqual(['G5']);
  });

  it('a level-5 criterion beats every lower one', () => {
    const result = classifyFacts({ ...infra('international'), national_security_critical: true, risk_level: 4 }, 'current');
    expect(result.matched.map((m) => [m.criterion, m.level])).toEqual([
      ['nd331-15.3', 5],
      ['nd331-10.5', 4],
      ['nd331-16', 3],
    ]);
  });
});

describe('unknown facts', () => {
  it('an online service with only its information known: nothing met, every deciding fact named', () => {
    const result = classifyFacts({ type: 'online_service', information: ['personal'] }, 'current');
    expect(result.minimumLevel).toBeNull();
    expect(result.unknown.map((u) => [u.criterion, u.level, u.facts])).toEqual([
      ['nd331-12.2.a', 2, ['conditional_business']],
      ['nd331-12.2.b', 2, ['data_subjects.basic', 'data_subjects.sensitive']],
      ['nd331-13.2.a', 3, ['conditional_business']],
      ['nd331-13.2.b', 3, ['administrative_procedure']],
      ['nd331-13.2.c', 3, ['data_subjects.basic', 'data_subjects.sensitive']],
    ]);
    expect(missingFacts(result)).toEqual({ facts: ['conditional_business', 'data_subjects.basic', 'data_subjects.sensitive', 'administrative_procedure'], upTo: 3 });
  });

  it('only unknowns that could raise the minimum are listed', () => {
    const result = classifyFacts({ type: 'online_service', information: ['personal'], conditional_business: false, administrative_procedure: false, data_subjects: { basic: 5 } }, 'current');
    expect(result.minimumLevel).toBe(2);
    expect(result.unknown.map((u) => [u.criterion, u.facts])).toEqual([['nd331-13.2.c', ['data_subjects.sensitive']]]);
  });

  it('one count above its threshold decides even when the other is unknown', () => {
    const result = classifyFacts({ type: 'online_service', information: ['personal'], conditional_business: false, administrative_procedure: false, data_subjects: { basic: 100_000 } }, 'current');
    expect(result.minimumLevel).toBe(3);
    expect(result.unknown).toEqual([]);
  });

  it('unknown is not "no": a state-secret system without its harm is at least 3, could be 5', () => {
    const result = classifyFacts({ type: 'internal', information: ['state_secret'] }, 'current');
    expect(result.minimumLevel).toBe(3);
    expect(result.unknown.map((u) => [u.criterion, u.level, u.facts])).toEqual([
      ['nd331-14.1', 4, ['national_security_harm']],
      ['nd331-15.1', 5, ['national_security_harm']],
    ]);
    expect(result.notes.map((n) => n.id)).toEqual(['state-secret-harm-unknown']);
  });

  it('facts of other types do not make a system incomplete', () => {
    // An internal system needs no data_subjects, scope or grade; opt-in facts are "no" when absent.
    expect(classifyFacts({ type: 'internal', information: ['private'] }, 'current').unknown).toEqual([]);
    expect(classifyFacts({ type: 'infrastructure', information: ['private'] }, 'current').unknown.map((u) => u.facts)).toEqual([['infrastructure_scope'], ['infrastructure_scope'], ['infrastructure_scope'], ['infrastructure_scope']]);
    expect(classifyFacts({ type: 'industrial_control', information: ['private'] }, 'current').unknown.map((u) => u.level)).toEqual([3, 4, 5]);
  });

  it('a missing type or information leaves the system undetermined', () => {
    const result = classifyFacts({ information: ['public'] }, 'current');
    expect(result.minimumLevel).toBeNull();
    expect(missingFacts(result)!.facts[0]).toBe('type');
    const noInfo = classifyFacts({ type: 'internal' }, 'current');
    expect(noInfo.unknown.map((u) => [u.criterion, u.facts])).toEqual([
      ['nd331-11.1', ['information']],
      ['nd331-12.1', ['information']],
      ['nd331-13.1', ['information']],
    ]);
  });

  it('a decided level without decided_by is unknown', () => {
    const result = classifyFacts({ ...internalPublic, decided_level: 4 }, 'current');
    expect(result.minimumLevel).toBe(1);
    expect(result.unknown.map((u) => [u.criterion, u.level, u.facts])).toEqual([['nd331-14.4', 4, ['decided_by']]]);
  });

  it('the legacy users count falls back to data_subjects and says so', () => {
    const result = classifyFacts(online({ data_subjects: { basic: 5_000 } }), 'legacy');
    expect(result.minimumLevel).toBe(2);
    expect(result.unknown.map((u) => [u.criterion, u.facts])).toEqual([['nd85-9.2.c', ['users']]]);
    expect(result.notes.map((n) => n.id)).toContain('legacy-users-proxy');
  });
});

describe('grey areas are shown, not decided', () => {
  it.each([
    ['G1', 'current', { type: 'online_service', information: ['public'], administrative_procedure: false, conditional_business: false, data_subjects: { basic: 0, sensitive: 0 } }],
    ['G2', 'current', online({ conditional_business: true })],
    ['G3', 'current', online({ data_subjects: { basic: 95_000, sensitive: 0 } })],
    ['G4', 'current', { type: 'internal', information: ['personal'], administrative_procedure: true }],
    ['G6', 'current', { type: 'industrial_control', information: ['private'], construction_grade: undefined }],
    ['G7', 'current', { type: 'other', information: ['private'], decided_level: 3, decided_by: 'risk_framework' }],
    ['legacy-public-service-scale', 'legacy', online({ administrative_procedure: true })],
    ['legacy-ministry-scope', 'legacy', infra('sector_or_province')],
    ['risk-not-legacy', 'legacy', { ...internalPublic, risk_level: 2 }],
  ] as const)('%s', (id, regime, facts) => {
    expect(classifyFacts(facts as ClassificationFacts, regime).notes.map((n) => n.id)).toContain(id);
  });
});

describe('citations', () => {
  it('Vietnamese names point, clause, article and instrument from the smallest up', () => {
    expect(cite(CRITERIA.current.find((c) => c.id === 'nd331-13.2.b')!.basis, 'vi')).toBe('điểm b khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP');
    expect(cite(CRITERIA.current.find((c) => c.id === 'nd331-13.2.b')!.basis, 'en')).toBe('Decree 331/2026/NĐ-CP Art 13.2.b');
    expect(cite(CRITERIA.current.find((c) => c.id === 'nd331-16')!.basis, 'vi')).toBe('Điều 16 và khoản 4 Điều 20 Nghị định số 331/2026/NĐ-CP');
    expect(cite(CRITERIA.legacy.find((c) => c.id === 'nd85-7')!.basis, 'vi')).toBe('Điều 7 Nghị định số 85/2016/NĐ-CP');
  });
});

describe('who appraises and approves', () => {
  it.each([
    [1, 'current', {}, /^the owner's dedicated cybersecurity unit \(Decree 331 Art 18.1\)$/, /^the same dedicated unit/],
    [3, 'current', {}, /Art 18.2.a/, /^the owner \(Decree 331 Art 18.2.b\)$/],
    [4, 'current', {}, /^the Ministry of Public Security/, /^the owner \(Decree 331 Art 18.3.d\)$/],
    [5, 'current', {}, /^the Ministry of Public Security/, /^the Prime Minister approves the list/],
    [3, 'current', { nationalSecurityCritical: true }, /^the Ministry of Public Security/, /^the Prime Minister approves the list/],
    [3, 'current', { conflicted: true }, /^a capable subordinate unit assigned by the owner, or an independent appraisal council \(Decree 331 Art 18.4\)$/, /^the owner/],
    [3, 'current', { conflicted: true, nationalSecurityCritical: true }, /^the Ministry of Public Security/, /^the Prime Minister/],
    [4, 'legacy', {}, /^the Ministry of Information and Communications \(Decree 85 Art 12\)/, /^the owner \(Decree 85 Art 12\)$/],
    [2, 'legacy', { conflicted: true }, /\(Circular 12 Art 6\)$/, /^the same dedicated unit/],
  ] as const)('level %i, %s, %j', (level, regime, options, appraises, approves) => {
    const a = authorityFor(level, regime, options);
    expect(a.appraises.en).toMatch(appraises);
    expect(a.approves.en).toMatch(approves);
  });
});

describe('the fast loader reads classification: exactly as zod does, or leaves it to zod', () => {
  const base = { id: 's', name: 'n', owner: 'o' };
  it.each([
    [{ type: 'online_service', information: ['public', 'personal'], administrative_procedure: true, data_subjects: { basic: 100_000, sensitive: 0 }, risk_level: 3, decided_level: 2, decided_by: 'prime_minister' }, true],
    [{ construction_grade: 'II', infrastructure_scope: 'international', national_security_harm: 'serious', users: 0 }, true],
    [{}, true],
    [{ data_subjects: { basic: 1.5 } }, false],
    [{ data_subjects: { basic: -1 } }, false],
    [{ users: null }, false],
    [{ type: 'intranet' }, false],
    [{ information: 'public' }, false],
    [{ risk_level: 6 }, false],
    [{ typo: true }, false],
  ])('%j', (facts, plain) => {
    const raw = { ...base, classification: facts };
    const fast = fastSystemRecord(raw);
    const slow = systemSchema.safeParse(raw);
    if (plain) {
      expect(slow.success).toBe(true);
      expect(fast).toEqual(slow.data);
    } else {
      expect(fast).toBeUndefined();
      expect(slow.success).toBe(false);
    }
  });
});
