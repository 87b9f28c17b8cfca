import type { Lang, Problem } from '../core/types.js';
import { PROBLEM_TEXT } from '../i18n/problems.js';

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

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A key or value quoted from a file may hold line breaks or control characters: shown escaped, one problem stays one line. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(
    /[\u0000-\u001f\u007f\u2028\u2029]/g,
    (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
