// --jobs N: how many worker threads read, parse and validate the statistics files (check, validate).
import { CareCheckError } from '../shared/errors.js';
import type { Lang } from '../core/types.js';
import { JOBS_TEXT } from '../i18n/jobs.js';

/** The most --jobs accepts: each worker holds a parser and its garbage (tens of MiB). */
export const MAX_JOBS = 64;

/** --jobs as given: null when absent (one worker per core for a large run), else 1 … MAX_JOBS. */
export function parseJobs(value: unknown, lang: Lang): number | null {
  if (value === undefined) return null;
  const text = String(value).trim();
  const jobs = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new CareCheckError('usage', JOBS_TEXT.badJobs(String(value), MAX_JOBS)[lang]);
  return jobs;
}
