// Writing a whole buffer to a file descriptor that may take it in parts: a file on a disk that
// fills (a short write, then ENOSPC or EFBIG), a FIFO or device opened without blocking (EAGAIN
// while its reader catches up). Synchronous: what it writes is in place when it returns.
import { writeSync } from 'node:fs';

let sleeper: Int32Array | undefined;

/** Waits `ms` without giving up the thread: a device that is not ready yet gets a moment. */
function pause(ms: number): void {
  sleeper ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Writes all of `bytes` to `fd`, carrying on after a short write; throws the first error. */
export function writeFully(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    let written: number;
    try {
      written = writeSync(fd, bytes, offset, bytes.length - offset);
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
