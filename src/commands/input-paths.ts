import { CareCheckError } from '../shared/errors.js';
import { localize } from '../i18n/index.js';
import type { Lang } from '../core/types.js';
import { dataPath } from '../shared/paths.js';
import { displayPath } from '../load/reports.js';
import { OPTION_TEXT } from '../i18n/options.js';

/**
 * The paths a run reads. None is a usage error: the bundled samples are read only when named, so
 * that a job whose path variable came out empty never reports on the samples as if they were its data.
 */
export function inputPaths(paths: readonly string[], command: 'check' | 'validate', lang: Lang, cwd: string): string[] {
  if (paths.length > 0) return [...paths];
  throw new CareCheckError('usage', localize(OPTION_TEXT, lang).noPaths(command, displayPath(dataPath('samples'), cwd)));
}
