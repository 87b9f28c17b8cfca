// A problem put in words, in the language of the run: the one place a problem's message (data, see
// shared/problem.ts) becomes text, for every output that shows problems.
import type { Lang, Text } from '../core/types.js';
import { PROBLEM_TEXT, PROBLEM_WORDS } from '../i18n/problems.js';
import type { Message, Problem } from '../shared/problem.js';
import { oneLine } from './printable.js';

const words = new WeakMap<Message, Text>();

/** A message in both languages (made once per message). */
export function messageText(message: Message): Text {
  let text = words.get(message);
  if (!text) {
    text = (PROBLEM_TEXT[message.key] as (...args: unknown[]) => Text)(...message.args);
    words.set(message, text);
  }
  return text;
}

/** A problem's message in `lang`. */
export function problemMessage(problem: Problem, lang: Lang): string {
  return messageText(problem.message)[lang];
}

/**
 * One problem as a line: `file:line:column  field  message`. The position and the field are
 * left out when unknown; with `warningPrefix`, a warning's message says that it is one.
 */
export function formatProblem(p: Problem, lang: Lang, options: { warningPrefix?: boolean } = {}): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const text = problemMessage(p, lang);
  const message = options.warningPrefix && p.severity === 'warning' ? `${PROBLEM_WORDS.warningPrefix[lang]}${text}` : text;
  return [where, p.path, message]
    .filter((part): part is string => part !== null && part !== '')
    .map(oneLine)
    .join('  ');
}
