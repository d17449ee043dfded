// JSON Schema for editors (yaml-language-server), generated from the same zod schema the loader uses.
import { z } from 'zod';
import { inventoryFileSchema, systemSchema } from './inventory-schema.js';
import { SCHEMA_DESCRIPTIONS_VI } from './json-schema-vi.js';

export function inventoryJsonSchema(): Record<string, unknown> {
  const file = inventoryFileSchema.extend({ systems: z.array(systemSchema) });
  const schema = z.toJSONSchema(file, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return withVietnamese({
    ...schema,
    $id: 'https://github.com/attt-audit/attt-audit/schema/inventory.schema.json',
    title: 'attt-audit inventory',
    description: 'Information systems and their security-level evidence (an toàn hệ thống thông tin theo cấp độ).',
  }) as Record<string, unknown>;
}

/** Every description in both languages (English, then Vietnamese): editors show it on hover. */
function withVietnamese(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withVietnamese);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const vi = key === 'description' && typeof value === 'string' ? SCHEMA_DESCRIPTIONS_VI[value] : undefined;
    out[key] = vi ? `${value as string}\n\n${vi}` : withVietnamese(value);
  }
  return out;
}

/** What `attt-audit schema` prints (and schema/inventory.schema.json holds). */
export function inventorySchemaText(): string {
  return `${JSON.stringify(inventoryJsonSchema(), null, 2)}\n`;
}
