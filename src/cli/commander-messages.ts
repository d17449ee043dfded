// commander's own error messages (unknown option, missing argument…) in both languages.
import type { CommanderError } from 'commander';
import type { Lang } from '../i18n/lang.js';

const VI: Record<string, (m: string) => string> = {
  'commander.unknownOption': (m) => m.replace(/^error: unknown option/, 'tùy chọn không tồn tại').replace('(Did you mean', '(có phải ý bạn là'),
  'commander.unknownCommand': (m) => m.replace(/^error: unknown command/, 'lệnh không tồn tại').replace('(Did you mean', '(có phải ý bạn là'),
  'commander.missingArgument': (m) => m.replace(/^error: missing required argument/, 'thiếu tham số bắt buộc'),
  'commander.optionMissingArgument': (m) => m.replace(/^error: option (.*) argument missing$/, 'tùy chọn $1 thiếu giá trị'),
  'commander.invalidArgument': (m) =>
    m
      .replace(/^error: option (.*) argument (.*) is invalid\. Allowed choices are (.*)\.$/, 'giá trị $2 của tùy chọn $1 không hợp lệ; các giá trị cho phép: $3')
      .replace(/^error: command-argument value (.*) is invalid/, 'giá trị $1 không hợp lệ'),
  'commander.excessArguments': (m) => m.replace(/^error: too many arguments.*$/, 'quá nhiều tham số'),
};

export function translateCommanderError(error: CommanderError, lang: Lang): string {
  // commander puts its "(Did you mean …?)" on a second line; keep it, on the same line.
  const message = error.message.split('\n').filter(Boolean).join(' ');
  if (lang === 'vi') {
    const translate = VI[error.code];
    if (translate) return translate(message);
  }
  return message.replace(/^error: /, '');
}
