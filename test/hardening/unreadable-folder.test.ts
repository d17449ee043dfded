// A sub-folder that cannot be listed (EACCES) is an inventory problem; the rest is audited. Tests
// run as root, who can list everything, so the listing fails through a seam: util/fs-read's
// listDirectory throws, exactly as readdir does for a folder without read permission.
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkJson, runCli, systemYaml, tempDir } from '../helpers.js';

const locked = new Set<string>();

vi.mock('../../src/util/fs-read.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/util/fs-read.js')>();
  return {
    ...original,
    listDirectory: (dir: string) => {
      if (locked.has(dir)) throw new original.ReadError({ reason: 'system', code: 'EACCES' });
      return original.listDirectory(dir);
    },
  };
});

describe('an unreadable sub-folder', () => {
  it('is an inventory/unreadable finding (exit 1), and every other file is audited', async () => {
    const cwd = tempDir({
      'inv/a.yaml': `systems:\n${systemYaml('a', 'status: retired')}\n`,
      'inv/locked/b.yaml': `systems:\n${systemYaml('b', 'status: retired')}\n`,
      'inv/z/c.yaml': `systems:\n${systemYaml('c', 'status: retired')}\n`,
    });
    locked.add(path.join(cwd, 'inv', 'locked'));
    const { code, json, stderr } = await checkJson(['inv', '--as-of', '2024-12-26'], { cwd });
    expect(stderr).toBe('');
    expect(json.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([
      'inv/locked:1:1 inventory/unreadable cannot read folder: EACCES (permission denied)',
    ]);
    expect(json.summary).toMatchObject({ systems: 2, files: 3, failedFiles: 1 });
    expect(code).toBe(1);
  });

  // Root lists a folder whatever its mode, so this runs only as another user (a developer's machine).
  it.skipIf(process.getuid?.() === 0)('with real permissions (chmod 000; skipped as root, who can read every folder)', async () => {
    const cwd = tempDir({ 'inv/a.yaml': `systems:\n${systemYaml('a', 'status: retired')}\n`, 'inv/locked/b.yaml': 'systems: []\n' });
    chmodSync(path.join(cwd, 'inv', 'locked'), 0o000);
    try {
      const { code, json } = await checkJson(['inv', '--as-of', '2024-12-26'], { cwd });
      expect(json.findings.map((f) => `${f.file} ${f.rule} ${f.message}`)).toEqual(['inv/locked inventory/unreadable cannot read folder: EACCES (permission denied)']);
      expect(code).toBe(1);
    } finally {
      chmodSync(path.join(cwd, 'inv', 'locked'), 0o755);
    }
  });

  it('in a rule directory, stops the run (exit 2) with the folder named', async () => {
    const cwd = tempDir({ 'a.yaml': `systems:\n${systemYaml('a', 'status: retired')}\n`, 'rules/x/r.yaml': 'rules: []\n' });
    locked.add(path.join(cwd, 'rules', 'x'));
    expect(await runCli(['check', 'a.yaml', '--rules', 'rules'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: cannot list the directory rules/x: EACCES (permission denied)\n',
    });
  });
});
