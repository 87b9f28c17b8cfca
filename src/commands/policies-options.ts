// Options shared by `validate`, `policies` and `explain`.
import { CareCheckError } from '../shared/errors.js';
import { localize } from '../i18n/index.js';
import type { Io } from '../shared/io.js';
import type { Lang } from '../core/types.js';
import { COMMAND_TEXT } from '../i18n/commands.js';

export type ListFormat = 'table' | 'json';

/** `--format`: table (the default) or json. */
export function listFormat(raw: unknown, command: string, lang: Lang): ListFormat {
  const format = typeof raw === 'string' ? raw : 'table';
  if (format !== 'table' && format !== 'json') throw new CareCheckError('usage', localize(COMMAND_TEXT, lang).badFormat(command, format));
  return format;
}

/** Terminal width to fit the output to; a pipe or a file gets a generous fixed width. */
export function outputWidth(io: Io): number {
  return io.stdout.columns !== undefined && io.stdout.columns >= 40 ? io.stdout.columns : 120;
}
