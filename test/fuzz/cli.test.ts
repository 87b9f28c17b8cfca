// Property tests of the built CLI: folders of randomly damaged files are checked as a user
// would check them. Every run exits 0, 1 or 2 (never 3), prints no stack trace and no Node
// warning, and reports each problem with a file and, unless the file could not be read at
// all, a line. FUZZ_CLI_FILES sets the number of damaged files (default 60), checked
// FUZZ_CLI_BATCH to a run (default 10); FUZZ_SEED replays a run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isMap, parseDocument } from 'yaml';
import { loadDivisions } from '../../src/load/divisions.js';
import { loadMeasures } from '../../src/load/measures.js';
import { parseYamlBytes } from '../../src/load/yaml-file.js';
import { validateUnitReport } from '../../src/validate/unit-report.js';
import { ensureBuilt, runCli, tempDir } from '../cli/run-cli.js';
import { envCount, fuzzSeed, problemFault, validSample } from './fuzz-support.js';
import { mutate, mutation } from './mutations.js';
// problems as a JSON report gives them: the message in words
import type { JsonProblem as Problem } from '../../src/report/json.js';

const FILES = envCount('FUZZ_CLI_FILES', 60);
const BATCH = envCount('FUZZ_CLI_BATCH', 10);
/** Histories of damaged-but-valid files: each a unit's twelve months, evaluated end to end. */
const HISTORIES = envCount('FUZZ_CLI_HISTORIES', 3);
const PERIODS = Array.from({ length: 12 }, (_, i) => `${i < 6 ? 2024 : 2025}-${String(((i + 6) % 12) + 1).padStart(2, '0')}`);
const AS_OF = '2025-06-30';

const dir = tempDir('care-check-fuzz-cli-');
/** C0 controls but tab and line feed, DEL, C1 controls. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const tally = { runs: 0, files: 0, histories: 0, exits: new Map<number | null, number>() };

beforeAll(() => ensureBuilt());
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  const exits = [...tally.exits].map(([code, n]) => `exit ${code}: ${n}`).join(', ');
  console.info(`fuzz (CLI, spawned): ${tally.files} damaged files in ${tally.runs} runs (${tally.histories} of them valid histories); ${exits}`);
});

interface JsonReport {
  problems: Problem[];
  results: { status: string; value: unknown; source?: { file: string; line: number | null } | null }[];
}

describe('the CLI under random damage', () => {
  const sample = validSample();
  const mutations = fc.sample(mutation, { numRuns: FILES, ...fuzzSeed() });
  const batches: { index: number; files: Buffer[] }[] = [];
  for (let i = 0; i < mutations.length; i += BATCH) {
    batches.push({ index: batches.length, files: mutations.slice(i, i + BATCH).map((m) => mutate(sample.text, m)) });
  }

  test.each(batches.map((b) => [b.index, b] as const))('batch %i: exit 0, 1 or 2, no stack, every problem placed', (_, batch) => {
    const folder = join(dir, `batch-${batch.index}`);
    mkdirSync(folder, { recursive: true });
    batch.files.forEach((bytes, i) => writeFileSync(join(folder, `case-${String(i).padStart(3, '0')}.yaml`), bytes));
    const lang = batch.index % 2 === 0 ? 'en' : 'zh';
    const run = runCli(['check', folder, '--as-of', AS_OF, '--format', 'json', '--lang', lang], { cwd: dir });
    tally.runs += 1;
    tally.files += batch.files.length;
    tally.exits.set(run.status, (tally.exits.get(run.status) ?? 0) + 1);

    expect([0, 1, 2], run.stderr).toContain(run.status);
    expect(run.stderr).not.toMatch(/^\s+at .+[:(]\d+/m);
    expect(run.stderr).not.toMatch(/\(node:\d+\) \w*Warning/);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.problems.map((p) => [p.file, p.code, problemFault(p)]).filter(([, , fault]) => fault !== null)).toEqual([]);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(run.status === 2).toBe(errors.length > 0);
    // Every problem line on stderr names its file.
    for (const line of run.stderr.split('\n').filter((l) => l.trim() !== '')) expect(line).toMatch(/case-\d{3}\.yaml/);
    // No control character of a damaged file is written raw (JSON and stderr escape them).
    expect(RAW_CONTROL.exec(run.stdout)?.[0]).toBeUndefined();
    expect(RAW_CONTROL.exec(run.stderr)?.[0]).toBeUndefined();
  });
});

/** Numbers anywhere in a parsed JSON value (JSON has no NaN or Infinity: they would be null). */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const item of value) numbersIn(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) numbersIn(item, out);
  return out;
}

describe('valid but extreme figures, evaluated', () => {
  const sample = validSample();
  const divisions = loadDivisions();
  const measures = loadMeasures();
  // Structural damage only; keep the files that still pass validation, each as one month.
  const loads = (bytes: Buffer): boolean => {
    const read = parseYamlBytes(bytes, 'x.yaml');
    return read.source !== null && validateUnitReport(read.source, { divisions, measures }).report !== null;
  };
  const histories: Buffer[][] = [];
  const seed = fuzzSeed().seed;
  for (let h = 0; h < HISTORIES; h++) {
    const months: Buffer[] = [];
    const candidates = fc.sample(mutation.filter((m) => m.bytes.length === 0), { numRuns: 400, ...(seed !== undefined ? { seed: seed + h + 1 } : {}) });
    for (const m of candidates) {
      if (months.length === PERIODS.length) break;
      const doc = parseDocument(mutate(sample.text, m).toString('utf8'));
      if (doc.errors.length > 0 || !isMap(doc.contents) || !isMap(doc.get('unit'))) continue;
      doc.setIn(['period'], PERIODS[months.length]);
      doc.setIn(['unit', 'code'], '450202');
      const bytes = Buffer.from(doc.toString({ lineWidth: 0 }));
      if (loads(bytes)) months.push(bytes);
    }
    histories.push(months);
  }

  test.each(histories.map((h, i) => [i, h] as const))('history %i: evaluated without a crash, every number finite', (index, months) => {
    expect(months.length).toBeGreaterThan(0);
    const folder = join(dir, `history-${index}`);
    mkdirSync(folder, { recursive: true });
    months.forEach((bytes, i) => writeFileSync(join(folder, `${PERIODS[i]}.yaml`), bytes));
    const run = runCli(['check', folder, '--as-of', AS_OF, '--format', 'json', '--xlsx', join(folder, 'r.xlsx')], { cwd: dir });
    tally.runs += 1;
    tally.histories += 1;
    tally.files += months.length;
    tally.exits.set(run.status, (tally.exits.get(run.status) ?? 0) + 1);

    expect([0, 1, 2], run.stderr).toContain(run.status);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const report = JSON.parse(run.stdout) as JsonReport;
    // exit 2 only for a figure whose computed value is no finite number: an error at that figure
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.filter((p) => p.code !== 'not-finite-result'), run.stderr).toEqual([]);
    expect(run.status === 2).toBe(errors.length > 0);
    expect(report.results.length).toBeGreaterThan(0);
    expect(numbersIn(report.results).every((n) => Number.isFinite(n))).toBe(true);
    // A verdict other than no-data rests on a value that survived into the JSON (NaN and ±∞ would be null).
    const judged = report.results.filter((r) => r.status !== 'no-data');
    expect(judged.filter((r) => typeof r.value !== 'number' && typeof r.value !== 'boolean')).toEqual([]);
  });
});
