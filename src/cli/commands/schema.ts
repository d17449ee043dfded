// `attt-audit schema`: the JSON Schema of inventory files, generated from the zod schema.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';

export function registerSchema(program: Command, io: Io, lang: Lang): void {
  program
    .command('schema')
    .description(HELP.schema.description[lang])
    .action(async () => {
      // zod's JSON Schema generator loads only for this command.
      const { inventoryJsonSchema } = await import('../../model/json-schema.js');
      io.stdout.write(`${JSON.stringify(inventoryJsonSchema(), null, 2)}\n`);
    });
}
