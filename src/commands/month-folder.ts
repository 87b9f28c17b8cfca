// Where init and import put a month's files: `<DIR>/<period>/`, under the folder the user named (or
// the working folder). Both are made when missing; a file standing where the folder should is refused.
import { statSync } from 'node:fs';
import { localize } from '../i18n/index.js';
import { join, resolve } from 'node:path';
import { CareCheckError } from '../shared/errors.js';
import type { Lang, Period } from '../core/types.js';
import { FORM_TEXT } from '../i18n/form.js';

/** `<folder>/<period>` as the user would write it (`/` separators); an error when `folder` is a file. */
export function monthFolder(cwd: string, folder: string, period: Period, lang: Lang): string {
  let notFolder = false;
  try {
    notFolder = !statSync(resolve(cwd, folder)).isDirectory();
  } catch {
    notFolder = false;
  }
  if (notFolder) throw new CareCheckError('output', localize(FORM_TEXT, lang).outputNotFolder(folder));
  return join(folder, period).split('\\').join('/');
}
