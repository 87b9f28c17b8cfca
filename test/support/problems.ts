// Problems in tests: a problem's message is data (a key and its arguments); these put it in words as
// the edge of the CLI does, and make a message that carries a given text for the tests of escaping.
import type { Lang } from '../../src/core/types.js';
import { problemMessage } from '../../src/report/problem-text.js';
import { message, type Message, type Problem } from '../../src/shared/problem.js';

/** A problem's message in `lang` ('' for no problem). */
export function said(problem: Problem | undefined, lang: Lang = 'en'): string {
  return problem === undefined ? '' : problemMessage(problem, lang);
}

/** A message whose words hold `text` as it is (a reason that a file cannot be read). */
export function textMessage(text: string): Message {
  return message('unreadable', text);
}
