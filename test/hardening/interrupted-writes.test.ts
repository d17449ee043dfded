// An interrupted write leaves no hidden temporary file beside the target: a full disk (ENOSPC,
// injected through util/fs-write's writeFile) is one line and exit 2; SIGINT and SIGTERM are sent
// to a real child process while it writes.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT, runCli, systemYaml, tempDir } from '../helpers.js';

const INVENTORY = `systems:\n${systemYaml('a', 'status: retired')}\n`;
const failWith = { code: undefined as string | undefined };

vi.mock('../../src/util/fs-write.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/util/fs-write.js')>();
  return {
    ...original,
    // Half the report reaches the disk, then the disk is full.
    writeFile: async (file: string, content: string | Uint8Array | Iterable<string>, options: { flag: string }) => {
      if (failWith.code === undefined) return original.writeFile(file, content, options);
      writeFileSync(file, 'half a rep', { flag: options.flag });
      throw Object.assign(new Error(`${failWith.code}: no space left on device, write`), { code: failWith.code });
    },
  };
});

describe('a full disk', () => {
  it.each([
    [['check', 'inv.yaml', '-f', 'json', '-o', 'out/report.json'], 'out/report.json'],
    [['report', 'inv.yaml', '-o', 'out/report.xlsx'], 'out/report.xlsx'],
    [['baseline', 'inv.yaml', '-o', 'out/report.json'], 'out/report.json'],
  ])('%j: one line, exit 2, no temporary file left', async (args, shown) => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY });
    failWith.code = 'ENOSPC';
    try {
      expect(await runCli(args, { cwd })).toEqual({ code: 2, stdout: '', stderr: `attt-audit: error: cannot write ${shown}: ENOSPC (no space left on the device)\n` });
    } finally {
      failWith.code = undefined;
    }
    expect(readdirSync(path.join(cwd, 'out'))).toEqual([]);
  });
});

describe('standard output on a full disk', () => {
  it('> /dev/full (a real process): one line, exit 2, no stack trace', () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY });
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'attt-audit.js'), 'check', 'inv.yaml', '-f', 'json'], {
        cwd,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en_US.UTF-8' },
      });
      expect({ code: run.status, stderr: run.stderr }).toEqual({ code: 2, stderr: 'attt-audit: error: cannot write to standard output: ENOSPC (no space left on the device)\n' });
    } finally {
      closeSync(full);
    }
  });
});

/** Replaces fs/promises' writeFile in the child: it writes part of the file, says so, and never finishes. */
const STALLING_WRITE = `
const fs = require('node:fs');
const promises = require('node:fs/promises');
promises.writeFile = (file, content, options) => {
  fs.writeFileSync(file, 'half a rep', { flag: options.flag });
  process.stderr.write('WRITING\\n');
  setInterval(() => {}, 1000);
  return new Promise(() => {});
};
`;

function interruptWhileWriting(signal: NodeJS.Signals): Promise<{ signal: NodeJS.Signals | null; files: string[]; during: string[] }> {
  const cwd = tempDir({ 'inv.yaml': INVENTORY, 'stall.cjs': STALLING_WRITE });
  const child = spawn(process.execPath, ['-r', path.join(cwd, 'stall.cjs'), path.join(ROOT, 'bin', 'attt-audit.js'), 'check', 'inv.yaml', '-f', 'json', '-o', 'out/report.json'], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let during: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('WRITING')) return;
      during = readdirSync(path.join(cwd, 'out'));
      child.kill(signal);
    });
    child.on('error', reject);
    child.on('exit', (_code, received) => resolve({ signal: received, files: readdirSync(path.join(cwd, 'out')), during }));
  });
}

describe('an interrupted run (a real process)', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s while writing removes the temporary file and ends by the signal', async (signal) => {
    const { signal: received, files, during } = await interruptWhileWriting(signal);
    expect(during).toEqual([expect.stringMatching(/^\.report\.json\.[0-9a-f]{12}\.tmp$/)]);
    expect(files).toEqual([]);
    expect(received).toBe(signal);
  });
});
