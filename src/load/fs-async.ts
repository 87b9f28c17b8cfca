// The few asynchronous file calls the input loader makes, on node:fs's callbacks: node:fs/promises
// loads Node's stream and readline modules as it starts, a tenth of a one-file check's start-up.
import { close, fstat, open, read, stat } from 'node:fs';
import { promisify } from 'node:util';

export const statAsync = promisify(stat);
export const openAsync = promisify(open);
export const fstatAsync = promisify(fstat);
export const closeAsync = promisify(close);

/** Reads into `buffer` at `offset`, `length` bytes from `position`; resolves to the bytes read. */
export function readAsync(fd: number, buffer: Buffer, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => {
    read(fd, buffer, offset, length, position, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead)));
  });
}
