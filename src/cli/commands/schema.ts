// `attt-audit schema`: the JSON Schema of inventory files, generated from the zod schema.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';

/** Set by the build (scripts/build.mjs): the schema's text, generated once there; absent when running from source. */
declare const __INVENTORY_SCHEMA__: string | undefined;

export function registerSchema(program: Command, io: Io, lang: Lang): void {
  program
    .command('schema')
    .description(HELP.schema.description[lang])
    .action(async () => {
      // The built CLI prints the embedded text: loading zod and generating it took longer than a whole `check`.
      const text = typeof __INVENTORY_SCHEMA__ === 'string' ? __INVENTORY_SCHEMA__ : (await import('../../model/json-schema.js')).inventorySchemaText();
      io.stdout.write(text);
    });
}
