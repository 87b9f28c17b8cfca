import type { Lang, Problem } from '../core/types.js';
import { PROBLEM_TEXT } from '../i18n/problems.js';
import { oneLine } from '../report/printable.js';

/**
 * One problem as a line: `file:line:column  field  message`. The position and the field are
 * left out when unknown; with `lang`, a warning's message says that it is one.
 */
export function formatProblem(p: Problem, lang?: Lang): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const message = lang && p.severity === 'warning' ? `${PROBLEM_TEXT.warningPrefix()[lang]}${p.message}` : p.message;
  return [where, p.path, message]
    .filter((part): part is string => part !== null && part !== '')
    .map(oneLine)
    .join('  ');
}
