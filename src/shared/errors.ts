// One base class: usage, input and policy errors end a run with exit code 2, anything else is a bug (3).

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

export const EXIT = { ok: 0, failing: 1, input: 2, internal: 3 } as const;
