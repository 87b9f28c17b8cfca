// Property tests of the built CLI under the kinds of input that found issue 10's faults
// (test/fuzz/hostile-generators.ts): files of many keys, folders of FIFOs and links, report
// targets that are inputs or devices, garbage baselines, signals while reports are written, and
// whole-area sums over every unit of an area. Each run is killed after RUN_TIMEOUT, so that a
// hang is a failure, not a stalled suite. Counts: FUZZ_HOSTILE_KEYS, _TREES, _TARGETS,
// _BASELINES, _SIGNALS, _AREAS; FUZZ_SEED replays a run (CI fixes it in .ci/run).
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isMap, parseDocument } from 'yaml';
import type { PolicyDocument } from '../../src/core/types.js';
import { loadPolicies } from '../../src/load/policies.js';
import { loadDivisions } from '../../src/load/divisions.js';
import { loadMeasures } from '../../src/load/measures.js';
import { BIN, ensureBuilt, ROOT, runCli, SAMPLES, tempDir } from '../cli/run-cli.js';
import { envCount, fuzzSeed, problemFault, validSample } from './fuzz-support.js';
import {
  areaFactors, buildTree, entryKinds, garbage, garbageBytes, manyKeys, manyKeysFile, pastEntryLimit, reportFormat, targetKinds,
  type TargetKind,
} from './hostile-generators.js';
// problems as a JSON report gives them: the message in words
import type { JsonProblem as Problem } from '../../src/report/json.js';

const AS_OF = '2025-06-30';
const RUN_TIMEOUT = 120_000;
const MAX_BYTES = 1024 * 1024;
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const isRoot = process.getuid?.() === 0;
const ENV = { PATH: process.env['PATH'] ?? '', LANG: 'C.UTF-8' };

const COUNTS = {
  keys: envCount('FUZZ_HOSTILE_KEYS', 4),
  trees: envCount('FUZZ_HOSTILE_TREES', 10),
  targets: envCount('FUZZ_HOSTILE_TARGETS', 10),
  baselines: envCount('FUZZ_HOSTILE_BASELINES', 10),
  signals: envCount('FUZZ_HOSTILE_SIGNALS', 3),
  areas: envCount('FUZZ_HOSTILE_AREAS', 4),
};

/** Cases of one kind, drawn from the run's seed (offset per kind, so that kinds do not share draws). */
function cases<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, offset: number): T[] {
  const { seed } = fuzzSeed();
  return fc.sample(arbitrary, { numRuns, ...(seed !== undefined ? { seed: seed + offset } : {}) });
}

const tally = new Map<string, { cases: number; slowestMs: number; exits: Map<string, number> }>();
function count(kind: string, exit: string, ms: number): void {
  const entry = tally.get(kind) ?? { cases: 0, slowestMs: 0, exits: new Map() };
  entry.cases += 1;
  entry.slowestMs = Math.max(entry.slowestMs, ms);
  entry.exits.set(exit, (entry.exits.get(exit) ?? 0) + 1);
  tally.set(kind, entry);
}

const dir = tempDir('care-check-fuzz-hostile-');
let caseNumber = 0;
function caseDir(): string {
  const path = join(dir, `case-${++caseNumber}`);
  mkdirSync(path);
  return path;
}

beforeAll(() => ensureBuilt());
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  const lines = [...tally].map(([kind, t]) => {
    const exits = [...t.exits].map(([e, n]) => `${e}: ${n}`).join(', ');
    return `${kind} ${t.cases} (${exits}; slowest ${(t.slowestMs / 1000).toFixed(1)} s)`;
  });
  console.info(`fuzz (hostile, spawned): ${lines.join('; ')}`);
});

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

function sha(path: string): string {
  return createHash('sha1').update(readFileSync(path)).digest('hex');
}

function noStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+[:(]\d+/m);
  expect(stderr).not.toContain('care-check.cjs');
}

interface JsonReport {
  problems: Problem[];
  results: { target: string; aggregate: boolean; unit: { code: string }; period: string | null; value: unknown; status: string; source: { file: string } | null; missingUnits: string[] }[];
}

const sample = validSample().text;

/** The sample as the file of one month. */
function monthFile(period: string): string {
  return sample.replace(/^period: .*$/m, `period: ${period}`);
}

describe('many keys: linear, capped', () => {
  test.each(cases(manyKeys, COUNTS.keys, 1).map((c, i) => [i, c] as const))('case %i: %o', (_, c) => {
    const folder = caseDir();
    const { text, faults } = manyKeysFile(c, MAX_BYTES);
    writeFileSync(join(folder, 'keys.yaml'), text);
    const { value: run, ms } = timed(() => runCli(['check', 'keys.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: folder, timeout: RUN_TIMEOUT }));
    count('many-keys', String(run.status ?? run.signal), ms);
    expect(run.signal, 'killed: the run hung').toBeNull();
    expect(run.status, run.stderr).toBe(2);
    noStack(run.stderr);
    const { problems } = JSON.parse(run.stdout) as JsonReport;
    expect(problems.length).toBeLessThanOrEqual(101);
    expect(problems.map((p) => problemFault(p)).filter((f) => f !== null)).toEqual([]);
    if (pastEntryLimit(text)) {
      // past the lines a file may have: refused unparsed
      expect(problems.map((p) => p.code)).toEqual(['too-large']);
    } else if (faults !== null && faults > 100) {
      const more = problems.at(-1)!;
      expect(more.code).toBe('more-problems');
      // the listed problems and the count of the rest account for every fault of the file
      const counted = Number(/\d+/.exec(more.message)?.[0]);
      expect(problems.length - 1 + counted).toBe(faults);
    }
  });
});

describe('folders of links, FIFOs and odd names: every entry read or named', () => {
  test.each(cases(entryKinds, COUNTS.trees, 2).map((k, i) => [i, k] as const))('case %i: %j', (_, kinds) => {
    const folder = caseDir();
    const tree = buildTree(folder, kinds, monthFile);
    const { value: run, ms } = timed(() => runCli(['check', 'in', '--as-of', AS_OF, '--format', 'json', '--fail-on', 'never'], { cwd: folder, timeout: RUN_TIMEOUT }));
    count('folders', String(run.status ?? run.signal), ms);
    expect(run.signal, 'killed: the run hung').toBeNull();
    noStack(run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    const warned = report.problems.filter((p) => p.severity === 'warning' && p.code === 'unreadable').map((p) => p.file);
    expect(warned.sort()).toEqual([...tree.skipped].sort());
    const read = new Set(report.results.flatMap((r) => (r.source ? [r.source.file] : [])));
    // every valid file is read (a month whose targets all lack data may give no result with a source)
    for (const file of read) expect(tree.valid).toContain(file);
    expect(run.status).toBe(tree.valid.length === 0 ? 2 : 0);
    expect(RAW_CONTROL.exec(run.stderr)?.[0]).toBeUndefined();
  });
});

describe('report targets that are inputs, devices or odd: inputs kept, devices kept, no debris', () => {
  const targetCases = cases(fc.record({ kinds: targetKinds, formats: fc.array(reportFormat, { minLength: 4, maxLength: 4 }) }), COUNTS.targets, 3);

  /** The baseline every case compares with: the sample's JSON report, the same for every case, spawned once. */
  let base: string | undefined;
  function baseline(): string {
    if (base === undefined) {
      const folder = caseDir();
      writeFileSync(join(folder, 'data.yaml'), sample);
      const run = runCli(['check', 'data.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: folder });
      expect(JSON.parse(run.stdout)).toHaveProperty('results');
      base = run.stdout;
    }
    return base;
  }

  test.each(targetCases.map((c, i) => [i, c] as const))('case %i: %j', (_, { kinds, formats }) => {
    const folder = caseDir();
    writeFileSync(join(folder, 'data.yaml'), sample);
    mkdirSync(join(folder, 'pol'));
    writeFileSync(join(folder, 'pol', 'sample-2024.yaml'), readFileSync(join(ROOT, 'test', 'fixtures', 'input', 'policies', 'good', 'sample-2024.yaml')));
    writeFileSync(join(folder, 'base.json'), baseline());
    writeFileSync(join(folder, 'existing.out'), 'old');
    const inputs = ['data.yaml', 'pol/sample-2024.yaml', 'base.json'];
    const before = new Map(inputs.map((f) => [f, sha(join(folder, f))]));
    let refused = false;
    let twice = false;
    const outs: string[] = [];
    kinds.forEach((kind: TargetKind, i) => {
      const format = formats[i] ?? 'json';
      const option = (path: string): string[] => (format === 'xlsx' ? ['--xlsx', path] : ['--out', `${format}=${path}`]);
      const path = ((): string | null => {
        switch (kind) {
          case 'new':
            return `new-${i}.out`;
          case 'existing':
            // a second `existing` names the same file twice: bad usage, as same-twice is
            if (kinds.slice(0, i).includes('existing')) twice = true;
            return 'existing.out';
          case 'input':
            refused = true;
            return 'data.yaml';
          case 'input-link':
            symlinkSync('data.yaml', join(folder, `link-${i}`));
            refused = true;
            return `link-${i}`;
          case 'input-hardlink':
            linkSync(join(folder, 'data.yaml'), join(folder, `hard-${i}`));
            refused = true;
            return `hard-${i}`;
          case 'baseline':
            refused = true;
            return './base.json';
          case 'policy':
            refused = true;
            return 'pol/../pol/sample-2024.yaml';
          case 'fifo-unread':
            execFileSync('mkfifo', [join(folder, `fifo-${i}`)]);
            refused = true;
            return `fifo-${i}`;
          case 'folder':
            mkdirSync(join(folder, `folder-${i}`));
            refused = true;
            return `folder-${i}`;
          case 'device':
            if (!isRoot) return `new-${i}.out`;
            execFileSync('mknod', [join(folder, `null-${i}`), 'c', '1', '3']);
            return `null-${i}`;
          case 'stdout-link':
            // a second link to stdout names the same place twice: bad usage, as same-twice is
            // (a case of two drew exit 2, with nothing written, where 0 or 1 was expected)
            if (kinds.slice(0, i).includes('stdout-link')) twice = true;
            symlinkSync('/proc/self/fd/1', join(folder, `stdout-${i}`));
            return `stdout-${i}`;
          case 'dangling-link':
            mkdirSync(join(folder, `into-${i}`));
            symlinkSync(`into-${i}/report`, join(folder, `dangling-${i}`));
            return `dangling-${i}`;
          case 'missing-folder':
            refused = true;
            return `no-such-${i}/r.out`;
          case 'same-twice':
            twice = true;
            outs.push(...option(`twice-${i}.out`));
            return `./twice-${i}.out`;
        }
      })();
      if (path !== null) outs.push(...option(path));
    });
    const { value: run, ms } = timed(() => runCli(['check', 'data.yaml', '--policies', 'pol', '--baseline', 'base.json', '--as-of', AS_OF, '--format', 'table', ...outs], { cwd: folder, timeout: RUN_TIMEOUT }));
    count('targets', String(run.status ?? run.signal), ms);
    expect(run.signal, 'killed: the run hung').toBeNull();
    noStack(run.stderr);
    // the exit code: bad usage for one file named twice, 2 for a refusal, else the checks' own
    if (twice || refused) expect(run.status, run.stderr).toBe(2);
    else expect([0, 1], run.stderr).toContain(run.status);
    if (twice) expect(run.stdout).toBe('');
    for (const [file, hash] of before) expect(sha(join(folder, file)), file).toBe(hash);
    for (const name of readdirSync(folder)) {
      const stats = lstatSync(join(folder, name));
      expect(name.endsWith('.tmp'), name).toBe(false);
      if (name.startsWith('fifo-')) expect(stats.isFIFO(), name).toBe(true);
      if (name.startsWith('null-')) expect(stats.isCharacterDevice(), name).toBe(true);
      if (/^(link|stdout|dangling)-/.test(name)) expect(stats.isSymbolicLink(), name).toBe(true);
    }
  });
});

describe('garbage baselines: a problem (exit 2) or a comparison, never a crash', () => {
  const report = runCliOnce();

  function runCliOnce(): string {
    // a real report, for the cases that cut one short
    return JSON.stringify({ schemaVersion: 1, results: [{ target: 'liuzhou-2023/facility-area-new', unit: { code: '450202', name: '城中区' }, aggregate: false, status: 'met', value: 1, period: '2025-06' }] }, null, 2);
  }

  test.each(cases(garbage, COUNTS.baselines, 4).map((g, i) => [i, g] as const))('case %i', (_, g) => {
    const folder = caseDir();
    writeFileSync(join(folder, 'data.yaml'), sample);
    writeFileSync(join(folder, 'base.json'), garbageBytes(g, report));
    const { value: run, ms } = timed(() => runCli(['check', 'data.yaml', '--baseline', 'base.json', '--as-of', AS_OF, '--format', 'json'], { cwd: folder, timeout: RUN_TIMEOUT }));
    count('baselines', String(run.status ?? run.signal), ms);
    expect(run.signal, 'killed: the run hung').toBeNull();
    expect([0, 1, 2], run.stderr).toContain(run.status);
    noStack(run.stderr);
    const parsed = JSON.parse(run.stdout) as JsonReport;
    expect(parsed.results.length).toBeGreaterThan(0);
    const baselineProblems = parsed.problems.filter((p) => p.file === 'base.json');
    if (baselineProblems.some((p) => p.severity === 'error')) expect(run.status).toBe(2);
    expect(parsed.problems.map((p) => problemFault(p)).filter((f) => f !== null)).toEqual([]);
  });
});

describe('a signal while reports are written: all old or all new, no debris, ended by the signal', () => {
  const signals = cases(fc.record({ signal: fc.constantFrom('SIGINT' as const, 'SIGTERM' as const, 'SIGHUP' as const), delayMs: fc.integer({ min: 0, max: 400 }) }), COUNTS.signals, 5);

  test.each(signals.map((s, i) => [i, s] as const))('case %i: %o', async (_, { signal, delayMs }) => {
    const folder = caseDir();
    writeFileSync(join(folder, 'r.json'), 'old json');
    writeFileSync(join(folder, 'r.xml'), 'old junit');
    writeFileSync(join(folder, 'r.xlsx'), 'old workbook');
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, 'check', SAMPLES, '--as-of', AS_OF, '--format', 'json', '--out', 'json=r.json', '--out', 'junit=r.xml', '--xlsx', 'r.xlsx'], {
      cwd: folder,
      env: ENV,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const closed = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
    let sent = false;
    while (!sent && child.exitCode === null && child.signalCode === null) {
      if (readdirSync(folder).some((n) => n.endsWith('.tmp'))) {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        sent = child.kill(signal);
      } else {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    }
    const [code, ended] = await closed;
    count('signals', String(ended ?? code), performance.now() - started);
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const contents = ['r.json', 'r.xml', 'r.xlsx'].map((f) => readFileSync(join(folder, f), 'latin1'));
    const old = contents.map((c) => c.startsWith('old '));
    if (ended === signal) {
      // cut short before the renames: every report as it was
      expect(old).toEqual([true, true, true]);
    } else {
      // finished before the signal came: every report new
      expect([0, 1]).toContain(code);
      expect(old).toEqual([false, false, false]);
    }
  });
});

describe('whole-area sums over every unit of an area: the sum of numerators over the sum of denominators', () => {
  const divisions = loadDivisions();
  const measures = loadMeasures();
  const AREA = '4502';
  const units = [...divisions.keys()].filter((code) => code.startsWith(AREA)).sort();
  let documents: PolicyDocument[] = [];
  beforeAll(async () => {
    documents = (await loadPolicies([], { divisions, measures })).documents.filter((d) => d.area.prefix === AREA);
  });

  /** Each unit's figures: its sample file of 2025-06 (or another unit's), every figure times the unit's factor. */
  function unitFiles(factors: number[]): Map<string, Record<string, number | boolean>> {
    const base = parseDocument(readFileSync(join(SAMPLES, '2025-06', `${AREA}25.yaml`), 'utf8')).toJS() as { measures: Record<string, Record<string, number | boolean>> };
    const files = new Map<string, Record<string, number | boolean>>();
    units.forEach((code, i) => {
      const own = (() => {
        try {
          return parseDocument(readFileSync(join(SAMPLES, '2025-06', `${code}.yaml`), 'utf8')).toJS() as typeof base;
        } catch {
          return base;
        }
      })();
      const k = factors[i % factors.length]!;
      const flat: Record<string, number | boolean> = {};
      for (const [group, values] of Object.entries(own.measures)) {
        for (const [leaf, value] of Object.entries(values)) flat[`${group}.${leaf}`] = typeof value === 'number' ? Math.round(value) * k : value;
      }
      files.set(code, flat);
    });
    return files;
  }

  test.each(cases(areaFactors, COUNTS.areas, 6).map((c, i) => [i, c] as const))('case %i', (_, { months, factors }) => {
    const folder = caseDir();
    const periods = ['2025-04', '2025-05', '2025-06'].slice(3 - months);
    const byPeriod = new Map<string, Map<string, Record<string, number | boolean>>>();
    periods.forEach((period, p) => {
      const files = unitFiles(factors.map((f, i) => (f + p * i) % 10));
      byPeriod.set(period, files);
      mkdirSync(join(folder, period), { recursive: true });
      for (const [code, flat] of files) {
        const groups: Record<string, Record<string, number | boolean>> = {};
        for (const [id, value] of Object.entries(flat)) {
          const [group, leaf] = id.split('.') as [string, string];
          (groups[group] ??= {})[leaf] = value;
        }
        const doc = parseDocument('{}');
        if (isMap(doc.contents)) {
          doc.set('unit', { code });
          doc.set('period', period);
          doc.set('measures', groups);
        }
        writeFileSync(join(folder, period, `${code}.yaml`), doc.toString());
      }
    });
    const { value: run, ms } = timed(() => runCli(['check', '.', '--as-of', AS_OF, '--format', 'json', '--fail-on', 'never'], { cwd: folder, timeout: RUN_TIMEOUT }));
    count('areas', String(run.status ?? run.signal), ms);
    expect(run.signal).toBeNull();
    noStack(run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    // part-exceeds-whole and the like cannot arise: every figure of a file has the same factor
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(run.status).toBe(0);
    const latest = periods.at(-1)!;
    const files = byPeriod.get(latest)!;
    let compared = 0;
    for (const doc of documents) {
      for (const target of doc.targets) {
        if (target.scope.type !== 'whole-area' || target.unit === 'boolean') continue;
        const ids = [...target.formula.numerator, ...(target.formula.denominator ?? [])];
        // only where every unit holds every measure of the formula or none: there the sums are plain
        const holding = [...files.values()].filter((flat) => ids.every((id) => typeof flat[id] === 'number'));
        const partly = [...files.values()].some((flat) => ids.some((id) => typeof flat[id] === 'number') && !ids.every((id) => typeof flat[id] === 'number'));
        if (partly || holding.length === 0) continue;
        const sum = (list: readonly string[]) => holding.reduce((total, flat) => total + list.reduce((s, id) => s + (flat[id] as number), 0), 0);
        const numerator = sum(target.formula.numerator);
        const denominator = target.formula.denominator ? sum(target.formula.denominator) : 1;
        if (denominator === 0) continue;
        const expected = (numerator / denominator) * (target.formula.scale ?? 1);
        const result = report.results.find((r) => r.aggregate && r.target === target.id && r.period === latest);
        if (!result || typeof result.value !== 'number') continue;
        expect(result.value, target.id).toBeCloseTo(expected, 6);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
