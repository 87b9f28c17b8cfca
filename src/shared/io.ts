// The world a command sees: streams, working folder, environment and clock, passed in so that a test pins them.

export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
  /** the process's own stdout or stderr (std-streams.cts): colour support is read from the terminal */
  isProcessStream?: boolean;
  /** resolves once everything written so far has left the process (or failed to) */
  flush?(): Promise<void>;
  /** the first write that failed (a full disk): the stream writes nothing after it */
  failure?(): NodeJS.ErrnoException | null;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}
