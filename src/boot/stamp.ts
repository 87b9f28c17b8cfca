// What a build derives from a shipped file (the catalog snapshot, a standalone validator) holds
// while the file is the one it was derived from. A stamp records the file as the build read it:
// size and modification time, which a run compares without reading a byte, and the sha-1, which
// decides whenever those differ (a fresh checkout, an install that reset the times). A file edited
// after the build therefore always misses its stamp; an untouched one costs one stat.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha1: string;
}

export function sha1(bytes: Buffer | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The stamp of `file` as it is now; a missing file has none. */
export function stampOf(file: string): FileStamp | null {
  try {
    const { size, mtimeMs } = statSync(file);
    return { size, mtimeMs, sha1: sha1(readFileSync(file)) };
  } catch {
    return null;
  }
}

/** Whether `file` is still the file `stamp` recorded (both absent counts as the same). */
export function matchesStamp(file: string, stamp: FileStamp | null): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat || !stamp) return !stat && !stamp;
  if (stat.size !== stamp.size) return false;
  if (stat.mtimeMs === stamp.mtimeMs) return true;
  try {
    return sha1(readFileSync(file)) === stamp.sha1;
  } catch {
    return false;
  }
}
