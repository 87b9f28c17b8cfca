// Reads the JSON report of an earlier run (`--baseline last-month.json`), so that this run's
// results can be marked new, unchanged, improved or worsened.
import type { BaselineEntry } from '../core/baseline.js';
import { STATUSES } from '../core/types.js';
import type { Status, Text } from '../core/types.js';
import { PROBLEM_WORDS } from '../i18n/problems.js';
import { readRegularFile, syncFileOps } from './file-ops.js';
import { makeProblem, message, type Message, type Problem } from '../shared/problem.js';

export interface LoadedBaseline {
  /** the usable results of the baseline; empty when the file is not a report */
  entries: BaselineEntry[];
  /** why the file, or some of its results, could not be used (code `unreadable`) */
  problems: Problem[];
}

/** Malformed results named one by one; past that, one problem counts the rest. */
const MAX_ENTRY_PROBLEMS = 10;

/** A baseline is a JSON report: a national one is hundreds of megabytes, and a string holds 512 MiB at most. */
export const MAX_BASELINE_BYTES = 512 * 1024 * 1024;

export async function loadBaseline(file: string): Promise<LoadedBaseline> {
  const read = await readRegularFile(file, syncFileOps, MAX_BASELINE_BYTES);
  if (!read.ok) {
    let reason: Text;
    if (read.reason === 'not-a-file') reason = PROBLEM_WORDS.baselineNotAFile;
    else if (read.reason === 'too-large') reason = PROBLEM_WORDS.baselineTooLarge(MAX_BASELINE_BYTES / (1024 * 1024));
    else {
      const code = (read.error as NodeJS.ErrnoException).code ?? '';
      reason = PROBLEM_WORDS.fileError(code) ?? sameInBoth(read.error instanceof Error ? read.error.message : String(read.error));
    }
    return { entries: [], problems: [problem(file, message('baselineUnreadable', reason))] };
  }
  try {
    return parseBaseline(read.bytes.toString('utf8'), file);
  } catch (error) {
    // A value so deep or so large that the engine gives up on it is a bad baseline, not a bug.
    if (!(error instanceof RangeError)) throw error;
    return { entries: [], problems: [problem(file, message('baselineUnreadable', sameInBoth(error.message)))] };
  }
}

/** The same as loadBaseline, on text already read. */
export function parseBaseline(text: string, file: string): LoadedBaseline {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const detail = (error as Error).message;
    // V8 names the offset for most faults, and none for a file cut short (then: its end)
    const at = /at position (\d+)/.exec(detail);
    const offset = at ? Number(at[1]) : /end of JSON input/.test(detail) ? body.length : null;
    const position = offset === null ? { line: null, column: null } : lineAndColumn(body, offset);
    return { entries: [], problems: [{ ...problem(file, message('baselineNotJson', detail)), ...position }] };
  }

  if (!isRecord(raw) || !('results' in raw || 'schemaVersion' in raw)) {
    return { entries: [], problems: [problem(file, message('baselineNotReport'))] };
  }
  if (raw['schemaVersion'] !== 1) {
    const found = raw['schemaVersion'] === undefined ? '—' : JSON.stringify(raw['schemaVersion']);
    return { entries: [], problems: [problem(file, message('baselineSchemaVersion', found), 'schemaVersion')] };
  }
  const results = raw['results'];
  if (!Array.isArray(results)) {
    return { entries: [], problems: [problem(file, message('baselineNoResults'), 'results')] };
  }

  const entries: BaselineEntry[] = [];
  const problems: Problem[] = [];
  let malformed = 0;
  results.forEach((item: unknown, index) => {
    const read = readEntry(item, `results.${index}`);
    if ('entry' in read) {
      entries.push(read.entry);
      return;
    }
    malformed += 1;
    if (malformed <= MAX_ENTRY_PROBLEMS) problems.push(problem(file, read.message, read.path));
  });
  if (malformed > MAX_ENTRY_PROBLEMS) {
    problems.push(problem(file, message('baselineMoreBadEntries', malformed - MAX_ENTRY_PROBLEMS), 'results'));
  }
  return { entries, problems };
}

type EntryRead = { entry: BaselineEntry } | { path: string; message: Message };

function readEntry(item: unknown, path: string): EntryRead {
  const wrong = (field: string, expected: Text, found: unknown): EntryRead => ({
    path: field === '' ? path : `${path}.${field}`,
    message: message('baselineBadEntry', field === '' ? path : `${path}.${field}`, expected, describe(found)),
  });
  if (!isRecord(item)) return wrong('', PROBLEM_WORDS.expectedObject, item);
  const { target, unit, aggregate, status } = item;
  if (typeof target !== 'string' || target === '') return wrong('target', PROBLEM_WORDS.expectedString, target);
  if (!isRecord(unit)) return wrong('unit', PROBLEM_WORDS.expectedObject, unit);
  const code = unit['code'];
  if (typeof code !== 'string' || code === '') return wrong('unit.code', PROBLEM_WORDS.expectedString, code);
  if (typeof aggregate !== 'boolean') return wrong('aggregate', PROBLEM_WORDS.expectedBoolean, aggregate);
  if (!isStatus(status)) return wrong('status', PROBLEM_WORDS.expectedStatus([...STATUSES]), status);

  const name = unit['name'];
  const value = item['value'];
  const period = item['period'];
  return {
    entry: {
      target,
      unit: { code, name: typeof name === 'string' ? name : null },
      aggregate,
      status,
      value: typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) ? value : null,
      period: typeof period === 'string' ? period : null,
    },
  };
}

function problem(file: string, text: Message, path: string | null = null): Problem {
  return makeProblem({ file, code: 'unreadable', message: text, path });
}

function sameInBoth(text: string): Text {
  return { zh: text, en: text };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** A short, single-line picture of a found value for a message; a list or an object is only named, never walked. */
function describe(value: unknown): string {
  if (value === undefined) return '—';
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** 1-based line and column of a UTF-16 offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
