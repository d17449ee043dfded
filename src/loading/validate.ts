// What `validate` loads: the same inventories, problems and positions as `check`.
import { loadInventories, type LoadedInventory } from './inventory.js';

export async function validateInventories(paths: readonly string[], cwd: string): Promise<LoadedInventory> {
  return loadInventories(paths, { cwd });
}
