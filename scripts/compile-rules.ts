// Build step: validates the default rule pack with the real loader and prints it as data
// (see src/loading/default-pack.ts). A broken default pack fails the build.
import { readFile } from 'node:fs/promises';
import { compilePack, defaultRulesDir } from '../src/loading/default-pack.js';
import { expandPaths } from '../src/loading/files.js';
import { loadRules } from '../src/loading/rules.js';
import { inventorySchemaText } from '../src/model/json-schema.js';

export async function compileDefaultPack(): Promise<string> {
  const dir = defaultRulesDir();
  const loaded = await loadRules([dir], dir);
  const texts = new Map<string, string>();
  for (const file of await expandPaths([dir], dir)) texts.set(file, await readFile(file, 'utf8'));
  return JSON.stringify(compilePack(dir, loaded, texts));
}

/** The text `attt-audit schema` prints, made once here so the command does not load zod (see src/cli/commands/schema.ts). */
export function compileInventorySchema(): string {
  return JSON.stringify(inventorySchemaText());
}
