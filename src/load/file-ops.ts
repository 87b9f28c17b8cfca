// The file calls the input loaders make, in two kinds with one shape. Asynchronous, on node:fs's
// callbacks (node:fs/promises would load Node's stream and readline modules as it starts): for a
// set of files, read several at a time. Synchronous: for a few files, where the trips through
// libuv's thread pool cost more than the reads (1.5 ms of a one-file check, bench/RESULTS.md).
//
// Every input is opened the one way, by readRegularFile: without blocking (O_NONBLOCK: a FIFO, or a
// link to one, opens at once instead of waiting for a writer for ever), then checked to be a regular
// file on the descriptor itself (fstat: no race between a check of the path and the open).
import { close, closeSync, constants, fstat, fstatSync, open, openSync, read, readSync, type Stats } from 'node:fs';

export interface FileOps {
  open(path: string): number | Promise<number>;
  fstat(fd: number): Stats | Promise<Stats>;
  /** reads into `buffer` at `offset`, `length` bytes from `position`; the bytes read */
  read(fd: number, buffer: Buffer, offset: number, length: number, position: number): number | Promise<number>;
  close(fd: number): void | Promise<void>;
}

/** Read-only, never waiting in open (a FIFO), never taking a terminal as the controlling one. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** A node:fs callback call as a promise. */
function call<T>(start: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}

export const asyncFileOps: FileOps = {
  open: (path) => call<number>((done) => open(path, READ_FLAGS, done)),
  fstat: (fd) => call<Stats>((done) => fstat(fd, done)),
  read: (fd, buffer, offset, length, position) => call<number>((done) => read(fd, buffer, offset, length, position, done)),
  close: (fd) => call<void>((done) => close(fd, (error) => done(error, undefined))),
};

export const syncFileOps: FileOps = {
  open: (path) => openSync(path, READ_FLAGS),
  fstat: (fd) => fstatSync(fd),
  read: (fd, buffer, offset, length, position) => readSync(fd, buffer, offset, length, position),
  close: (fd) => closeSync(fd),
};

export type RegularFileRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'not-a-file' }
  /** `size` in bytes, or null when the file grew past the limit while it was read */
  | { ok: false; reason: 'too-large'; size: number | null }
  | { ok: false; reason: 'error'; error: unknown };

/**
 * The whole content of the regular file at `path`, at most `maxBytes` long. Anything else (a
 * folder, a FIFO, a device, a socket, through links or not) is refused without being read.
 */
export async function readRegularFile(path: string, fs: FileOps, maxBytes: number): Promise<RegularFileRead> {
  let fd: number;
  try {
    fd = await fs.open(path);
  } catch (error) {
    return { ok: false, reason: 'error', error };
  }
  try {
    const stats = await fs.fstat(fd);
    if (!stats.isFile()) return { ok: false, reason: 'not-a-file' };
    if (stats.size > maxBytes) return { ok: false, reason: 'too-large', size: stats.size };
    // Read at most one byte past the limit, in case the file grows while it is read.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const bytesRead = await fs.read(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { ok: false, reason: 'too-large', size: null };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, reason: 'error', error };
  } finally {
    try {
      await fs.close(fd);
    } catch {
      // nothing was written: a failed close loses nothing
    }
  }
}
