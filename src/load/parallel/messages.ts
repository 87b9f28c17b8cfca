// What the main thread and a load worker say to each other. Plain data: each message crosses the
// thread boundary by structured clone.
import type { UnitReport } from '../../core/types.js';
import type { Problem } from '../../shared/problem.js';
import type { FileToCheck } from '../checked-file.js';

/** What a worker starts with (workerData). */
export interface WorkerStart {
  /** Int32Array over a SharedArrayBuffer: [0] is the index of the file the worker is on, -1 before the first */
  progress: SharedArrayBuffer;
}

/** Main → worker: check these files; `start` is the index of the first in the run. */
export interface BatchRequest {
  start: number;
  files: FileToCheck[];
}

/** A checked file as it crosses: a `more-problems` problem's count travels beside it (problem.ts keeps it aside). */
export interface WireCheckedFile {
  report: UnitReport | null;
  problems: Problem[];
  /** [index in problems, count] of each problem that stands for others */
  omitted?: [number, number][];
}

/** Worker → main. */
export type WorkerReply =
  | { kind: 'batch'; start: number; results: WireCheckedFile[] }
  /** checking a file threw, or an exception escaped in the worker: a bug. `index` -1 before the first file */
  | { kind: 'failed'; index: number; message: string; stack: string | null };
