// Whether a run's files are read in worker threads, and by how many. Loaded by every run that
// reads statistics files, so it loads nothing such a run has not loaded already (the catalog).
import { availableParallelism } from 'node:os';
import { bundledTables } from '../bundled-catalog.js';
import { MIN_FILES_PER_WORKER, PARALLEL_MIN_FILES } from './sizes.js';
import type { Divisions, MeasureDef } from '../../core/types.js';

export interface JobsRequest {
  /** --jobs: null when not given */
  jobs?: number | null;
  divisions: Divisions;
  measures: ReadonlyMap<string, MeasureDef>;
}

/**
 * How many worker threads read `fileCount` files: 0 for none (this thread reads them).
 *
 * - `--jobs 1`: none;
 * - `--jobs N`: N, at most one per file;
 * - no --jobs: none below PARALLEL_MIN_FILES or on one core, else one per core, with at least
 *   MIN_FILES_PER_WORKER files each.
 *
 * A worker knows the bundled division table and measures only: a run given other tables (a
 * test's) reads in this thread.
 */
export function workerCount(fileCount: number, request: JobsRequest): number {
  const jobs = request.jobs ?? null;
  if (jobs === 1 || fileCount === 0) return 0;
  if (jobs === null && fileCount < PARALLEL_MIN_FILES) return 0;
  const bundled = bundledTables();
  if (request.divisions !== bundled.divisions || request.measures !== bundled.measures) return 0;
  if (jobs !== null) return Math.min(jobs, fileCount);
  const cores = availableParallelism();
  const count = Math.min(cores, Math.floor(fileCount / MIN_FILES_PER_WORKER));
  return count >= 2 ? count : 0;
}
