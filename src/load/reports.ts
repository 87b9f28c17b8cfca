// The statistics files of a run: paths, folders and globs in; validated reports and problems out.
import { statSync } from 'node:fs';
import { syncFileOps } from './file-ops.js';
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Divisions, MeasureDef, Position, Text, UnitReport } from '../core/types.js';
import { scanFolder, YAML_NAME, type FolderScan, type SkipReason } from './folder-scan.js';
import { PROBLEM_WORDS } from '../i18n/problems.js';
import { capProblems } from '../validate/problem.js';
import { validateUnitReport } from '../validate/unit-report.js';
import { describeFsError, readYamlFile } from './yaml-file.js';
import { workerCount } from './parallel/plan.js';
import type { CheckContext, CheckedFile, FileToCheck } from './checked-file.js';
import { JOBS_TEXT } from '../i18n/jobs.js';
import { InternalFault } from '../shared/errors.js';
import { makeProblem, message, type Message, type Problem } from '../shared/problem.js';

export interface LoadResult {
  reports: UnitReport[];
  problems: Problem[];
  /** every statistics file that was read, as the user would name it, in path order */
  files: string[];
}

export interface LoadOptions {
  cwd: string;
  divisions: Divisions;
  measures: ReadonlyMap<string, MeasureDef>;
  /**
   * Worker threads that read, parse and validate the files (src/load/parallel/): null (the default)
   * for one per core once a run has enough files to pay for them, 1 for none.
   */
  jobs?: number | null;
}

/** A path as the user would recognise it: relative to cwd when inside it, with `/` separators. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

interface Expanded {
  files: string[];
  problems: Problem[];
}

/** tinyglobby, loaded only for a folder or a pattern: a run on named files does without it. */
export function globber(): Promise<typeof import('tinyglobby')> {
  return import('tinyglobby');
}

/** Files, folders (searched recursively for *.yaml / *.yml) and globs → absolute file paths. */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<Expanded> {
  const found: string[] = [];
  const problems: Problem[] = [];
  const asWritten = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));
  for (const arg of paths) {
    const absolute = resolve(cwd, arg);
    let kind: 'file' | 'dir' | 'missing' | 'other';
    try {
      const stats = statSync(absolute);
      kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : 'other';
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') {
        problems.push(makeProblem({ file: asWritten(arg), code: 'unreadable', message: message('underAFile', fileAbove(arg, cwd)) }));
        continue;
      }
      if (code !== 'ENOENT') {
        problems.push(makeProblem({ file: asWritten(arg), code: 'unreadable', message: describeFsError(error) }));
        continue;
      }
      kind = 'missing';
    }
    if (kind === 'file') {
      found.push(absolute);
    } else if (kind === 'dir') {
      let scan: FolderScan;
      try {
        scan = scanFolder(absolute);
      } catch (error) {
        problems.push(makeProblem({ file: asWritten(arg), code: 'unreadable', message: describeFsError(error) }));
        continue;
      }
      for (const { path, reason } of scan.skipped) {
        problems.push(makeProblem({ file: displayPath(path, cwd), code: 'unreadable', message: skipText(reason), severity: 'warning' }));
      }
      if (scan.files.length === 0) problems.push(makeProblem({ file: asWritten(arg), code: 'no-input', message: message('noInputInFolder') }));
      found.push(...scan.files);
    } else if (kind === 'missing' && (await globber()).isDynamicPattern(arg)) {
      const { glob } = await globber();
      const files = (await glob(arg, { cwd, absolute: true, onlyFiles: true })).filter((f) => YAML_NAME.test(f));
      if (files.length === 0) problems.push(makeProblem({ file: asWritten(arg), code: 'no-input', message: message('noInputForGlob') }));
      found.push(...files.map((f) => resolve(f)));
    } else {
      const text = kind === 'other' ? message('notAFile') : message('notFound');
      problems.push(makeProblem({ file: asWritten(arg), code: 'unreadable', message: text }));
    }
  }
  return { files: [...new Set(found)], problems };
}

/** The part of `arg` that is a regular file, when a path goes on below a file (ENOTDIR). */
function fileAbove(arg: string, cwd: string): string {
  let path = resolve(cwd, arg);
  for (;;) {
    const parent = dirname(path);
    if (parent === path) return arg;
    path = parent;
    try {
      if (statSync(path).isFile()) return displayPath(path, cwd);
    } catch {
      // still below the file
    }
  }
}

function skipText(reason: SkipReason): Message {
  switch (reason.kind) {
    case 'dangling-link':
      return message('skippedDanglingLink', reason.target);
    case 'link-loop':
      return message('skippedLinkLoop');
    case 'folder-seen':
      return message('skippedFolderSeen');
    case 'unreadable-folder':
      return message('skippedUnreadableFolder', reason.code);
    case 'not-a-file':
      return message('skippedNotAFile', PROBLEM_WORDS.fileKind[reason.what]);
  }
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the items' order in the results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Reads and validates every statistics file named by `paths`. A file with an error yields no
 * report; every problem is listed. Never throws for bad input.
 */
export async function loadReports(paths: string[], opts: LoadOptions): Promise<LoadResult> {
  const { cwd } = opts;
  const expanded = await expandPaths(paths, cwd);
  const files = expanded.files
    .map((absolute) => ({ absolute, shown: displayPath(absolute, cwd) }))
    .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));

  // Only what the loop below needs is kept of each file: holding every parsed document until all
  // are read would keep a national set (tens of thousands of files) in memory at once.
  const workers = workerCount(files.length, opts);
  const checked = workers > 0
    ? await (await import('./parallel/pool.js')).checkInWorkers(files, workers)
    : await checkInThread(files, opts);

  // Two files for one unit and month: neither is used, and each names the other. The unit-month
  // then counts as not reported (a whole area may carry the unit's earlier figure).
  const byKey = new Map<string, UnitReport[]>();
  for (const item of checked) {
    if (!item.report) continue;
    const key = `${item.report.code} ${item.report.period}`;
    byKey.set(key, [...(byKey.get(key) ?? []), item.report]);
  }
  const reports: UnitReport[] = [];
  const problems: Problem[] = [...expanded.problems];
  for (const item of checked) {
    const own = [...item.problems];
    if (item.report) {
      const same = byKey.get(`${item.report.code} ${item.report.period}`) ?? [];
      if (same.length === 1) reports.push(item.report);
      else own.push(duplicate(item.report, same.map((r) => r.file)));
    }
    problems.push(...capProblems(own));
  }
  return { reports, problems, files: files.map((f) => f.shown) };
}

/**
 * Every file in this thread, one after the other, each read synchronously: the reads of a local
 * disk are quicker than trips to libuv's thread pool (open, fstat, read and close were a fifth of a
 * national run's CPU time, bench/RESULTS.md), and a run of many files spreads over worker threads.
 */
async function checkInThread(files: readonly FileToCheck[], ctx: CheckContext): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = [];
  for (const file of files) {
    try {
      checked.push(await checkFile(file, ctx));
    } catch (error) {
      throw internalError(JOBS_TEXT.checkFailed(file.shown, error instanceof Error ? error.message : String(error)), error);
    }
  }
  return checked;
}

/** An internal error (exit code 3) that names the file, and keeps the stack of what went wrong under it (DEBUG=1). */
export function internalError(text: Text, cause: unknown): Error {
  const error = new InternalFault(text, { cause });
  const stack = cause instanceof Error ? cause.stack : undefined;
  if (stack !== undefined) error.stack = `${text.en}\n${stack}`;
  return error;
}

/** Reads, parses and validates one statistics file (in this thread or a worker's). Never throws for bad input. */
export async function checkFile({ absolute, shown }: FileToCheck, ctx: CheckContext): Promise<CheckedFile> {
  const read = await readYamlFile(absolute, shown, syncFileOps);
  if (!read.source) return { report: null, problems: read.problems };
  const result = validateUnitReport(read.source, ctx);
  const problems = [...read.problems, ...result.problems];
  if (!result.report) return { report: null, problems };
  const report: UnitReport = { ...result.report, periodAt: read.source.positionOf(['period']) };
  const misplaced = placeProblems(absolute, report, read.source.positionOf(['unit', 'code']));
  return misplaced.length > 0 ? { report: null, problems: [...problems, ...misplaced] } : { report, problems };
}

const CODE_NAME = /^\d{6}$/;
const MONTH_FOLDER = /^\d{4}-\d{2}$/;

/**
 * A file named after a six-digit code must hold that code, and a file in a folder named after a
 * month (YYYY-MM) must hold that period: otherwise its figures could be credited to the wrong unit
 * or month without anyone noticing.
 */
function placeProblems(absolute: string, report: UnitReport, codeAt: Position | null): Problem[] {
  const problems: Problem[] = [];
  const stem = basename(absolute, extname(absolute));
  if (CODE_NAME.test(stem) && stem !== report.code) {
    problems.push(
      makeProblem({ file: report.file, code: 'code-mismatch', message: message('codeMismatch', basename(absolute), stem), at: codeAt, path: 'unit.code' }),
    );
  }
  const folder = basename(dirname(absolute));
  if (MONTH_FOLDER.test(folder) && folder !== report.period) {
    problems.push(
      makeProblem({
        file: report.file,
        code: 'period-mismatch',
        message: message('periodMismatch', folder, report.period),
        at: report.periodAt ?? null,
        path: 'period',
      }),
    );
  }
  return problems;
}

function duplicate(report: UnitReport, files: string[]): Problem {
  return makeProblem({
    file: report.file,
    code: 'duplicate-report',
    message: message('duplicateReport', report.code, report.period, files),
    at: report.periodAt ?? null,
    path: 'period',
  });
}
