// The bounded reader at its edges: exactly the limit is read, one byte more is refused.
import { Readable } from 'node:stream';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileBounded, ReadError, readStreamBounded } from '../../src/util/fs-read.js';
import { tempDir } from '../helpers.js';

describe('readFileBounded and readStreamBounded', () => {
  it('a file of exactly the limit is read; one byte more is too large, with its size', () => {
    const dir = tempDir({ 'fits.yaml': Buffer.alloc(1000, 0x61), 'over.yaml': Buffer.alloc(1001, 0x61) });
    expect(readFileBounded(path.join(dir, 'fits.yaml'), 1000).length).toBe(1000);
    const error = (() => {
      try {
        readFileBounded(path.join(dir, 'over.yaml'), 1000);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).failure).toEqual({ reason: 'too-large', size: 1001, limit: 1000 });
  });

  it('a stream of exactly the limit is read, in any chunking; one byte more is too large', async () => {
    const chunks = (total: number, size: number): Buffer[] => Array.from({ length: Math.ceil(total / size) }, (_, i) => Buffer.alloc(Math.min(size, total - i * size), 0x61));
    for (const size of [1, 7, 1000, 4096]) {
      expect((await readStreamBounded(Readable.from(chunks(1000, size)), 1000)).length).toBe(1000);
      await expect(readStreamBounded(Readable.from(chunks(1001, size)), 1000)).rejects.toThrow('input too large: more than 0.0 MB (--max-file-size)');
    }
  });
});
