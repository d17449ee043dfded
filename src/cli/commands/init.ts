// `attt-audit init`: a commented starter config and a one-system inventory in the working
// directory. Refuses to replace anything: if either file exists, nothing is written (exit 2).
import path from 'node:path';
import type { Command } from 'commander';
import { STARTER_INVENTORY_FILE, starterConfig, starterInventory } from '../../config/starter.js';
import { FatalError } from '../../errors.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { statOrUndefined } from '../../util/fs-sync.js';
import { mkdir } from '../../util/fs-write.js';
import { FileExistsError, writeFileAtomic } from '../../util/write-atomic.js';
import { calendarDateIn, DEFAULT_TIME_ZONE } from '../../util/date.js';
import { commandContext, type GlobalOptions } from '../context.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';

export function registerInit(program: Command, io: Io, lang: Lang): void {
  program
    .command('init')
    .description(HELP.init.description[lang])
    .action(async (_options: GlobalOptions, cmd: Command) => {
      const ctx = commandContext(io, cmd.optsWithGlobals() as GlobalOptions);
      const { CONFIG_FILE_NAME } = await import('../../config/config-file.js');
      const files = [
        { name: CONFIG_FILE_NAME, text: starterConfig(ctx.lang) },
        { name: STARTER_INVENTORY_FILE, text: starterInventory(calendarDateIn(io.now(), DEFAULT_TIME_ZONE), ctx.lang) },
      ];
      const existing: string[] = [];
      for (const f of files) if (statOrUndefined(path.join(io.cwd, f.name))) existing.push(f.name);
      if (existing.length > 0) throw refuse(existing);
      for (const f of files) {
        try {
          await mkdir(path.dirname(path.join(io.cwd, f.name)), { recursive: true });
          await writeFileAtomic(path.join(io.cwd, f.name), f.text, { overwrite: false });
        } catch (error) {
          if (error instanceof FileExistsError) throw refuse([f.name]);
          throw error;
        }
      }
      const done = localize(
        {
          vi: 'Đã tạo {a} và {b}.\nTiếp theo: sửa {b} cho đúng hệ thống của đơn vị, rồi chạy "attt-audit check".\n',
          en: 'Created {a} and {b}.\nNext: edit {b} to describe your systems, then run "attt-audit check".\n',
        },
        { a: CONFIG_FILE_NAME, b: STARTER_INVENTORY_FILE },
      );
      io.stdout.write(done[ctx.lang]);
    });
}

function refuse(files: string[]): FatalError {
  return new FatalError(
    localize(
      { vi: 'không ghi đè tệp đã có: {f}; không tạo tệp nào', en: 'will not overwrite existing files: {f}; nothing was written' },
      { f: files.join(', ') },
    ),
  );
}
