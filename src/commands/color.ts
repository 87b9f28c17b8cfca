import { supportsColor } from 'chalk';
import type { Io } from '../io.js';

/** Colour only on a terminal that supports it, never with --no-color or NO_COLOR. */
export function useColor(io: Io, requested: boolean): boolean {
  if (!requested) return false;
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  if (io.stdout === process.stdout) return supportsColor !== false && supportsColor.level > 0;
  return io.stdout.isTTY === true;
}
