// The process's standard output and error as the commands write to them. Output redirected to a
// file or a device (/dev/null, /dev/full) is written with writeSync, which is all Node's own
// stream for a file does, without loading Node's stream modules (a tenth of a one-file check's
// start-up, bench/RESULTS.md); the commands pass write-fully.ts's writeFully, which carries a short
// write on from where it stopped (this module is the launcher's too, and loads no ES module). A terminal or a
// pipe gets Node's stream, made on first use, and a closed pipe (`care-check … | head`) ends the
// run quietly. A write that fails (a full disk, /dev/full) is not thrown at the writer: the stream
// remembers it, writes nothing more, and the command line reports it once the command is done
// (src/program.ts). CommonJS, for the launcher as well as the commands.
import fs = require('node:fs');

interface StandardStream {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  /** the process's own stream: colour support is read from the terminal and the environment */
  readonly isProcessStream: true;
  /** resolves once everything written so far has left the process (or failed to) */
  flush(): Promise<void>;
  /** the first write error, once one happened (a closed pipe never gets here: the run ends) */
  failure(): NodeJS.ErrnoException | null;
}

/**
 * Written synchronously: a regular file, or one of Linux's memory devices (major 1: /dev/null,
 * /dev/full, /dev/zero), which are never terminals. Any other device goes through Node's stream,
 * which knows a terminal when it sees one (telling one apart here would load Node's tty module).
 */
function isWrittenInPlace(fd: number): boolean {
  try {
    const stats = fs.fstatSync(fd);
    if (stats.isFile()) return true;
    return process.platform === 'linux' && stats.isCharacterDevice() && ((stats.rdev >> 8) & 0xfff) === 1;
  } catch {
    return false;
  }
}

/** How a buffer is written to a descriptor: the commands pass write-fully.ts's writeFully, which carries on after a short write. */
type WriteFd = (fd: number, bytes: Uint8Array) => void;

const writeOnce: WriteFd = (fd, bytes) => {
  fs.writeSync(fd, bytes);
};

function inPlace(fd: 1 | 2, writeFd: WriteFd): StandardStream {
  let failed: NodeJS.ErrnoException | null = null;
  return {
    write: (chunk: string | Uint8Array) => {
      if (failed !== null) return false;
      try {
        writeFd(fd, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
        return true;
      } catch (error) {
        failed = error as NodeJS.ErrnoException;
        return false;
      }
    },
    isTTY: false,
    isProcessStream: true,
    flush: () => Promise.resolve(),
    failure: () => failed,
  };
}

function throughNode(fd: 1 | 2): StandardStream {
  let failed: NodeJS.ErrnoException | null = null;
  let stream: NodeJS.WriteStream | undefined;
  const node = (): NodeJS.WriteStream => {
    if (stream === undefined) {
      stream = fd === 1 ? process.stdout : process.stderr;
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        failed ??= error;
      });
    }
    return stream;
  };
  return {
    write: (chunk: string | Uint8Array) => (failed === null ? node().write(chunk) : false),
    get isTTY() {
      return node().isTTY;
    },
    get columns() {
      return node().columns;
    },
    isProcessStream: true,
    // a write's callback runs once it and everything before it has been handed to the system
    flush: () => (stream === undefined || failed !== null ? Promise.resolve() : new Promise((resolve) => stream!.write('', () => resolve()))),
    failure: () => failed,
  };
}

function standardStream(fd: 1 | 2, writeFd: WriteFd = writeOnce): StandardStream {
  return isWrittenInPlace(fd) ? inPlace(fd, writeFd) : throughNode(fd);
}

export = { standardStream };
