// The `field` kind: custom rules written as data.
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, systemYaml, tempDir } from '../helpers.js';

const approved = (level: number): string =>
  `level: ${level}\napproval: { decision: QĐ 2, date: 2024-01-10 }\nprotection_plan: deployed\naudits: [{ date: 2024-06-01 }]\ndrills: [{ date: 2024-06-01 }]\nlayers: { onsite: true, monitoring: true, independent_audit: true, ncsc: true }`;

describe('custom rules with the field kind', () => {
  it('evaluates equals, in, exists and max_age with scope by level and owner', async () => {
    const cwd = tempDir({
      'inv.yaml': [
        'systems:',
        systemYaml('l4-ok', `${approved(4)}\nattributes: { dr_site: true, hosting: tttt-bo, contact: Anh Minh, last_pentest: 2024-07-01 }`),
        systemYaml('l4-bad', `${approved(4)}\nattributes: { dr_site: "yes", hosting: nha-rieng, last_pentest: 2024-06-25 }`),
        systemYaml('l3', `${approved(3)}\nattributes: { hosting: cloud-chinh-phu, contact: Chị Lan }`),
        systemYaml('l5-future', `${approved(5)}\nattributes: { dr_site: true, hosting: tttt-bo, contact: x, last_pentest: 2025-01-01 }`).replace('owner: Trung tâm CNTT', 'owner: Cục Sở hữu trí tuệ'),
        '',
      ].join('\n'),
    });
    const { json, code } = await checkJson(['inv.yaml', '--as-of', '2024-12-26', '--no-default-rules', '--rules', fixture('rules', 'custom.yaml')], { cwd });
    const custom = json.findings.map((f) => `${f.system} ${f.rule} ${f.severity}: ${f.message}`);
    expect(custom).toEqual([
      'l4-bad custom/contact info: "attributes.contact" is missing',
      'l4-bad custom/dr-site error: "attributes.dr_site" must equal true (found "yes")',
      'l4-bad custom/hosting warning: "attributes.hosting" must be one of "tttt-bo", "cloud-chinh-phu" (found "nha-rieng")',
      'l4-bad custom/pentest warning: "attributes.last_pentest" must be a date within the last 6m (since 2024-06-26; found "2024-06-25")',
      'l5-future custom/pentest warning: "attributes.last_pentest" must be a date within the last 6m (since 2024-06-26; found "2025-01-01")',
    ]);
    expect(code).toBe(1);
  });

  it('reads own properties only: a path through __proto__ or constructor finds nothing', async () => {
    const rules = tempDir({
      'r.yaml': `rules:\n  - id: custom/proto\n    severity: error\n    title: { vi: t, en: t }\n    basis: b\n    check: { kind: field, path: constructor.name, exists: true }\n`,
    });
    const cwd = tempDir({ 'inv.yaml': `systems:\n${systemYaml('s')}\n` });
    const { json } = await checkJson(['inv.yaml', '--no-default-rules', '--rules', `${rules}/r.yaml`, '--as-of', '2024-12-26'], { cwd });
    expect(json.findings.map((f) => f.message)).toEqual(['"constructor.name" is missing']);
  });

  it('applies_to.owners matches owner names after NFC and whitespace normalisation', async () => {
    const nfd = 'Trung tâm  CNTT'.normalize('NFD');
    const cwd = tempDir({
      'inv.yaml': `systems:\n${systemYaml('spaced').replace('owner: Trung tâm CNTT', `owner: "${nfd} "`)}\n${systemYaml('other').replace('owner: Trung tâm CNTT', 'owner: Văn phòng Bộ')}\n`,
    });
    const { json } = await checkJson(['inv.yaml', '--as-of', '2024-12-26', '--no-default-rules', '--rules', fixture('rules', 'custom.yaml')], { cwd });
    expect(json.findings.filter((f) => f.rule === 'custom/contact').map((f) => f.system)).toEqual(['spaced']);
  });
});
