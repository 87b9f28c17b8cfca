// The shape of a problem found in the input: where it is, its code, and its message as data — the
// key of the message (i18n/problems.ts) and the message's arguments. No problem is put in words
// where it is found: the words, in the language of the run, are made where it is shown
// (report/problem-text.ts), so that nothing that reads or checks a file needs the run's language.
import type { Position } from '../core/types.js';
import type { PROBLEM_TEXT } from '../i18n/problems.js';

export type ProblemCode =
  | 'yaml-syntax' | 'not-utf8' | 'gbk-encoding' | 'too-large' | 'alias-limit' | 'duplicate-key'
  | 'wrong-type' | 'negative' | 'not-integer' | 'not-finite' | 'required' | 'unknown-measure' | 'unknown-field'
  | 'part-exceeds-whole' | 'unknown-unit' | 'name-mismatch' | 'bad-code' | 'bad-period'
  | 'future-period' | 'duplicate-report' | 'unreadable' | 'no-input' | 'policy-invalid'
  | 'code-mismatch' | 'period-mismatch' | 'not-held' | 'not-finite-result' | 'more-problems';

type Messages = typeof PROBLEM_TEXT;
export type MessageKey = keyof Messages;

/** A message as data: the key of its words in i18n/problems.ts and what they name. */
export type Message = { [K in MessageKey]: { key: K; args: Parameters<Messages[K]> } }[MessageKey];

/** The message `key` with its arguments. */
export function message<K extends MessageKey>(key: K, ...args: Parameters<Messages[K]>): Message {
  return { key, args } as Message;
}

export interface Problem {
  file: string;
  line: number | null;
  column: number | null;
  /** dotted field path in the file, e.g. `measures.townships.with_regional_center` */
  path: string | null;
  code: ProblemCode;
  message: Message;
  /** warnings do not change the exit code */
  severity: 'error' | 'warning';
}

export interface ProblemInit {
  file: string;
  code: ProblemCode;
  message: Message;
  at?: Position | null;
  path?: string | null;
  severity?: 'error' | 'warning';
}

/** A problem at a place in a file (or of the whole file). */
export function makeProblem(init: ProblemInit): Problem {
  return {
    file: init.file,
    line: init.at?.line ?? null,
    column: init.at?.column ?? null,
    path: init.path ?? null,
    code: init.code,
    message: init.message,
    severity: init.severity ?? 'error',
  };
}
