// Where init and import put a month's files: `<DIR>/<period>/`, under a folder the user named
// (or the working folder), which must exist; the month folder is the tool's own and is made.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CareCheckError } from '../errors.js';
import type { Lang, Period } from '../core/types.js';
import { formText } from '../i18n/form.js';

/** `<folder>/<period>` as the user would write it (`/` separators); usage error when `folder` is none. */
export function monthFolder(cwd: string, folder: string, period: Period, lang: Lang): string {
  let isFolder = false;
  try {
    isFolder = statSync(resolve(cwd, folder)).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new CareCheckError('output', formText(lang).outputNotFolder(folder));
  return join(folder, period).split('\\').join('/');
}
