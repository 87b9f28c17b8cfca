// A load worker: reads, parses and validates the batches of files the main thread sends, one file
// after the other, and sends back each batch's results in order. Started by pool.ts through
// worker-entry.cts (the bundle, from its code cache, or the modules tsc wrote).
import { parentPort, workerData } from 'node:worker_threads';
import { bundledTables } from '../bundled-catalog.js';
import { checkFile } from '../reports.js';
import type { CheckContext } from '../checked-file.js';
import { omittedCount } from '../../validate/problem.js';
import type { BatchRequest, WireCheckedFile, WorkerReply, WorkerStart } from './messages.js';

export function runLoadWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error('runLoadWorker: not in a worker thread');
  const start = workerData as WorkerStart;
  const progress = new Int32Array(start.progress);
  // An exception that escapes (thrown from a callback, a rejection nobody awaits): say which file
  // the worker was on, now, before this thread runs on (and its counter moves past the file), then stop.
  process.on('uncaughtException', (error) => {
    const reply: WorkerReply = { kind: 'failed', index: Atomics.load(progress, 0), ...describe(error) };
    port.postMessage(reply);
    process.exit(1);
  });
  const { divisions, measures } = bundledTables();
  const ctx: CheckContext = { divisions, measures };
  // One batch at a time, in the order they came: the main thread keeps two in flight per worker.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (batch: BatchRequest) => {
    queue = queue.then(() => checkBatch(batch));
  });

  async function checkBatch({ start: first, files }: BatchRequest): Promise<void> {
    const results: WireCheckedFile[] = [];
    for (let i = 0; i < files.length; i++) {
      const index = first + i;
      Atomics.store(progress, 0, index);
      try {
        results.push(toWire(await checkFile(files[i]!, ctx)));
      } catch (error) {
        const reply: WorkerReply = { kind: 'failed', index, ...describe(error) };
        port!.postMessage(reply);
        return;
      }
    }
    const reply: WorkerReply = { kind: 'batch', start: first, results };
    port!.postMessage(reply);
  }
}

function describe(error: unknown): { message: string; stack: string | null } {
  return { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? (error.stack ?? null) : null };
}

function toWire(checked: { report: WireCheckedFile['report']; problems: WireCheckedFile['problems'] }): WireCheckedFile {
  const omitted: [number, number][] = [];
  checked.problems.forEach((problem, index) => {
    const count = omittedCount(problem);
    if (count !== undefined) omitted.push([index, count]);
  });
  return omitted.length > 0 ? { ...checked, omitted } : checked;
}
