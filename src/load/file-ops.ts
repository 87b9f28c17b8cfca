// The file calls the input loader makes, in two kinds with one shape. Asynchronous, on node:fs's
// callbacks (node:fs/promises would load Node's stream and readline modules as it starts): for a
// set of files, read several at a time. Synchronous: for a few files, where the trips through
// libuv's thread pool cost more than the reads (1.5 ms of a one-file check, bench/RESULTS.md).
import { close, closeSync, fstat, fstatSync, open, openSync, read, readSync, type Stats } from 'node:fs';
import { promisify } from 'node:util';

export interface FileOps {
  open(path: string): number | Promise<number>;
  fstat(fd: number): Stats | Promise<Stats>;
  /** reads into `buffer` at `offset`, `length` bytes from `position`; the bytes read */
  read(fd: number, buffer: Buffer, offset: number, length: number, position: number): number | Promise<number>;
  close(fd: number): void | Promise<void>;
}

const openAsync = promisify(open);
const fstatAsync = promisify(fstat);
const closeAsync = promisify(close);

export const asyncFileOps: FileOps = {
  open: (path) => openAsync(path, 'r'),
  fstat: (fd) => fstatAsync(fd),
  read: (fd, buffer, offset, length, position) =>
    new Promise((resolve, reject) => {
      read(fd, buffer, offset, length, position, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead)));
    }),
  close: (fd) => closeAsync(fd),
};

export const syncFileOps: FileOps = {
  open: (path) => openSync(path, 'r'),
  fstat: (fd) => fstatSync(fd),
  read: (fd, buffer, offset, length, position) => readSync(fd, buffer, offset, length, position),
  close: (fd) => closeSync(fd),
};
