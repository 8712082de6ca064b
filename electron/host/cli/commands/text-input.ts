import { readFileSync } from 'node:fs';
import { AppError } from '../../../../shared/errors';
import { registerErrorMessages } from '../../../../shared/i18n/errors';
import type { CommandIo } from '../command';
import { opt } from '../support';

registerErrorMessages({
  text_file_unreadable: { 'zh-CN': '无法读取文件 {{file}}：{{detail}}', en: 'Cannot read the file {{file}}: {{detail}}' },
});

/** The text of `--text T` or `--file F` (exactly one). The file is read as UTF-8, unchanged. */
export function textOrFile(io: CommandIo): string {
  const text = opt(io, 'text');
  const file = opt(io, 'file');
  if ((text === undefined) === (file === undefined)) throw new AppError('usage', { detail: '--text TEXT | --file FILE' });
  if (text !== undefined) return text;
  try {
    return readFileSync(file as string, 'utf8');
  } catch (err) {
    throw new AppError('text_file_unreadable', { file, detail: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}

/** A template body from a file: no byte-order mark, no trailing line break an editor added. */
export const templateBody = (text: string): string => text.replace(/^\uFEFF/, '').replace(/[\r\n]+$/, '');
