// Reading hostile inputs: special files, oversized input (standard input included), symlink loops
// and encodings that are not UTF-8. Every one is a clear line, bounded in time and memory.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInventoriesAtRef } from '../../src/loading/git-revision.js';
import { checkJson, ROOT, runCli, systemYaml, tempDir } from '../helpers.js';

const GOOD = `systems:\n${systemYaml('ok', 'status: retired')}\n`;
const NOT_REGULAR = (kind: string): string => `cannot read file: not a regular file but ${kind}; attt-audit reads only regular files (and standard input as "-")`;

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

async function inventoryFindings(args: string[], cwd: string, stdin?: string): Promise<{ code: number; lines: string[]; summary: Record<string, number> }> {
  const { code, json } = await checkJson([...args, '--as-of', '2024-12-26'], { cwd, ...(stdin !== undefined ? { stdin } : {}) });
  return {
    code,
    lines: json.findings.filter((f) => f.rule.startsWith('inventory/')).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`),
    summary: json.summary as unknown as Record<string, number>,
  };
}

/** The installed command in a child process, with standard input from `stdinFile`. */
function runBin(args: string[], options: { cwd: string; stdinFile?: string }): { code: number | null; stdout: string; stderr: string } {
  const input = options.stdinFile === undefined ? 'ignore' : openSync(options.stdinFile, 'r');
  try {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'attt-audit.js'), ...args], {
      cwd: options.cwd,
      stdio: [input, 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
      timeout: 60_000,
    });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    if (typeof input === 'number') closeSync(input);
  }
}

describe('special files are refused before a byte is read (inventories)', () => {
  it('a character device (/dev/zero) named as an inventory is a finding; the rest is audited', async () => {
    const cwd = tempDir({ 'good.yaml': GOOD });
    const { code, lines, summary } = await inventoryFindings(['/dev/zero', 'good.yaml'], cwd);
    expect(lines).toEqual([`${path.relative(cwd, '/dev/zero')}:1:1 inventory/unreadable ${NOT_REGULAR('a character device')}`]);
    expect(code).toBe(1);
    expect(summary).toMatchObject({ systems: 1, files: 2, failedFiles: 1 });
  });

  it('a FIFO (named, or inside a folder) does not block the run', async () => {
    const cwd = tempDir({ 'inv/good.yaml': GOOD });
    mkfifo(path.join(cwd, 'inv', 'pipe.yaml'));
    mkfifo(path.join(cwd, 'named.yaml'));
    const { code, lines } = await inventoryFindings(['inv', 'named.yaml'], cwd);
    expect(lines).toEqual([`inv/pipe.yaml:1:1 inventory/unreadable ${NOT_REGULAR('a named pipe (FIFO)')}`, `named.yaml:1:1 inventory/unreadable ${NOT_REGULAR('a named pipe (FIFO)')}`]);
    expect(code).toBe(1);
  });

  it('a Unix socket named like an inventory is named as one', async () => {
    const cwd = tempDir({ 'good.yaml': GOOD });
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(cwd, 'sock.yaml'), resolve));
    try {
      const { code, lines } = await inventoryFindings(['.'], cwd);
      expect(lines).toEqual([`sock.yaml:1:1 inventory/unreadable ${NOT_REGULAR('a socket')}`]);
      expect(code).toBe(1);
    } finally {
      server.close();
    }
  });

  it('a file the size of the old 512 MB default (536,870,900 bytes) is refused by the 64 MB default without reading it', async () => {
    const cwd = tempDir({ 'good.yaml': GOOD });
    writeFileSync(path.join(cwd, 'huge.yaml'), '');
    truncateSync(path.join(cwd, 'huge.yaml'), 536_870_900); // sparse: no disk space used
    const { code, lines } = await inventoryFindings(['.'], cwd);
    expect(lines).toEqual(['huge.yaml:1:1 inventory/limit file too large: 512.0 MB, limit 64.0 MB (--max-file-size)']);
    expect(code).toBe(1);
  });

  it('--max-file-size cannot be raised past the longest string Node.js can hold', async () => {
    const cwd = tempDir({ 'good.yaml': GOOD });
    expect(await runCli(['check', 'good.yaml', '--max-file-size', '600'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: --max-file-size can be at most 511 MB (the longest text Node.js can hold), not "600"\n',
    });
  });

  it('a file just under the limit is read, and the run ends with a finding (no crash)', async () => {
    const cwd = tempDir({ 'good.yaml': GOOD });
    writeFileSync(path.join(cwd, 'nul.yaml'), '');
    truncateSync(path.join(cwd, 'nul.yaml'), 2 * 1024 * 1024 - 1);
    const { code, lines } = await inventoryFindings(['.', '--max-file-size', '2'], cwd);
    expect(lines).toEqual(['nul.yaml:1:1 inventory/encoding binary file (contains NUL bytes), not a YAML text file']);
    expect(code).toBe(1);
  });

  it('a large file that only the precise parser could read (over 8 MB) is a limit finding, not minutes of work', async () => {
    // A tab the fast path declines, then 9 MB of comment.
    const head = 'systems:\n\t- x\n#';
    const text = `${head}${'x'.repeat(9 * 1024 * 1024 - head.length)}\n`;
    const cwd = tempDir({ 'big.yaml': text, 'good.yaml': GOOD });
    const { code, lines, summary } = await inventoryFindings(['.'], cwd);
    expect(lines).toEqual([
      'big.yaml:1:1 inventory/limit the file is not plain block YAML (or has a syntax error) and, at 9.0 MB, is over the 8 MB the detailed YAML parser takes: split it into smaller files to see the exact problem',
    ]);
    expect(code).toBe(1);
    expect(summary).toMatchObject({ systems: 1, failedFiles: 1 });
  });
});

describe('standard input is bounded by --max-file-size', () => {
  it('in process: input over the limit is a limit finding for <stdin>', async () => {
    const cwd = tempDir({});
    const { code, lines } = await inventoryFindings(['-', '--max-file-size', '0.001'], cwd, `systems:\n${' '.repeat(2000)}\n`);
    expect(lines).toEqual(['<stdin>:1:1 inventory/limit input too large: more than 0.0 MB (--max-file-size)']);
    expect(code).toBe(1);
  });

  it('check - < /dev/zero stops at the limit (a real process)', () => {
    const cwd = tempDir({ 'good.yaml': GOOD });
    const run = runBin(['check', '-', 'good.yaml', '--format', 'json', '--max-file-size', '1', '--as-of', '2024-12-26'], { cwd, stdinFile: '/dev/zero' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { findings: { file: string; rule: string; message: string }[]; summary: { systems: number } };
    expect(json.findings.map((f) => `${f.file} ${f.rule} ${f.message}`)).toEqual(['<stdin> inventory/limit input too large: more than 1.0 MB (--max-file-size)']);
    expect(json.summary.systems).toBe(1);
  });
});

describe('inventories read from a git revision are bounded too', () => {
  it('a blob over --max-file-size is a limit finding (git show stops at the limit)', async () => {
    const cwd = tempDir({ 'inv/good.yaml': GOOD, 'inv/big.yaml': `${GOOD}#${'x'.repeat(2 * 1024 * 1024)}\n` });
    const git = (...args: string[]): void => {
      expect(spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', ...args], { cwd }).status).toBe(0);
    };
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'x');
    const before = await loadInventoriesAtRef('HEAD', ['inv'], cwd, { limits: { maxFileSize: 1024 * 1024 }, missing: 'error' });
    expect(before.problems.map((p) => `${p.file} ${p.rule} ${p.message.en}`)).toEqual(['inv/big.yaml inventory/limit input too large: more than 1.0 MB (--max-file-size)']);
    expect(before.systems.map((s) => s.record.id)).toEqual(['ok']);
  });
});

describe('files the run cannot do without: special or oversized means exit 2 with the file named', () => {
  it.each([
    ['--baseline', 'the baseline file'],
    ['--config', 'the config file'],
    ['--waivers', 'the waivers file'],
  ])('%s /dev/zero', async (flag, what) => {
    const cwd = tempDir({ 'good.yaml': GOOD });
    expect(await runCli(['check', 'good.yaml', flag, '/dev/zero'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: `attt-audit: error: ${path.relative(cwd, '/dev/zero')}: cannot read ${what}: not a regular file but a character device; attt-audit reads only regular files (and standard input as "-")\n`,
    });
  });

  it('--rules FIFO does not block', async () => {
    const cwd = tempDir({ 'good.yaml': GOOD });
    mkfifo(path.join(cwd, 'rules.yaml'));
    expect(await runCli(['check', 'good.yaml', '--rules', 'rules.yaml'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: rules.yaml: cannot read rule file: not a regular file but a named pipe (FIFO); attt-audit reads only regular files (and standard input as "-")\n',
    });
  });

  it('--max-file-size applies to the baseline, config, waivers and rule files', async () => {
    const pad = `# ${'x'.repeat(2 * 1024 * 1024)}\n`;
    const cwd = tempDir({ 'good.yaml': GOOD, 'base.json': `${'  '.repeat(1024 * 1024)}{}`, 'c.yaml': pad, 'w.yaml': pad, 'r.yaml': pad });
    const limit = ['--max-file-size', '1'];
    const tooLarge = (file: string, what: string): string => `attt-audit: error: ${file}: cannot read ${what}: file too large: 2.0 MB, limit 1.0 MB (--max-file-size)\n`;
    expect((await runCli(['check', 'good.yaml', '--baseline', 'base.json', ...limit], { cwd })).stderr).toBe(tooLarge('base.json', 'the baseline file'));
    expect((await runCli(['check', 'good.yaml', '--config', 'c.yaml', ...limit], { cwd })).stderr).toBe(tooLarge('c.yaml', 'the config file'));
    expect((await runCli(['check', 'good.yaml', '--waivers', 'w.yaml', ...limit], { cwd })).stderr).toBe(tooLarge('w.yaml', 'the waivers file'));
    expect(await runCli(['check', 'good.yaml', '--rules', 'r.yaml', ...limit], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: r.yaml: cannot read rule file: file too large: 2.0 MB, limit 1.0 MB (--max-file-size)\n',
    });
  });
});

describe('precise messages', () => {
  it('a symbolic link loop is named as one, as an argument (exit 2) and inside a folder (a finding)', async () => {
    const cwd = tempDir({ 'inv/good.yaml': GOOD });
    symlinkSync('loop-b.yaml', path.join(cwd, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', path.join(cwd, 'loop-b.yaml'));
    expect(await runCli(['check', 'loop-a.yaml'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: symbolic link loop: loop-a.yaml (ELOOP)\n' });
    symlinkSync('self.yaml', path.join(cwd, 'inv', 'self.yaml'));
    const { code, lines } = await inventoryFindings(['inv'], cwd);
    expect(lines).toEqual(['inv/self.yaml:1:1 inventory/unreadable cannot read file: ELOOP (a symbolic link loop)']);
    expect(code).toBe(1);
  });

  it('a dangling symbolic link as an argument is not "path does not exist"', async () => {
    const cwd = tempDir({});
    symlinkSync('gone.yaml', path.join(cwd, 'link.yaml'));
    expect(await runCli(['check', 'link.yaml'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: dangling symbolic link: link.yaml\n' });
  });

  it('UTF-16 without a byte-order mark and UTF-32 (with or without) are named, not called binary', async () => {
    const text = 'systems:\n  - id: hệ-thống\n    name: Hệ thống\n    owner: Văn phòng\n';
    const utf32 = (le: boolean, bom: boolean): Buffer => {
      const points = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.codePointAt(0)!)];
      const out = Buffer.alloc(points.length * 4);
      points.forEach((p, i) => (le ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
      return out;
    };
    const cwd = tempDir({
      'a-utf16le.yaml': Buffer.from(text, 'utf16le'),
      'b-utf16be.yaml': Buffer.from(text, 'utf16le').swap16(),
      'c-utf32le-bom.yaml': utf32(true, true),
      'd-utf32be-bom.yaml': utf32(false, true),
      'e-utf32le.yaml': utf32(true, false),
      'f-utf32be.yaml': utf32(false, false),
    });
    const { lines } = await inventoryFindings(['.'], cwd);
    expect(lines).toEqual([
      'a-utf16le.yaml:1:1 inventory/encoding the file is encoded as UTF-16LE (without a byte-order mark); convert it to UTF-8, e.g. iconv -f UTF-16LE -t UTF-8',
      'b-utf16be.yaml:1:1 inventory/encoding the file is encoded as UTF-16BE (without a byte-order mark); convert it to UTF-8, e.g. iconv -f UTF-16BE -t UTF-8',
      'c-utf32le-bom.yaml:1:1 inventory/encoding the file is encoded as UTF-32; convert it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8',
      'd-utf32be-bom.yaml:1:1 inventory/encoding the file is encoded as UTF-32; convert it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8',
      'e-utf32le.yaml:1:1 inventory/encoding the file is encoded as UTF-32LE (without a byte-order mark); convert it to UTF-8, e.g. iconv -f UTF-32LE -t UTF-8',
      'f-utf32be.yaml:1:1 inventory/encoding the file is encoded as UTF-32BE (without a byte-order mark); convert it to UTF-8, e.g. iconv -f UTF-32BE -t UTF-8',
    ]);
  });
});
