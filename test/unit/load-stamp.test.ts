// A stamp decides whether what the build derived from a file still holds: unchanged size and time
// without reading, else the bytes' sha-1.
import { statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { matchesStamp, sha1, stampOf } from '../../src/boot/stamp.js';
import { tempDir } from '../cli/run-cli.js';

function fileWith(text: string): string {
  const file = join(tempDir('care-check-stamp-'), 'data.yaml');
  writeFileSync(file, text);
  return file;
}

describe('file stamps', () => {
  test('a file as the build read it matches its stamp', () => {
    const file = fileWith('a: 1\n');
    expect(stampOf(file)).toEqual({ size: 5, mtimeMs: statSync(file).mtimeMs, sha1: sha1('a: 1\n') });
    expect(matchesStamp(file, stampOf(file))).toBe(true);
  });

  test('an edit of the same size is caught', () => {
    const file = fileWith('a: 1\n');
    const stamp = stampOf(file);
    const { atime, mtime } = statSync(file);
    writeFileSync(file, 'a: 2\n');
    // an editor's save a second later (the test must not depend on the file system's clock)
    utimesSync(file, atime, new Date(mtime.getTime() + 1000));
    expect(matchesStamp(file, stamp)).toBe(false);
  });

  test('the same bytes with a new time (a fresh checkout) still match, by their sha-1', () => {
    const file = fileWith('a: 1\n');
    const stamp = stampOf(file);
    utimesSync(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(matchesStamp(file, stamp)).toBe(true);
    expect(matchesStamp(file, stamp && { ...stamp, sha1: sha1('other') })).toBe(false);
  });

  test('a missing file matches only a missing stamp', () => {
    const missing = join(tempDir('care-check-stamp-'), 'gone.yaml');
    expect(stampOf(missing)).toBeNull();
    expect(matchesStamp(missing, null)).toBe(true);
    expect(matchesStamp(fileWith('a: 1\n'), null)).toBe(false);
    expect(matchesStamp(missing, stampOf(fileWith('a: 1\n')))).toBe(false);
  });
});
