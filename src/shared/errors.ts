// One base class: usage, input and policy errors end a run with exit code 2, anything else is a bug (3).

import type { Text } from '../core/types.js';

export type ErrorKind = 'usage' | 'input' | 'policy' | 'output';

export class CareCheckError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'CareCheckError';
  }
}

/**
 * A bug (exit code 3) whose message a person should read in the run's language, e.g. a worker
 * thread that died while reading a named file: made where the run's language is not known, put in
 * words where it is shown (program.ts).
 */
export class InternalFault extends Error {
  constructor(
    readonly text: Text,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = 'InternalFault';
  }
}

export const EXIT = { ok: 0, failing: 1, input: 2, internal: 3 } as const;
