import type { Io } from '../shared/io.js';

/**
 * Colour only on a terminal that supports it, never with --no-color or NO_COLOR. chalk is loaded
 * here, when colour is wanted: loading it probes the terminal (node:tty, node:net), which a run
 * that prints JSON does without.
 */
export async function useColor(io: Io, requested: boolean): Promise<boolean> {
  if (!requested) return false;
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  if (io.stdout.isProcessStream !== true) return io.stdout.isTTY === true;
  const { supportsColor } = await import('chalk');
  return supportsColor !== false && supportsColor.level > 0;
}
