// Writing the report files of a run, whole or not at all, and never over an input.
//
// - Each target is resolved first (links followed, `./a.json` and `a.json` the same file): two
//   outputs that name one file are bad usage, refused before anything is read or written.
// - A target that is one of the run's inputs (the same file, however it is named) is refused.
// - A regular file, or a new one, is written under a temporary name in a folder of its own
//   (`.NAME.PID.HEX.tmp/`, made beside the target) and renamed onto its real path (a link to it
//   stays a link); its permissions are kept.
// - Anything else that exists is written through, never renamed over: a device (/dev/null), a FIFO
//   (that someone reads), the process's own standard output or error (/dev/stdout). A folder or a
//   socket is refused.
// - The renames happen together, once every report of the run has been written: a run cut short
//   leaves the previous reports as they were. SIGINT, SIGTERM and SIGHUP while reports are being
//   written remove every temporary folder, then end the process by that signal. The folder, not
//   the file, is what is removed: a writer's `open` may still be on its way in libuv's thread pool
//   when the signal is handled (a workbook is written by exceljs and JSZip through node:fs's
//   promises), and would make the file again after it was removed; in a folder that is gone it
//   cannot, and a file made while the folder is being removed makes the removal try again.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { OutStream } from '../shared/io.js';
import { writeFully } from '../shared/write-fully.js';
import { CareCheckError } from '../shared/errors.js';
import type { OutputMessages } from '../i18n/output.js';

/** Something that writes a whole file at the path it is given. */
export type FileProducer = (tmpPath: string) => Promise<void>;

export type OutputContent = string | Uint8Array | FileProducer;

export interface WriteOptions {
  cwd: string;
  /** what a refusal says, in the run's language */
  messages: OutputMessages;
  /** paths of the files read in this run (absolute, or relative to cwd): never overwritten */
  inputs: readonly string[];
  /** the process's standard output and error, for a target that is one of them (/dev/stdout): written after what they already hold */
  streams?: { stdout: OutStream; stderr: OutStream };
}

type Resolved =
  /** a regular file to replace (or make) at `final`, with the permissions it had */
  | { kind: 'file'; final: string; identity: string; mode: number | null }
  /** the process's stdout or stderr */
  | { kind: 'stream'; fd: 1 | 2; identity: string }
  /** a device or a FIFO, written through */
  | { kind: 'through'; path: string; identity: string };

export interface Target {
  /** the path as given */
  path: string;
  resolved: Resolved | null;
  /** why it cannot be written */
  refused: CareCheckError | null;
}

const MAX_LINKS = 40;

function identity(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

function sameFile(a: Stats, b: Stats | null): boolean {
  return b !== null && a.dev === b.dev && a.ino === b.ino;
}

function fdStats(fd: number): Stats | null {
  try {
    return fstatSync(fd);
  } catch {
    return null;
  }
}

/** Where a path ends up once its links are followed, when it names nothing yet (a link to a file to come). */
function danglingEnd(absolute: string): string {
  let path = absolute;
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch {
      return path;
    }
    if (!stats.isSymbolicLink()) return path;
    path = resolve(dirname(path), readlinkSync(path));
  }
  return path;
}

/** What writing `path` would mean; a refusal is an output error of that target alone. */
export function resolveTarget(path: string, cwd: string, text: OutputMessages): Target {
  const absolute = resolve(cwd, path);
  const refuse = (message: string): Target => ({ path, resolved: null, refused: new CareCheckError('output', message) });
  let stats: Stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return refuse(text.underAFile(path));
    if (code === 'ELOOP') return refuse(text.linkLoop(path));
    if (code !== 'ENOENT') return refuse(text.writeFailed(path, code ?? String(error)));
    const end = danglingEnd(absolute);
    const folder = dirname(end);
    let folderStats: Stats | null = null;
    try {
      folderStats = statSync(folder);
    } catch {
      folderStats = null;
    }
    if (!folderStats?.isDirectory()) return refuse(text.missingFolder(path, folder));
    const final = join(realpathSync(folder), basename(end));
    return { path, resolved: { kind: 'file', final, identity: `new:${final}`, mode: null }, refused: null };
  }
  if (stats.isDirectory()) return refuse(text.isFolder(path));
  // /dev/stdout, /dev/fd/2, or a file the shell already sends the output to: the same stream, in
  // order (a socket when the parent made the pipe as one, as Node's child_process does)
  for (const fd of [1, 2] as const) {
    if (sameFile(stats, fdStats(fd))) return { path, resolved: { kind: 'stream', fd, identity: identity(stats) }, refused: null };
  }
  if (stats.isSocket()) return refuse(text.isSocket(path));
  if (stats.isFile()) {
    return { path, resolved: { kind: 'file', final: realpathSync(absolute), identity: identity(stats), mode: stats.mode & 0o7777 }, refused: null };
  }
  return { path, resolved: { kind: 'through', path: absolute, identity: identity(stats) }, refused: null };
}

/**
 * Resolves every target of a run. Two that name one file (however written: `a.json`, `./a.json`,
 * a link to it) are bad usage: the run stops before it starts.
 */
export function resolveTargets(paths: readonly string[], cwd: string, text: OutputMessages): Target[] {
  const targets = paths.map((path) => resolveTarget(path, cwd, text));
  const first = new Map<string, string>();
  for (const target of targets) {
    if (target.resolved === null) continue;
    const earlier = first.get(target.resolved.identity);
    if (earlier !== undefined) throw new CareCheckError('usage', text.sameTargetTwice(earlier, target.path));
    first.set(target.resolved.identity, target.path);
  }
  return targets;
}

/** The identities of the files read: a target with one of them is an input. */
function inputIdentities(inputs: readonly string[], cwd: string): Set<string> {
  const ids = new Set<string>();
  for (const input of inputs) {
    try {
      ids.add(identity(statSync(resolve(cwd, input))));
    } catch {
      // an input that is gone cannot be overwritten
    }
  }
  return ids;
}

interface Written {
  target: Target;
  resolved: Resolved;
  /** the finished file under its temporary name (a file target; a through target's workbook) */
  tmp: string | null;
  /** a through target's text, held until the commit */
  bytes: Uint8Array | null;
}

// ---------------------------------------------------------------- signals

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** the temporary folders of the reports being written */
const temporaries = new Set<string>();
let listening = false;

/**
 * Removes a temporary folder and what it holds. A file made in it while it is being removed (an
 * `open` that was already in the thread pool) makes rmdir fail with ENOTEMPTY: the removal starts
 * again, until the folder is gone (then no file can be made in it any more).
 */
function removeFolder(folder: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      rmSync(folder, { recursive: true, force: true });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOTEMPTY' || attempt === 100) throw error;
    }
  }
}

function removeTemporaries(): void {
  for (const folder of temporaries) removeFolder(folder);
  temporaries.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeTemporaries();
  for (const name of SIGNALS) process.removeListener(name, onSignal);
  // Ended by the signal itself, as the shell and a CI runner expect (exit status 128 + its number).
  process.kill(process.pid, signal);
}

/** Makes the temporary folder of a report about to be written; the file's path in it. */
function temporaryFile(folder: string, name: string): string {
  if (!listening) {
    listening = true;
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  const own = join(folder, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  mkdirSync(own, { mode: 0o700 });
  temporaries.add(own);
  return join(own, name);
}

/** Removes the temporary folder of `tmp` (with the file, when it was not renamed). */
function untrack(tmp: string): void {
  const own = dirname(tmp);
  removeFolder(own);
  temporaries.delete(own);
}

// ---------------------------------------------------------------- the set

/**
 * The reports of one run: each written (to a temporary file, or held) by `write`, all put in
 * place by `commit`. A target that cannot be written is refused alone, with its own message.
 */
export class OutputSet {
  private readonly written: Written[] = [];
  /** made on the first write: a run without reports does not stat its inputs */
  private inputs: Set<string> | undefined;

  constructor(private readonly opts: WriteOptions) {}

  /** Writes one report; throws a CareCheckError (kind `output`) when it cannot be. */
  async write(target: Target, content: OutputContent): Promise<void> {
    const text = this.opts.messages;
    if (target.refused !== null) throw target.refused;
    const resolved = target.resolved!;
    this.inputs ??= inputIdentities(this.opts.inputs, this.opts.cwd);
    if (this.inputs.has(resolved.identity)) throw new CareCheckError('output', text.isInput(target.path));
    const throughWorkbook = resolved.kind !== 'file' && typeof content === 'function';
    let tmp: string | null = null;
    try {
      if (resolved.kind === 'file') tmp = temporaryFile(dirname(resolved.final), basename(resolved.final));
      else if (throughWorkbook) tmp = temporaryFile(tmpdir(), 'care-check-report');
      let bytes: Uint8Array | null = null;
      if (typeof content === 'function') await content(tmp!);
      else if (tmp !== null) writeFileSync(tmp, content);
      else bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      if (tmp !== null && resolved.kind === 'file' && resolved.mode !== null) chmodSync(tmp, resolved.mode);
      this.written.push({ target, resolved, tmp, bytes });
    } catch (error) {
      if (tmp !== null) untrack(tmp);
      if (error instanceof CareCheckError) throw error;
      throw new CareCheckError('output', text.writeFailed(target.path, reasonOf(error)));
    }
  }

  /**
   * Puts every written report in place: renamed, or written through (a report to the standard
   * output after what it already holds; a failure there is the stream's to report). Synchronous
   * once the streams are flushed, so that no signal comes between two renames. The refusals of
   * this step, each with its target's message.
   */
  async commit(): Promise<CareCheckError[]> {
    const { streams } = this.opts;
    for (const { resolved } of this.written) {
      if (resolved.kind === 'stream' && streams) await (resolved.fd === 1 ? streams.stdout : streams.stderr).flush?.();
    }
    const text = this.opts.messages;
    const failures: CareCheckError[] = [];
    for (const { target, resolved, tmp, bytes } of this.written) {
      try {
        if (resolved.kind === 'file') renameSync(tmp!, resolved.final);
        else if (resolved.kind === 'stream' && streams) (resolved.fd === 1 ? streams.stdout : streams.stderr).write(bytes ?? readFileSync(tmp!));
        else writeThrough(resolved, bytes ?? readFileSync(tmp!));
      } catch (error) {
        const reason = reasonOf(error);
        failures.push(new CareCheckError('output', (error as NodeJS.ErrnoException).code === 'ENXIO' ? text.noReader(target.path) : text.writeFailed(target.path, reason)));
      } finally {
        if (tmp !== null) untrack(tmp);
      }
    }
    this.written.length = 0;
    return failures;
  }

  /** Removes what was written and not committed. */
  discard(): void {
    for (const { tmp } of this.written) if (tmp !== null) untrack(tmp);
    this.written.length = 0;
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function writeThrough(resolved: Extract<Resolved, { kind: 'stream' | 'through' }>, bytes: Uint8Array): void {
  if (resolved.kind === 'stream') {
    writeFully(resolved.fd, bytes);
    return;
  }
  // Without waiting in open: a FIFO that no one reads is an error (ENXIO), not a hang.
  const fd = openSync(resolved.path, constants.O_WRONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  try {
    writeFully(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

/** Writes one file whole, as `OutputSet` writes a run's reports: for a command that writes one file. */
export async function writeAtomic(path: string, content: OutputContent, opts: WriteOptions): Promise<void> {
  const set = new OutputSet(opts);
  await set.write(resolveTarget(path, opts.cwd, opts.messages), content);
  const [failure] = await set.commit();
  if (failure) throw failure;
}
