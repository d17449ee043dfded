// Every rule of the default pack, pinned at its boundary days.
import { describe, expect, it } from 'vitest';
import { auditText, systemYaml, type JsonReport } from '../helpers.js';

const inventory = (...systems: string[]): string => `systems:\n${systems.join('\n')}\n`;

/** Compact view of one rule's findings. */
function hits(json: JsonReport, rule: string): string[] {
  return json.findings
    .filter((f) => f.rule === rule)
    .map((f) => [f.system, f.layer, f.due, f.suppressed ? 'suppressed' : ''].filter(Boolean).join(' '));
}

/** All four layers in place, so layer findings stay out of the way. */
const ALL_LAYERS = 'layers: { onsite: true, monitoring: true, independent_audit: true, ncsc: true }';
const approved = (level: number, date: string, extra = ''): string =>
  `level: ${level}\napproval: { decision: QĐ 1/QĐ-BKHCN, date: ${date} }\nprotection_plan: deployed\n${ALL_LAYERS}\n${extra}`;

describe('approval/missing', () => {
  it('reports systems without an approved level, and levels approved only after D', async () => {
    const { json } = await auditText(
      inventory(
        systemYaml('none'),
        systemYaml('proposed', 'proposed_level: 3'),
        systemYaml('later', approved(2, '2024-12-27')),
        systemYaml('on-d', approved(2, '2024-12-26')),
      ),
      '2024-12-26',
    );
    expect(hits(json, 'approval/missing')).toEqual(['none', 'proposed', 'later']);
    const messages = json.findings.filter((f) => f.rule === 'approval/missing').map((f) => f.message);
    expect(messages).toEqual([
      'no approved security level and no proposed level',
      'no approved security level (level 3 proposed, awaiting approval)',
      'level approved only on 2024-12-27, after the evaluation date',
    ]);
  });

  it('only checks operating systems', async () => {
    const { json } = await auditText(
      inventory(systemYaml('building', 'status: building'), systemYaml('retired', 'status: retired')),
      '2024-12-26',
    );
    expect(json.findings).toEqual([]);
    expect(json.summary).toMatchObject({ systems: 2, checked: 0, operating: 0 });
  });
});

describe('cadence/overdue and cadence/due-soon', () => {
  const level3AuditedOn = (date: string): string => inventory(systemYaml('s', approved(3, '2022-01-10', `audits: [{ date: ${date}, result: pass }]`)));

  it('a due date exactly on D is not overdue, but due soon', async () => {
    const { json } = await auditText(level3AuditedOn('2023-12-26'), '2024-12-26');
    expect(hits(json, 'cadence/overdue')).toEqual([]);
    expect(hits(json, 'cadence/due-soon')).toEqual(['s 2024-12-26']);
  });

  it('is overdue the day after the due date', async () => {
    const { json } = await auditText(level3AuditedOn('2023-12-26'), '2024-12-27');
    expect(hits(json, 'cadence/overdue')).toEqual(['s 2024-12-26']);
    expect(hits(json, 'cadence/due-soon')).toEqual([]);
    expect(json.findings.find((f) => f.rule === 'cadence/overdue')?.message).toBe(
      'periodic audit overdue since 2024-12-27 (level 3: every 12 months; last audit 2023-12-26)',
    );
  });

  it('clamps month ends: level 5 audited 2024-08-31 is due 2025-02-28', async () => {
    const text = inventory(systemYaml('s', approved(5, '2024-01-10', 'audits: [{ date: 2024-08-31 }]')));
    expect(hits((await auditText(text, '2025-02-28')).json, 'cadence/due-soon')).toEqual(['s 2025-02-28']);
    expect(hits((await auditText(text, '2025-03-01')).json, 'cadence/overdue')).toEqual(['s 2025-02-28']);
  });

  it('ignores audits dated after D and takes the latest audit on or before D, in any order', async () => {
    const text = inventory(systemYaml('s', approved(4, '2022-01-10', 'audits: [{ date: 2025-01-10 }, { date: 2023-05-01 }, { date: 2022-05-01 }]')));
    expect(hits((await auditText(text, '2024-12-26')).json, 'cadence/overdue')).toEqual(['s 2024-05-01']);
    const later = (await auditText(text, '2025-01-10')).json;
    expect(hits(later, 'cadence/overdue')).toEqual([]);
    expect(hits(later, 'cadence/due-soon')).toEqual([]);
  });

  it('counts from the approval date when there is no audit (levels 1–2: 24 months)', async () => {
    const text = inventory(systemYaml('s', approved(2, '2023-01-15')));
    const { json } = await auditText(text, '2024-12-26');
    expect(hits(json, 'cadence/due-soon')).toEqual(['s 2025-01-15']);
    expect(json.findings.find((f) => f.rule === 'cadence/due-soon')?.message).toBe(
      'periodic audit due on 2025-01-15 (level 2: every 24 months; never audited, counted from approval on 2023-01-15)',
    );
  });

  it('the due-soon window ends exactly 90 days after D', async () => {
    // Level 3 audited 2024-03-26 → due 2025-03-26 = 2024-12-26 + 90 days.
    const text = inventory(systemYaml('in', approved(3, '2022-01-10', 'audits: [{ date: 2024-03-26 }]')), systemYaml('out', approved(3, '2022-01-10', 'audits: [{ date: 2024-03-27 }]')));
    expect(hits((await auditText(text, '2024-12-26')).json, 'cadence/due-soon')).toEqual(['in 2025-03-26']);
  });

  it('accepts last_audit and DD/MM/YYYY dates', async () => {
    const text = inventory(systemYaml('s', approved(1, '10/01/2020', 'last_audit: 15/06/2022')));
    const { json } = await auditText(text, '2024-12-26');
    expect(hits(json, 'cadence/overdue')).toEqual(['s 2024-06-15']);
    expect(json.findings.find((f) => f.rule === 'cadence/overdue')).toMatchObject({ line: 9, column: 17 });
  });

  it('does not apply to unapproved systems', async () => {
    const { json } = await auditText(inventory(systemYaml('s', 'audits: [{ date: 2010-01-01 }]')), '2024-12-26');
    expect(hits(json, 'cadence/overdue')).toEqual([]);
  });
});

describe('plan/not-deployed', () => {
  it('reports approved systems whose plan is not deployed', async () => {
    const plan = (state: string): string => approved(2, '2024-01-10', 'audits: [{ date: 2024-06-01 }]').replace('protection_plan: deployed', `protection_plan: ${state}`);
    const { json } = await auditText(
      inventory(
        systemYaml('approved-plan', plan('approved')),
        systemYaml('deployed', plan('deployed')),
        systemYaml('drafted', plan('drafted')),
        systemYaml('default-none', plan('none').replace('protection_plan: none', '')),
        systemYaml('unapproved', 'protection_plan: none'),
      ),
      '2024-12-26',
    );
    expect(hits(json, 'plan/not-deployed')).toEqual(['approved-plan', 'drafted', 'default-none']);
  });
});

describe('layers/missing', () => {
  it('reports one finding per layer not in place on D, evidence windows inclusive', async () => {
    const { json } = await auditText(
      inventory(
        systemYaml(
          's',
          [
            'layers:',
            '  onsite: { since: 2024-12-26, provider: Trung tâm CNTT }',
            '  monitoring: { until: 2024-12-26 }',
            '  independent_audit: { since: 2024-12-27 }',
            '  ncsc: false',
          ].join('\n'),
        ),
        systemYaml('bare'),
        systemYaml('ended', 'layers: { onsite: true, monitoring: { since: 2023-01-01, until: 2024-12-25 }, independent_audit: true, ncsc: true }'),
      ),
      '2024-12-26',
    );
    expect(hits(json, 'layers/missing')).toEqual([
      's independent_audit',
      's ncsc',
      'bare onsite',
      'bare monitoring',
      'bare independent_audit',
      'bare ncsc',
      'ended monitoring',
    ]);
    const messages = json.findings.filter((f) => f.rule === 'layers/missing' && f.system !== 'bare').map((f) => f.message);
    expect(messages).toEqual([
      'layer "independent inspection and assessment" (independent_audit) only starts on 2024-12-27',
      'missing layer "connection to the national monitoring system (NCSC)" (ncsc)',
      'layer "professional monitoring and protection" (monitoring) ended on 2024-12-25',
    ]);
  });
});

describe('golive/unconcluded', () => {
  it('requires a security conclusion on or before go-live', async () => {
    const { json } = await auditText(
      inventory(
        systemYaml('same-day', 'go_live: 2024-01-10\nsecurity_conclusion: 2024-01-10'),
        systemYaml('day-after', 'go_live: 2024-01-10\nsecurity_conclusion: 2024-01-11'),
        systemYaml('never', 'go_live: 2024-01-10'),
        systemYaml('future', 'go_live: 2025-01-10'),
        systemYaml('no-go-live'),
      ),
      '2024-12-26',
    );
    expect(hits(json, 'golive/unconcluded')).toEqual(['day-after', 'never']);
  });
});

describe('drill/missing', () => {
  const level = (n: number, drills: string): string => approved(n, '2022-01-10', `audits: [{ date: 2024-06-01 }]\ndrills: ${drills}`);

  it('needs a drill in [D − 12 months, D] for approved level 3+', async () => {
    const { json } = await auditText(
      inventory(
        systemYaml('window-start', level(3, '[{ date: 2023-12-26 }]')),
        systemYaml('day-before', level(4, '[{ date: 2023-12-25 }]')),
        systemYaml('after-d', level(5, '[{ date: 2024-12-27 }]')),
        systemYaml('level-2', level(2, '[]')),
        systemYaml('none', level(3, '[]')),
      ),
      '2024-12-26',
    );
    expect(hits(json, 'drill/missing')).toEqual(['day-before', 'after-d', 'none']);
    expect(json.findings.filter((f) => f.rule === 'drill/missing').map((f) => f.message)).toEqual([
      'no real-combat drill in the last 12 months (last one 2023-12-25)',
      'no real-combat drill in the last 12 months (since 2023-12-26)',
      'no real-combat drill in the last 12 months (since 2023-12-26)',
    ]);
  });
});

describe('waivers', () => {
  const waived = (expires: string, layer = ''): string =>
    `waivers:\n  - { rule: layers/missing, reason: Đang triển khai, expires: ${expires}${layer ? `, layer: ${layer}` : ''}, approved_by: Giám đốc }`;

  it('a waiver expiring on D still suppresses; its finding does not count toward the exit code', async () => {
    const text = inventory(systemYaml('s', `${approved(2, '2024-01-10', 'audits: [{ date: 2024-06-01 }]').replace('ncsc: true', 'ncsc: false')}\n${waived('2024-12-26', 'ncsc')}`));
    const { json, code } = await auditText(text, '2024-12-26');
    expect(hits(json, 'layers/missing')).toEqual(['s ncsc suppressed']);
    expect(hits(json, 'waiver/expired')).toEqual([]);
    expect(json.summary).toMatchObject({ errors: 0, suppressed: 1 });
    expect(code).toBe(0);
  });

  it('the day after expiry: waiver/expired, and the covered finding counts again', async () => {
    const text = inventory(systemYaml('s', `${approved(2, '2024-01-10', 'audits: [{ date: 2024-06-01 }]').replace('ncsc: true', 'ncsc: false')}\n${waived('2024-12-25', 'ncsc')}`));
    const { json, code } = await auditText(text, '2024-12-26');
    expect(hits(json, 'layers/missing')).toEqual(['s ncsc']);
    expect(hits(json, 'waiver/expired')).toEqual(['s ncsc']);
    expect(json.findings.find((f) => f.rule === 'waiver/expired')?.message).toBe('waiver for "layers/missing (ncsc)" expired on 2024-12-25');
    expect(code).toBe(1);
  });

  it('a waiver naming a layer covers only that layer; one without a layer covers them all', async () => {
    const base = 'layers: { onsite: true }';
    const { json } = await auditText(
      inventory(systemYaml('one', `${base}\n${waived('2025-12-31', 'ncsc')}`), systemYaml('all', `${base}\n${waived('2025-12-31')}`)),
      '2024-12-26',
    );
    expect(hits(json, 'layers/missing')).toEqual([
      'one monitoring',
      'one independent_audit',
      'one ncsc suppressed',
      'all monitoring suppressed',
      'all independent_audit suppressed',
      'all ncsc suppressed',
    ]);
  });
});
