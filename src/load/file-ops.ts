// The file calls the input loader makes, in two kinds with one shape. Asynchronous, on node:fs's
// callbacks (node:fs/promises would load Node's stream and readline modules as it starts): for a
// set of files, read several at a time. Synchronous: for a few files, where the trips through
// libuv's thread pool cost more than the reads (1.5 ms of a one-file check, bench/RESULTS.md).
import { close, closeSync, fstat, fstatSync, open, openSync, read, readSync, type Stats } from 'node:fs';

export interface FileOps {
  open(path: string): number | Promise<number>;
  fstat(fd: number): Stats | Promise<Stats>;
  /** reads into `buffer` at `offset`, `length` bytes from `position`; the bytes read */
  read(fd: number, buffer: Buffer, offset: number, length: number, position: number): number | Promise<number>;
  close(fd: number): void | Promise<void>;
}

/** A node:fs callback call as a promise. */
function call<T>(start: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}

export const asyncFileOps: FileOps = {
  open: (path) => call<number>((done) => open(path, 'r', done)),
  fstat: (fd) => call<Stats>((done) => fstat(fd, done)),
  read: (fd, buffer, offset, length, position) => call<number>((done) => read(fd, buffer, offset, length, position, done)),
  close: (fd) => call<void>((done) => close(fd, (error) => done(error, undefined))),
};

export const syncFileOps: FileOps = {
  open: (path) => openSync(path, 'r'),
  fstat: (fd) => fstatSync(fd),
  read: (fd, buffer, offset, length, position) => readSync(fd, buffer, offset, length, position),
  close: (fd) => closeSync(fd),
};
