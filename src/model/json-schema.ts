// JSON Schema for editors (yaml-language-server), generated from the same zod schema the loader uses.
import { z } from 'zod';
import { inventoryFileSchema, systemSchema } from './inventory-schema.js';

export function inventoryJsonSchema(): Record<string, unknown> {
  const file = inventoryFileSchema.extend({ systems: z.array(systemSchema) });
  const schema = z.toJSONSchema(file, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://github.com/attt-audit/attt-audit/schema/inventory.schema.json',
    title: 'attt-audit inventory',
    description: 'Information systems and their security-level evidence (an toàn hệ thống thông tin theo cấp độ).',
  };
}

/** What `attt-audit schema` prints (and schema/inventory.schema.json holds). */
export function inventorySchemaText(): string {
  return `${JSON.stringify(inventoryJsonSchema(), null, 2)}\n`;
}
