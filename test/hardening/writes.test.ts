// Where reports may be written: a config file (from a pull request, say) cannot write outside its
// own directory tree or replace a file; --force replaces only regular files, never an input of the
// run; `-o -` is standard output; a directory gets a precise message.
import { linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/cli/outputs.js';
import { FatalError } from '../../src/errors.js';
import { runCli, systemYaml, tempDir } from '../helpers.js';

const INVENTORY = `systems:\n${systemYaml('a', 'status: retired')}\n`;

describe('outputs named in a config file', () => {
  it.each([
    ['../../escaped.txt', '../escaped.txt'],
    ['/tmp/attt-escaped.txt', '../../../tmp/attt-escaped.txt'],
  ])('stay inside its directory tree: %s is refused (check and validate, exit 2, nothing written)', async (file, shown) => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY, 'config/attt.yaml': `outputs:\n  - format: table\n    file: ${file}\n    force: true\n` });
    const message = `attt-audit: error: config/attt.yaml:2:13: "outputs.file": ${file.startsWith('/') ? path.relative(cwd, file) : shown} is outside the directory of the config file (config); a config file may only write reports inside its own directory tree (not into .git); use --output on the command line instead\n`;
    for (const command of ['check', 'validate']) {
      expect(await runCli([command, 'inv.yaml', '--config', 'config/attt.yaml'], { cwd })).toEqual({ code: 2, stdout: '', stderr: message });
    }
    expect(readdirSync(path.dirname(cwd)).includes('escaped.txt')).toBe(false);
  });

  it('a symbolic link inside the tree that leads outside it is followed, and refused', async () => {
    const outside = tempDir({});
    const cwd = tempDir({ 'inv.yaml': INVENTORY, 'attt-audit.config.yaml': 'outputs:\n  - format: json\n    file: out/report.json\n' });
    symlinkSync(outside, path.join(cwd, 'out'));
    const run = await runCli(['check', 'inv.yaml'], { cwd });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: attt-audit.config.yaml:2:13: "outputs.file": out/report.json is outside the directory of the config file (.); a config file may only write reports inside its own directory tree (not into .git); use --output on the command line instead\n',
    });
    expect(readdirSync(outside)).toEqual([]);
  });

  it('never into .git (a hook or .git/config would run what the report holds)', async () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY, '.git/config': '[core]\n', 'attt-audit.config.yaml': 'outputs:\n  - format: table\n    file: .git/hooks/pre-commit\n' });
    const run = await runCli(['validate', 'inv.yaml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'attt-audit: error: attt-audit.config.yaml:2:13: "outputs.file": .git/hooks/pre-commit is outside the directory of the config file (.); a config file may only write reports inside its own directory tree (not into .git); use --output on the command line instead\n',
    );
  });

  it('`force: true` in a config file cannot replace a file; the command line can', async () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY, 'notes.txt': 'keep me', 'attt-audit.config.yaml': 'outputs:\n  - format: table\n    file: notes.txt\n    force: true\n' });
    const refused = 'attt-audit: error: notes.txt already exists; a config file cannot replace a file (not even with "force: true"): delete it, or name it on the command line: --format table --output notes.txt --force\n';
    expect(await runCli(['check', 'inv.yaml'], { cwd })).toEqual({ code: 2, stdout: '', stderr: refused });
    expect(await runCli(['validate', 'inv.yaml', '--force'], { cwd })).toEqual({ code: 2, stdout: '', stderr: refused });
    expect(readFileSync(path.join(cwd, 'notes.txt'), 'utf8')).toBe('keep me');
    expect((await runCli(['validate', 'inv.yaml', '-f', 'table', '-o', 'notes.txt', '--force'], { cwd })).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'notes.txt'), 'utf8')).not.toBe('keep me');
  });

  it('a new file inside the tree is written', async () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY, 'attt-audit.config.yaml': 'outputs:\n  - format: json\n    file: reports/attt.json\n' });
    expect((await runCli(['validate', 'inv.yaml'], { cwd })).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, 'reports', 'attt.json'), 'utf8')).summary.systems).toBe(1);
  });
});

describe('--force replaces only regular files', () => {
  it('never a character device, even with --force (/dev/null, checked without writing)', async () => {
    const target = { format: 'json', file: '/dev/null', force: true };
    await expect(checkTargets([target], '/')).rejects.toThrow(FatalError);
    await expect(checkTargets([target], '/')).rejects.toThrow('dev/null is a character device, not a regular file; attt-audit only ever replaces regular files (use --output - for standard output)');
  });

  it('never a symbolic link (to /dev/stdout) or a FIFO', async () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY });
    symlinkSync('/dev/stdout', path.join(cwd, 'out.json'));
    expect(spawnSync('mkfifo', [path.join(cwd, 'fifo.json')]).status).toBe(0);
    expect(await runCli(['check', 'inv.yaml', '-f', 'json', '-o', 'out.json', '--force'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: out.json is a symbolic link, not a regular file; attt-audit only ever replaces regular files (use --output - for standard output)\n',
    });
    expect(await runCli(['gap', 'inv.yaml', '-o', 'fifo.json', '--force'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: fifo.json is a named pipe (FIFO), not a regular file; attt-audit only ever replaces regular files (use --output - for standard output)\n',
    });
  });

  it('an input of the run is never an output: the inventory, a hard link to it, a file inside an inventory folder, the baseline', async () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY, 'dir/b.yaml': INVENTORY.replace('id: a', 'id: b') });
    linkSync(path.join(cwd, 'inv.yaml'), path.join(cwd, 'hard.json'));
    const before = readFileSync(path.join(cwd, 'inv.yaml'), 'utf8');
    const input = (f: string): string => `attt-audit: error: ${f} is an input of this run; a report never replaces an input file\n`;
    expect(await runCli(['check', 'inv.yaml', '-f', 'json', '-o', 'inv.yaml', '--force'], { cwd })).toEqual({ code: 2, stdout: '', stderr: input('inv.yaml') });
    expect(await runCli(['check', 'inv.yaml', '-f', 'json', '-o', 'hard.json', '--force'], { cwd })).toEqual({ code: 2, stdout: '', stderr: input('hard.json') });
    expect(await runCli(['validate', 'dir', '-f', 'json', '-o', 'dir/b.yaml', '--force'], { cwd })).toEqual({ code: 2, stdout: '', stderr: input('dir/b.yaml') });
    expect(await runCli(['report', 'dir', '-o', 'dir/b.yaml', '--format', 'html', '--force'], { cwd })).toEqual({ code: 2, stdout: '', stderr: input('dir/b.yaml') });
    expect(readFileSync(path.join(cwd, 'inv.yaml'), 'utf8')).toBe(before);
    writeFileSync(path.join(cwd, 'base.json'), (await runCli(['baseline', 'inv.yaml'], { cwd })).stdout);
    expect(await runCli(['check', 'inv.yaml', '--baseline', 'base.json', '-f', 'json', '-o', 'base.json', '--force'], { cwd })).toEqual({ code: 2, stdout: '', stderr: input('base.json') });
  });
});

describe('-o - and -o DIR', () => {
  it('`-o -` is standard output (check, validate, baseline, gap), never a file named "-"', async () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY });
    for (const args of [['check', 'inv.yaml', '-f', 'json', '-o', '-'], ['validate', 'inv.yaml', '-f', 'json', '-o', '-'], ['baseline', 'inv.yaml', '-o', '-'], ['gap', 'inv.yaml', '-f', 'json', '-o', '-']]) {
      const run = await runCli(args, { cwd });
      expect(run.code).toBe(0);
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
    expect(readdirSync(cwd)).toEqual(['inv.yaml']);
  });

  it('`-o DIR` says it is a directory, not "already exists"', async () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY });
    mkdirSync(path.join(cwd, 'reports'));
    expect(await runCli(['check', 'inv.yaml', '-f', 'sarif', '-o', 'reports'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: reports is a directory; --output needs a file name, e.g. reports/attt-audit.sarif\n',
    });
    expect(await runCli(['report', 'inv.yaml', '-o', 'reports', '--force'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: reports is a directory; --output needs a file name, e.g. reports/attt-audit.html\n',
    });
  });
});
