// A statistics file as the loader checks it, in this thread or a load worker's (load/parallel/):
// what goes in, what it needs to know, what comes out.
import type { Divisions, MeasureDef, UnitReport } from '../core/types.js';
import type { Problem } from '../shared/problem.js';

/** A statistics file to read: its absolute path, and its name as the user would write it. */
export interface FileToCheck {
  absolute: string;
  shown: string;
}

/** One file read and validated: its report (null when it has an error) and its problems. */
export interface CheckedFile {
  report: UnitReport | null;
  problems: Problem[];
}

/** What checking a file needs to know. */
export interface CheckContext {
  divisions: Divisions;
  measures: ReadonlyMap<string, MeasureDef>;
}
