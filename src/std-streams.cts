// The process's standard output and error as the commands write to them. Output redirected to a
// file is written with writeSync, which is all Node's own stream for a file does, without
// loading Node's stream modules (a tenth of a one-file check's start-up, bench/RESULTS.md). A
// terminal or a pipe gets Node's stream, made on first use, and a closed pipe (`care-check … |
// head`) ends the run quietly. CommonJS, for the launcher as well as the commands.
import fs = require('node:fs');

interface StandardStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  /** the process's own stream: colour support is read from the terminal and the environment */
  readonly isProcessStream: true;
}

function isRegularFile(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

function quietOnClosedPipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return stream;
}

function standardStream(fd: 1 | 2): StandardStream {
  if (isRegularFile(fd)) return { write: (chunk: string) => fs.writeSync(fd, chunk), isTTY: false, isProcessStream: true };
  let stream: NodeJS.WriteStream | undefined;
  const node = (): NodeJS.WriteStream => (stream ??= quietOnClosedPipe(fd === 1 ? process.stdout : process.stderr));
  return {
    write: (chunk: string) => node().write(chunk),
    get isTTY() {
      return node().isTTY;
    },
    get columns() {
      return node().columns;
    },
    isProcessStream: true,
  };
}

export = { standardStream };
