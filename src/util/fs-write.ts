// The file-system writes attt-audit makes, as promises, without importing node:fs/promises at
// start-up: loading it pulls in readline, file watchers and Node's streams (~1.7 ms of every run),
// and most runs write nothing. writeFile, whose content may be an iterable of strings or an async
// iterable of bytes (a workbook made as it is written, read no faster than the disk takes it), is
// node:fs/promises' own, loaded when a file is written.
import { appendFile as appendFileCallback, link as linkCallback, mkdir as mkdirCallback, rename as renameCallback, unlink as unlinkCallback } from 'node:fs';
import { promisify } from 'node:util';

export const mkdir = promisify(mkdirCallback);
export const appendFile = promisify(appendFileCallback);
export const link = promisify(linkCallback);
export const rename = promisify(renameCallback);
export const unlink = promisify(unlinkCallback);

export async function writeFile(file: string, content: string | Uint8Array | Iterable<string> | AsyncIterable<Uint8Array>, options: { flag: string }): Promise<void> {
  const promises = await import('node:fs/promises');
  await promises.writeFile(file, content, options);
}
