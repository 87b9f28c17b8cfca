// Worker threads (--jobs, src/load/parallel/) change how fast a run is, nothing else: the same bytes
// in every format, the same problems in the same order, whatever the number of workers; a worker
// that dies is an internal error (exit 3) naming the file it was on; a small run starts no worker
// and loads no worker module.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODELINE, rngFor, toYaml, unitModel, unitsFor } from '../../scripts/synth/index.mjs';
import { PARALLEL_MIN_FILES } from '../../src/load/parallel/sizes.js';
import { ROOT, SAMPLES, runCli, tempDir } from './run-cli.js';

const AS_OF = '2025-06-30';
const TEXT_FORMATS = ['table', 'json', 'junit', 'markdown', 'github'] as const;
const FAULT_HOOK = pathToFileURL(join(ROOT, 'test', 'support', 'worker-fault-hook.mjs')).href;

/**
 * A set of 101 units (five plans' areas, Guizhou by its own accounts, Guiyang and Zunyi, and two
 * provinces outside them: Beijing, Xinjiang's own accounts and Changji) × 3 months, 304 files, and
 * files that are wrong in each way a loader reports, spread over the set so that they fall in
 * different batches and workers: a syntax error, wrong values, a file of 150 unknown measures (more
 * than the 100 problems a file lists: its count crosses the thread boundary), two files for one
 * unit and month, a file in another month's folder, a GBK file, a name that does not match the code.
 * The set is below PARALLEL_MIN_FILES (the default starts no worker on it) and large enough for
 * many batches (pool.ts: a batch is at most an eighth of the files left at --jobs 2, fewer at more
 * workers, at least 4): the bad files, at places 1, 67, 138–140, 221, 229 and 297 of 304 in path
 * order, fall in six batches at --jobs 2. (Session 4: 304 files instead of 864 — whole Guizhou and
 * Xinjiang — the same proofs at a third of the reading.)
 */
function generatedSet(): { dir: string; files: number } {
  const dir = tempDir('care-check-parallel-');
  const divisions = readFileSync(join(ROOT, 'data', 'divisions', '2024.txt'), 'utf8');
  const units = unitsFor(['4502', '4503', '520000', '5201', '5203', '3609', '2113', '11', '650000', '6523'], divisions);
  const periods = ['2025-04', '2025-05', '2025-06'];
  for (const period of periods) mkdirSync(join(dir, period), { recursive: true });
  let files = 0;
  for (const unit of units) {
    const model = unitModel(unit, rngFor(15, unit.code), { share: 1 / 10 }, { seed: 15, anchor: '2025-06' });
    for (const period of periods) {
      const report = model.at(period);
      if (report === null) continue;
      writeFileSync(join(dir, period, `${unit.code}.yaml`), toYaml(report, MODELINE));
      files += 1;
    }
  }
  const bad: Record<string, string | Buffer> = {
    '2025-04/110101.yaml': 'unit: {code: "110101"\nperiod: 2025-04\n',
    '2025-04/520102.yaml': 'unit: {code: "520102", name: 南明区}\nperiod: 2025-04\nmeasures:\n  townships: {total: -3, with_regional_center: 1.5}\n  lottery: {welfare_fund: "lots"}\n',
    '2025-05/450203.yaml': `unit: {code: "450203", name: 鱼峰区}\nperiod: 2025-05\nmeasures:\n${Array.from({ length: 150 }, (_, i) => `  unknown_${i}: {x: 1}`).join('\n')}\n`,
    '2025-05/450202-copy.yaml': readFileSync(join(dir, '2025-05', '450202.yaml')),
    '2025-06/360902.yaml': readFileSync(join(dir, '2025-05', '360902.yaml')),
    '2025-06/652301.yaml': Buffer.from([...Buffer.from('unit: {code: "652301", name: '), 0xb2, 0xfd, 0xbc, 0xaa, ...Buffer.from('}\nperiod: 2025-06\n')]),
    '2025-06/211302.yaml': readFileSync(join(dir, '2025-06', '211302.yaml'), 'utf8').replace(/name: [^}\n]+/, 'name: 别处'),
  };
  for (const [name, content] of Object.entries(bad)) writeFileSync(join(dir, name), content);
  return { dir, files: files + 1 };
}

interface Outputs {
  status: number | null;
  stdout: string;
  stderr: string;
  files: Record<string, string>;
}

/** The workbook's parts (a zip's entries carry the time they were written: the parts are what must agree). */
async function workbookParts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) parts[`xlsx:${name}`] = await zip.files[name]!.async('string');
  return parts;
}

/** check with every format written, with `jobs` (null: the default), in `env` besides NO_COLOR. */
async function checkAll(input: string, jobs: number | null, lang: string, env: NodeJS.ProcessEnv = {}): Promise<Outputs> {
  const out = tempDir('care-check-parallel-out-');
  const outs = TEXT_FORMATS.flatMap((format) => ['--out', `${format}=${join(out, `report.${format}`)}`]);
  const args = ['check', input, '--as-of', AS_OF, '--lang', lang, '--format', 'json', ...outs, '--xlsx', join(out, 'report.xlsx')];
  const run = runCli([...args, ...(jobs === null ? [] : ['--jobs', String(jobs)])], { env: { NO_COLOR: '1', ...env } });
  const files: Record<string, string> = {};
  for (const format of TEXT_FORMATS) files[format] = readFileSync(join(out, `report.${format}`), 'utf8');
  Object.assign(files, await workbookParts(join(out, 'report.xlsx')));
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, files };
}

/**
 * A recorder of the modules a run loads (NODE_OPTIONS=--require=…): its environment, and the list
 * it wrote when the run ended, with whether the worker_threads module was among them.
 */
function moduleRecorder(): { env: NodeJS.ProcessEnv; workers: () => boolean } {
  const dir = tempDir('care-check-parallel-modules-');
  const record = join(dir, 'record.cjs');
  writeFileSync(record, "process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULE_LIST, process.moduleLoadList.join('\\n')));\n");
  const list = join(dir, 'modules.txt');
  return {
    env: { NODE_OPTIONS: `--require=${record}`, MODULE_LIST: list },
    workers: () => {
      const modules = readFileSync(list, 'utf8').split('\n');
      expect(modules.length).toBeGreaterThan(10);
      return modules.includes('NativeModule worker_threads');
    },
  };
}

/**
 * The generated set checked with every format at --jobs 1, 2, 3, 7 and the default, once for the
 * file: the runs at 1 and at the default with the module recorder (which of them started workers),
 * the run at 2 with the fault hook loaded and no fault asked for (the hook alone changes nothing).
 */
interface SetRuns {
  byJobs: [jobs: number | null, outputs: Outputs][];
  workersAt1: boolean;
  workersAtDefault: boolean;
}
let setRuns: Promise<SetRuns> | undefined;
function generatedSetRuns(): Promise<SetRuns> {
  setRuns ??= (async () => {
    const at1 = moduleRecorder();
    const atDefault = moduleRecorder();
    const byJobs: [number | null, Outputs][] = [];
    for (const [jobs, env] of [[1, at1.env], [2, { NODE_OPTIONS: `--import=${FAULT_HOOK}` }], [3, {}], [7, {}], [null, atDefault.env]] as const) {
      byJobs.push([jobs, await checkAll(set.dir, jobs, 'zh', env)]);
    }
    return { byJobs, workersAt1: at1.workers(), workersAtDefault: atDefault.workers() };
  })();
  return setRuns;
}

function expectSame(a: Outputs, b: Outputs, label: string): void {
  expect(b.status, label).toBe(a.status);
  expect(b.stdout, label).toBe(a.stdout);
  expect(b.stderr, label).toBe(a.stderr);
  expect(Object.keys(b.files), label).toEqual(Object.keys(a.files));
  for (const name of Object.keys(a.files)) expect(b.files[name], `${label}: ${name}`).toBe(a.files[name]);
}

let set: { dir: string; files: number };

beforeAll(() => {
  set = generatedSet();
});

describe('the same output whatever --jobs', () => {
  it('a generated set with every kind of bad file: every format, the problems in the same order', async () => {
    const { byJobs } = await generatedSetRuns();
    const one = byJobs[0]![1];
    const others = byJobs.slice(1);
    expect(one.status).toBe(2);
    // the bad files are there to be reported, each in its place
    const codes = (JSON.parse(one.files['json']!) as { problems: { code: string }[] }).problems.map((p) => p.code);
    for (const code of ['yaml-syntax', 'negative', 'not-integer', 'more-problems', 'duplicate-report', 'period-mismatch', 'gbk-encoding', 'name-mismatch']) {
      expect(codes, code).toContain(code);
    }
    for (const [jobs, outputs] of others) expectSame(one, outputs, `--jobs ${jobs ?? '(default)'}`);
  }, 600_000);

  it('the samples, in English: every format', async () => {
    const one = await checkAll(SAMPLES, 1, 'en');
    expect([0, 1]).toContain(one.status);
    for (const jobs of [2, 4]) expectSame(one, await checkAll(SAMPLES, jobs, 'en'), `--jobs ${jobs}`);
  }, 600_000);

  it('validate: the same problems, summary and JSON', () => {
    for (const format of ['table', 'json']) {
      const runs = [1, 2, 5].map((jobs) => runCli(['validate', set.dir, '--format', format, '--lang', 'en', '--jobs', String(jobs)]));
      expect(runs[0]!.status).toBe(2);
      if (format === 'json') expect(JSON.parse(runs[0]!.stdout).files).toBe(set.files);
      for (const run of runs.slice(1)) {
        expect(run.status).toBe(runs[0]!.status);
        expect(run.stdout).toBe(runs[0]!.stdout);
        expect(run.stderr).toBe(runs[0]!.stderr);
      }
    }
  }, 300_000);
});

describe('a worker that fails ends the run with exit 3, naming the file it was on', () => {
  const victim = '2025-05/520102.yaml';
  const fault = (mode: string, jobs: number) =>
    runCli(['check', set.dir, '--as-of', AS_OF, '--format', 'json', '--lang', 'en', '--jobs', String(jobs)], {
      env: { NODE_OPTIONS: `--import=${FAULT_HOOK}`, CARE_CHECK_TEST_FAULT: mode, CARE_CHECK_TEST_FAULT_FILE: victim },
      timeout: 120_000,
    });

  it.each([
    ['exits', 'exit', 'stopped unexpectedly (exit code 70)'],
    ['throws an exception nobody catches', 'uncaught', 'failed: injected fault (uncaught)'],
    ['throws while checking the file', 'throw', 'failed: injected fault (thrown while checking)'],
  ])('a worker that %s', (_, mode, how) => {
    const run = fault(mode, 2);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('internal error');
    expect(run.stderr).toContain(`a worker thread reading the statistics files ${how} while reading `);
    expect(run.stderr).toContain(`${victim}; that file was not checked`);
  }, 180_000);

  it('the hook only breaks the named file: without a fault asked for, the run at --jobs 2 gives what --jobs 1 gives', async () => {
    // the generated set's run at --jobs 2 has the hook loaded (generatedSetRuns), and is compared
    // byte for byte with the run at --jobs 1 in the first test
    const [jobs, run] = (await generatedSetRuns()).byJobs[1]!;
    expect(jobs).toBe(2);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).not.toContain('that file was not checked');
  }, 600_000);

  it('without workers, a check that throws names its file too', () => {
    const run = fault('main-throw', 1);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${victim} failed: injected fault (thrown while checking)`);
  }, 180_000);
});

describe('workers start only for a run large enough', () => {
  const loaded = (args: string[]): { status: number | null; workers: boolean } => {
    const recorder = moduleRecorder();
    const run = runCli(args, { env: recorder.env });
    return { status: run.status, workers: recorder.workers() };
  };

  it('one file: no worker module loaded', () => {
    const one = loaded(['check', join(SAMPLES, '2025-06', '450202.yaml'), '--as-of', AS_OF, '--format', 'json']);
    expect([0, 1]).toContain(one.status);
    expect(one.workers).toBe(false);
  });

  it('--jobs 1 on a large set: none either (the generated set\'s run at --jobs 1, every format written)', async () => {
    expect((await generatedSetRuns()).workersAt1).toBe(false);
  }, 600_000);

  it.skipIf(availableParallelism() < 2)('a large set on a machine of several cores: workers (the recorder sees them)', async () => {
    // the samples' 1,078 files are above the threshold, the generated set's 304 below it
    expect(set.files).toBeLessThan(PARALLEL_MIN_FILES);
    expect(loaded(['check', SAMPLES, '--as-of', AS_OF, '--format', 'json']).workers).toBe(true);
    expect((await generatedSetRuns()).workersAtDefault).toBe(false);
  }, 600_000);
});

describe('--jobs', () => {
  it.each(['0', '-1', '1.5', 'x', '', '65'])('refuses %j (exit 2, one line)', (value) => {
    const run = runCli(['check', join(SAMPLES, '2025-06', '450202.yaml'), '--as-of', AS_OF, '--jobs', value, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--jobs takes a whole number from 1 to 64');
    expect(run.stdout).toBe('');
  });

  it('is in the help of check and validate, in both languages', () => {
    for (const command of ['check', 'validate']) {
      expect(runCli([command, '--help', '--lang', 'en']).stdout).toContain('--jobs <n>');
      expect(runCli([command, '--help', '--lang', 'zh']).stdout).toContain('工作线程数');
    }
  });
});
