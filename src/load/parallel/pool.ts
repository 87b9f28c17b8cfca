// Reads, parses and validates a run's files in worker threads (node:worker_threads): the main
// thread hands out batches of files in path order, two at a time to each worker so that none waits
// for the next, and puts each batch's results back at its place. What comes back is what
// checkFile returns in this thread, so the reports and problems of a run, and their order, are
// the same whatever the number of workers. Evaluation and reports stay in the main thread.
//
// A worker that dies (an exception it did not catch, a crash, an exit) ends the run with an
// internal error naming the file it was on, read from a shared counter the worker sets before each
// file: never a run that quietly lacks a file.
//
// Loaded only by a run that uses workers (reports.ts imports it when plan.ts says so).
import { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Text } from '../../core/types.js';
import { JOBS_TEXT } from '../../i18n/jobs.js';
import { InternalFault } from '../../shared/errors.js';
import { markOmitted } from '../../validate/problem.js';
import type { CheckedFile, FileToCheck } from '../checked-file.js';
import type { BatchRequest, WireCheckedFile, WorkerReply, WorkerStart } from './messages.js';

/** The worker's script: dist/load/parallel/worker-entry.cjs, beside this module (or the bundle's record of it). */
export const WORKER_FILE = join(dirname(fileURLToPath(import.meta.url)), 'worker-entry.cjs');

/** Batches each worker has in hand: one it checks, one waiting, so that it never waits for the main thread. */
const IN_FLIGHT = 2;
/** The largest batch: about a tenth of a second of work; smaller near the end, so that workers finish together. */
const MAX_BATCH = 128;
const MIN_BATCH = 4;

interface Slot {
  worker: Worker;
  progress: Int32Array;
  /** the starts of the batches it holds, oldest first */
  pending: number[];
}

/** The results of checkFile for each of `files`, in their order, checked by `count` workers. */
export async function checkInWorkers(files: readonly FileToCheck[], count: number): Promise<CheckedFile[]> {
  const results = new Array<CheckedFile | undefined>(files.length);
  const text = JOBS_TEXT;
  let next = 0;
  let received = 0;
  const slots: Slot[] = [];

  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (slot: Slot, how: Text, index: number | null = null, stack: string | null = null): void => {
        if (failed || received === files.length) return;
        failed = true;
        const at = index ?? onFile(slot);
        const message = text.workerFailed(at === null ? null : files[at]!.shown, how);
        const error = new InternalFault(message);
        if (stack !== null) error.stack = `${message.en}\n${stack}`;
        reject(error);
      };
      /** The file a worker was on: the one its counter names, when it is one of the batches it holds. */
      const onFile = (slot: Slot): number | null => {
        const index = Atomics.load(slot.progress, 0);
        if (slot.pending.length === 0) return index >= 0 ? index : null;
        const first = slot.pending[0]!;
        return index >= first ? index : first;
      };
      const send = (slot: Slot): void => {
        if (next >= files.length) return;
        // Batches shrink as the work runs out: the last ones are small, so that no worker is left with much.
        const left = files.length - next;
        const size = Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.ceil(left / (slots.length * IN_FLIGHT * 2))));
        const batch: BatchRequest = { start: next, files: files.slice(next, next + size) };
        next += batch.files.length;
        slot.pending.push(batch.start);
        slot.worker.postMessage(batch);
      };

      for (let i = 0; i < count; i++) {
        const progress = new SharedArrayBuffer(4);
        new Int32Array(progress)[0] = -1;
        const workerData: WorkerStart = { progress };
        // stdout and stderr of the worker are its own: a worker writes nothing, and whatever a crash
        // prints goes to this process's stderr.
        const worker = new Worker(WORKER_FILE, { workerData, stdout: false, stderr: false });
        const slot: Slot = { worker, progress: new Int32Array(progress), pending: [] };
        slots.push(slot);
        worker.on('message', (reply: WorkerReply) => {
          if (reply.kind === 'failed') {
            fail(slot, text.threw(reply.message), reply.index >= 0 ? reply.index : null, reply.stack);
            return;
          }
          slot.pending.shift();
          reply.results.forEach((wire, offset) => {
            results[reply.start + offset] = fromWire(wire);
          });
          received += reply.results.length;
          if (received === files.length) resolve();
          else send(slot);
        });
        worker.on('messageerror', () => fail(slot, text.unreadableReply()));
        worker.on('error', (error) => fail(slot, text.threw(error instanceof Error ? error.message : String(error)), null, error instanceof Error ? (error.stack ?? null) : null));
        worker.on('exit', (code) => fail(slot, text.exitedWith(code)));
      }
      for (let round = 0; round < IN_FLIGHT; round++) for (const slot of slots) send(slot);
    });
  } finally {
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
  return results as CheckedFile[];
}

function fromWire({ report, problems, omitted }: WireCheckedFile): CheckedFile {
  for (const [index, count] of omitted ?? []) markOmitted(problems[index]!, count);
  return { report, problems };
}
