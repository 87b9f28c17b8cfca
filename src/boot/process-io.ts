// The process's own world for a run: its standard streams (std-streams.cts), working folder,
// environment and clock.
import type { Io } from '../shared/io.js';
import { writeFully } from '../shared/write-fully.js';
import stdStreams from './std-streams.cjs';

export function processIo(): Io {
  return {
    stdout: stdStreams.standardStream(1, writeFully),
    stderr: stdStreams.standardStream(2, writeFully),
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
  };
}
