// The process's standard output and error as the commands write to them. Output redirected to a
// file or a device (/dev/null, /dev/full) is written with writeSync, which is all Node's own
// stream for a file does, without loading Node's stream modules (a tenth of a one-file check's
// start-up, bench/RESULTS.md); a short write is carried on from where it stopped. A terminal or a
// pipe gets Node's stream, made on first use, and a closed pipe (`care-check … | head`) ends the
// run quietly. A write that fails (a full disk, /dev/full) is not thrown at the writer: the stream
// remembers it, writes nothing more, and the command line reports it once the command is done
// (src/program.ts). CommonJS, for the launcher as well as the commands.
import fs = require('node:fs');

interface StandardStream {
  write(chunk: string): unknown;
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

let sleeper: Int32Array | undefined;

/** Waits `ms` without giving up the thread: a device that is not ready yet (EAGAIN) gets a moment. */
function pause(ms: number): void {
  sleeper ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Writes all of `bytes` to `fd`, carrying on after a short write; throws the first error. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    let written: number;
    try {
      written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        pause(5);
        continue;
      }
      throw error;
    }
    // A device that takes nothing without an error is as good as full.
    if (written <= 0) throw Object.assign(new Error('ENOSPC: nothing was written'), { code: 'ENOSPC', syscall: 'write' });
    offset += written;
  }
}

function inPlace(fd: 1 | 2): StandardStream {
  let failed: NodeJS.ErrnoException | null = null;
  return {
    write: (chunk: string) => {
      if (failed !== null) return false;
      try {
        writeAll(fd, Buffer.from(chunk, 'utf8'));
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
    write: (chunk: string) => (failed === null ? node().write(chunk) : false),
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

function standardStream(fd: 1 | 2): StandardStream {
  return isWrittenInPlace(fd) ? inPlace(fd) : throughNode(fd);
}

export = { standardStream, writeAll };
