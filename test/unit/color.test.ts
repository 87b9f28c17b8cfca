import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/commands/color.js';
import type { Io } from '../../src/shared/io.js';

function io(isTTY: boolean, env: NodeJS.ProcessEnv = {}): Io {
  return { stdout: { write: () => true, isTTY }, stderr: { write: () => true }, cwd: '/', env, now: () => new Date(0) };
}

describe('colour', () => {
  it('is used on a terminal', async () => {
    expect(await useColor(io(true), true)).toBe(true);
  });
  it('is never used in a pipe, with --no-color, or with NO_COLOR set', async () => {
    expect(await useColor(io(false), true)).toBe(false);
    expect(await useColor(io(true), false)).toBe(false);
    expect(await useColor(io(true, { NO_COLOR: '1' }), true)).toBe(false);
  });
  it('ignores an empty NO_COLOR, as no-color.org says', async () => {
    expect(await useColor(io(true, { NO_COLOR: '' }), true)).toBe(true);
  });
});
