// The CI recipes in the README are proven: each YAML block parses, and every `attt-audit` command in
// it runs on a project made by `attt-audit init`, writing the files the recipe then uploads.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers.js';
import { validateSarif } from './sarif-schema.js';
import { tempDir } from './tmp.js';

async function recipe(name: string): Promise<{ yaml: string; commands: string[][] }> {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const match = new RegExp(`<!-- ci-recipe:${name} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\`\\n<!-- ci-recipe:end -->`).exec(readme);
  if (!match) throw new Error(`recipe ${name} not found in README.md`);
  const yaml = match[1]!;
  const commands = [...yaml.matchAll(/npx attt-audit ([^\n#]*)/g)].map((m) => m[1]!.trim().split(/\s+/));
  return { yaml, commands };
}

async function initProject(): Promise<string> {
  const dir = await tempDir('attt-recipe-');
  expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
  return dir;
}

describe('CI recipes in the README', () => {
  it('GitHub Actions: validate, annotations + job summary, SARIF for upload-sarif', async () => {
    const { yaml, commands } = await recipe('github');
    const workflow = parse(yaml);
    expect(workflow.permissions['security-events']).toBe('write');
    const upload = workflow.jobs.audit.steps.find((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload).toMatchObject({ if: 'always()', with: { sarif_file: 'attt.sarif' } });
    expect(commands).toEqual([['validate'], ['check', '--format', 'github', '--format', 'sarif', '--output', 'attt.sarif']]);
    const dir = await initProject();
    const summary = path.join(dir, 'step-summary.md');
    await writeFile(summary, '');
    for (const argv of commands) {
      const { code, stderr } = await runCli(argv, { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary, GITHUB_ACTIONS: 'true' } });
      expect({ argv, code, stderr }).toEqual({ argv, code: 0, stderr: '' });
    }
    expect(validateSarif(JSON.parse(await readFile(path.join(dir, 'attt.sarif'), 'utf8'))).valid).toBe(true);
    expect(await readFile(summary, 'utf8')).toMatch(/^## ✅ attt-audit: no findings\n/);
  });

  it('GitLab CI: JUnit and Code Quality artifacts, table in the log', async () => {
    const { yaml, commands } = await recipe('gitlab');
    const job = parse(yaml)['attt-audit'];
    expect(job.artifacts).toEqual({ when: 'always', reports: { junit: 'attt-junit.xml', codequality: 'gl-code-quality.json' } });
    const dir = await initProject();
    for (const argv of commands) {
      const { code, stdout, stderr } = await runCli(argv, { cwd: dir });
      expect({ argv, code, stderr }).toEqual({ argv, code: 0, stderr: '' });
      if (argv[0] === 'check') expect(stdout).toContain('No findings.');
    }
    expect(XMLValidator.validate(await readFile(path.join(dir, 'attt-junit.xml'), 'utf8'))).toBe(true);
    expect(JSON.parse(await readFile(path.join(dir, 'gl-code-quality.json'), 'utf8'))).toEqual([]);
  });

  it('pre-commit: validate the whole inventory', async () => {
    const { yaml, commands } = await recipe('pre-commit');
    const hook = parse(yaml).repos[0].hooks[0];
    expect(hook).toMatchObject({ language: 'system', pass_filenames: false });
    expect(commands).toEqual([['validate']]);
    const dir = await initProject();
    expect((await runCli(commands[0]!, { cwd: dir })).code).toBe(0);
    await writeFile(path.join(dir, 'inventory', 'broken.yaml'), 'systems:\n  - id: cong-thong-tin\n    name: Trùng\n    owner: X\n');
    const broken = await runCli(commands[0]!, { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('duplicate system id "cong-thong-tin"');
  });
});
