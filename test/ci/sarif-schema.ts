// Validates SARIF logs against the official SARIF 2.1.0 JSON Schema (draft-07) with ajv.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

// The official OASIS schema, copied unchanged into the repository so tests need no network.
const SCHEMA_PATH = path.join(ROOT, 'test', 'schemas', 'sarif-schema-2.1.0.json');

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let validator: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

export function validateSarif(log: unknown): { valid: boolean; errors: unknown } {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
  }
  const valid = validator(log);
  return { valid, errors: validator.errors };
}
