// Canonical owner units with aliases (`owners:` in the config): gap, plan --owner, rules'
// applies_to.owners and the report group by the canonical name; a name that only looks like a
// declared one gets an `inventory/owner-variant` info finding.
import { describe, expect, it } from 'vitest';
import { foldOwner } from '../../src/model/owner.js';
import { runCli } from '../helpers.js';
import { tempDir, writeTree } from '../ci/tmp.js';

const AS_OF = '2025-01-01';

const CONFIG = `inventory: [inv/]
owners:
  - name: Trung tâm Công nghệ thông tin
    aliases: [Trung tâm CNTT, TTCNTT]
  - name: Văn phòng Bộ
`;

const sys = (id: string, owner: string) => `  - id: ${id}\n    name: Hệ thống ${id}\n    owner: ${owner}\n`;

const INVENTORY = `systems:
${sys('s1', 'Trung tâm Công nghệ thông tin')}${sys('s2', 'Trung tâm CNTT')}${sys('s3', 'TTCNTT')}${sys('s4', 'Trung tam cong nghe thong tin')}${sys('s5', 'Trung tâm Cntt')}${sys('s6', 'Văn phòng bộ')}${sys('s7', 'Trung tâm Công nghệ thông tn')}${sys('s8', 'Vụ Pháp chế')}`;

async function project(config = CONFIG, extra: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir('attt-owners-');
  await writeTree(dir, { 'attt-audit.config.yaml': config, 'inv/a.yaml': INVENTORY, ...extra });
  return dir;
}

describe('canonical owner units', () => {
  it('gap counts aliases under the canonical name; look-alikes stay apart', async () => {
    const dir = await project();
    const { code, stdout } = await runCli(['gap', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    const byOwner = (JSON.parse(stdout) as { byOwner: { owner: string; systems: number }[] }).byOwner;
    expect(byOwner.map((o) => `${o.owner}: ${o.systems}`)).toEqual([
      'Trung tam cong nghe thong tin: 1',
      'Trung tâm Cntt: 1',
      'Trung tâm Công nghệ thông tin: 3',
      'Trung tâm Công nghệ thông tn: 1',
      'Văn phòng bộ: 1',
      'Vụ Pháp chế: 1',
    ]);
  });

  it('a name close to a declared unit gets an inventory/owner-variant info finding at its owner key', async () => {
    const dir = await project();
    const { code, stdout } = await runCli(['check', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as { findings: { rule: string; severity: string; system: string; line: number; column: number; message: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'inventory/owner-variant').map((f) => `${f.system} ${f.severity} ${f.line}:${f.column} ${f.message}`)).toEqual([
      's4 info 13:12 owner unit "Trung tam cong nghe thong tin" looks like "Trung tâm Công nghệ thông tin" (owners: in the config) but is not one of its declared names, so it is counted apart: add it to the aliases, or correct it',
      's5 info 16:12 owner unit "Trung tâm Cntt" looks like "Trung tâm Công nghệ thông tin" (owners: in the config) but is not one of its declared names, so it is counted apart: add it to the aliases, or correct it',
      's6 info 19:12 owner unit "Văn phòng bộ" looks like "Văn phòng Bộ" (owners: in the config) but is not one of its declared names, so it is counted apart: add it to the aliases, or correct it',
      's7 info 22:12 owner unit "Trung tâm Công nghệ thông tn" looks like "Trung tâm Công nghệ thông tin" (owners: in the config) but is not one of its declared names, so it is counted apart: add it to the aliases, or correct it',
    ]);
    const vi = await runCli(['check', '--as-of', AS_OF, '--lang', 'vi'], { cwd: dir });
    expect(vi.stdout).toContain('đơn vị "Trung tâm Cntt" gần giống "Trung tâm Công nghệ thông tin" (owners: trong tệp cấu hình)');
  });

  it('without owners: in the config nothing is merged and nothing is flagged', async () => {
    const dir = await project('inventory: [inv/]\n');
    const check = await runCli(['check', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(check.stdout).not.toContain('owner-variant');
    const gap = await runCli(['gap', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect((JSON.parse(gap.stdout) as { byOwner: unknown[] }).byOwner).toHaveLength(8);
  });

  it('plan --owner takes an alias and lists every system of the unit', async () => {
    const dir = await project();
    const { code, stdout } = await runCli(['plan', '--as-of', AS_OF, '--owner', 'Trung tâm CNTT', '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    const items = (JSON.parse(stdout) as { items: { system: string; owner: string }[] }).items;
    expect([...new Set(items.map((i) => `${i.system} ${i.owner}`))]).toEqual(['s1 Trung tâm Công nghệ thông tin', 's2 Trung tâm Công nghệ thông tin', 's3 Trung tâm Công nghệ thông tin']);
  });

  it("rules' applies_to.owners written with an alias applies to the whole unit", async () => {
    const rule = `rules:
  - id: custom/contact
    severity: info
    title: { vi: Có đầu mối liên hệ, en: A contact person is recorded }
    basis: Quy chế nội bộ
    applies_to: { owners: [TTCNTT] }
    check: { kind: field, path: attributes.contact, exists: true }
`;
    const dir = await project(`${CONFIG}rules: [r.yaml]\n`, { 'r.yaml': rule });
    const { stdout } = await runCli(['check', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    const systems = (JSON.parse(stdout) as { findings: { rule: string; system: string }[] }).findings.filter((f) => f.rule === 'custom/contact').map((f) => f.system);
    expect(systems).toEqual(['s1', 's2', 's3']);
  });

  it('the report groups by the canonical name', async () => {
    const dir = await project();
    const { code } = await runCli(['report', '--as-of', AS_OF, '-o', 'r.html', '--lang', 'en'], { cwd: dir });
    expect(code).toBe(0);
    const html = await import('node:fs/promises').then((fs) => fs.readFile(`${dir}/r.html`, 'utf8'));
    expect(html).toContain('Trung tâm Công nghệ thông tin');
    expect(html).not.toMatch(/>Trung tâm CNTT</);
    expect(html).not.toMatch(/>TTCNTT</);
  });

  it('a name given to two units, or twice to one, stops the run with file:line:col', async () => {
    const dir = await project(`owners:
  - name: Trung tâm Công nghệ thông tin
    aliases: [Trung tâm CNTT, Trung tâm CNTT]
  - name: Cục An toàn thông tin
    aliases: [Trung  tâm CNTT]
    alias: [x]
`);
    const { code, stdout, stderr } = await runCli(['check', 'inv', '--as-of', AS_OF], { cwd: dir });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe('attt-audit: error: attt-audit.config.yaml:6:5: unknown key "alias" (did you mean "aliases"?)\n');
    await writeTree(dir, {
      'attt-audit.config.yaml': `owners:
  - name: Trung tâm Công nghệ thông tin
    aliases: [Trung tâm CNTT, Trung tâm CNTT]
  - name: Cục An toàn thông tin
    aliases: [Trung  tâm CNTT]
`,
    });
    const dup = await runCli(['check', 'inv', '--as-of', AS_OF], { cwd: dir });
    expect(dup.code).toBe(2);
    expect(dup.stderr).toBe(
      [
        'attt-audit: error: attt-audit.config.yaml:3:31: "owners": the name "Trung tâm CNTT" is written twice for the same unit',
        'attt-audit: error: attt-audit.config.yaml:5:15: "owners": the name "Trung  tâm CNTT" already belongs to unit "Trung tâm Công nghệ thông tin"; a name belongs to one unit only',
        '',
      ].join('\n'),
    );
  });

  it("init's starter config shows the key commented, and it is valid once uncommented", async () => {
    const dir = await tempDir('attt-owners-init-');
    expect((await runCli(['init', '--lang', 'en'], { cwd: dir })).code).toBe(0);
    const fs = await import('node:fs/promises');
    const text = await fs.readFile(`${dir}/attt-audit.config.yaml`, 'utf8');
    expect(text).toContain('# owners:\n#   - name: Trung tâm Công nghệ thông tin\n#     aliases: [Trung tâm CNTT, TTCNTT]\n');
    await fs.writeFile(`${dir}/attt-audit.config.yaml`, text.replace(/^# (owners:|  - name: Trung|    aliases: \[Trung)/gm, '$1'));
    const check = await runCli(['check', '--as-of', AS_OF], { cwd: dir });
    expect(check.stderr).toBe('');
  });

  it('"close" folds abbreviations, accents, case and punctuation', () => {
    expect(foldOwner('Trung tâm CNTT')).toBe('trung tam cong nghe thong tin');
    expect(foldOwner('TTCNTT')).toBe('trung tam cong nghe thong tin');
    expect(foldOwner('Sở KH&CN')).toBe('so khoa hoc va cong nghe');
    expect(foldOwner('Phòng ATTT, ANM')).toBe('phong an toan thong tin an ninh mang');
    expect(foldOwner('Trung Tâm  Điều hành')).toBe('trung tam dieu hanh');
  });
});
