// Property tests of the built CLI: folders of randomly damaged files are checked as a user
// would check them. Every run exits 0, 1 or 2 (never 3), prints no stack trace and no Node
// warning, and reports each problem with a file and, unless the file could not be read at
// all, a line. FUZZ_CLI_FILES sets the number of damaged files (default 60), checked
// FUZZ_CLI_BATCH to a run (default 10); FUZZ_SEED replays a run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Problem } from '../../src/core/types.js';
import { ensureBuilt, runCli, tempDir } from '../cli/run-cli.js';
import { envCount, fuzzSeed, problemFault, validSample } from './fuzz-support.js';
import { mutate, mutation } from './mutations.js';

const FILES = envCount('FUZZ_CLI_FILES', 60);
const BATCH = envCount('FUZZ_CLI_BATCH', 10);
const AS_OF = '2025-06-30';

const dir = tempDir('care-check-fuzz-cli-');
const tally = { runs: 0, files: 0, exits: new Map<number | null, number>() };

beforeAll(() => ensureBuilt());
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  const exits = [...tally.exits].map(([code, n]) => `exit ${code}: ${n}`).join(', ');
  console.info(`fuzz (CLI, spawned): ${tally.files} damaged files in ${tally.runs} runs; ${exits}`);
});

interface JsonReport {
  problems: Problem[];
  results: { source?: { file: string; line: number | null } | null }[];
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
  });
});
