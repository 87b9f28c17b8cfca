import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, SAMPLES, runCli, tempDir } from './run-cli.js';

const AS_OF = ['--as-of', '2025-06-30'];
// the bundled samples are read only when named; in this thread (--jobs 1): what these runs report
// is the same bytes at any --jobs (parallel.test.ts's proof), and two worker threads cost a
// whole-sample run about 1.5 s of CPU more. So with `| head`: the workers are ended before anything
// is written (load/parallel/pool.ts terminates them as the reading ends).
const SAMPLE_RUN = [SAMPLES, '--as-of', '2025-06-30', '--jobs', '1'];
/**
 * The samples of some areas, April to June 2025 (a glob, as a user may give one): for what the
 * narrowing options, a plan's table or a document of one's own do with a plan, the other areas'
 * files are only read to be passed over; three months give every status that every month of these
 * areas gives (Yichun's trends count a few more off-track results on the shorter history), and cost
 * about half the CPU; the whole set is checked above.
 */
const areaRun = (prefix: string): string[] => [`${SAMPLES}/2025-0[456]/${prefix}*.yaml`, '--as-of', '2025-06-30'];

interface JsonReport {
  schemaVersion: number;
  asOf: string;
  summary: Record<string, number>;
  results: { target: string; unit: { code: string }; aggregate: boolean; status: string }[];
  problems: { file: string; line: number | null; column: number | null; code: string }[];
}

function countyFile(code: string, period: string, body: string): string {
  return `unit:\n  code: "${code}"\nperiod: ${period}\nmeasures:\n${body}`;
}


describe('care-check check, spawned', () => {
  it('runs the bundled samples: every status appears, exit 1 because some targets are missed', () => {
    const run = runCli(['check', ...SAMPLE_RUN, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.asOf).toBe('2025-06-30');
    for (const status of ['met', 'on-track', 'at-risk', 'off-track', 'pending', 'missed', 'no-data']) {
      expect(report.summary[status], status).toBeGreaterThan(0);
    }
    expect(report.problems).toEqual([]);
  });

  it('exits 0 when nothing named by --fail-on occurs', () => {
    expect(runCli(['check', ...SAMPLE_RUN, '--fail-on', 'never', '--format', 'json']).status).toBe(0);
    const dir = tempDir();
    writeFileSync(
      join(dir, '450202.yaml'),
      countyFile('450202', '2025-06', '  residential_new:\n    households: 1000\n    facility_area_m2: 250\n'),
    );
    const run = runCli(['check', dir, ...AS_OF, '--only', 'liuzhou-2023', '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    const result = report.results.find((r) => r.target === 'liuzhou-2023/facility-area-new' && r.unit.code === '450202');
    expect(result?.status).toBe('met');
    expect(report.results.some((r) => r.status === 'missed' || r.status === 'off-track')).toBe(false);
    expect(run.status).toBe(0);
  });

  it('exits 1 when a status named by --fail-on occurs', () => {
    const run = runCli(['check', ...areaRun('2113'), '--fail-on', 'met', '--only', 'chaoyang-2023', '--format', 'json']);
    expect(run.status).toBe(1);
  });

  it('exits 2 on a bad file, names it with line and column, and still checks the good ones', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'good.yaml'),
      countyFile('450202', '2025-06', '  residential_new:\n    households: 1000\n    facility_area_m2: 250\n'),
    );
    writeFileSync(
      join(dir, 'bad.yaml'),
      countyFile('450203', '2025-06', '  townships:\n    total: 8\n    with_regional_center: -5\n'),
    );
    const run = runCli(['check', dir, ...AS_OF, '--format', 'json']);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    const problem = report.problems.find((p) => p.file.endsWith('bad.yaml'));
    expect(problem).toMatchObject({ line: 7, column: 27, code: 'negative' });
    expect(report.results.some((r) => r.unit.code === '450202')).toBe(true);
    expect(run.stderr).toMatch(/bad\.yaml:7:27/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on bad usage without a stack trace', () => {
    for (const args of [
      ['check', SAMPLES, '--as-of', '2025-02-30'],
      ['check', SAMPLES, '--format', 'pdf'],
      ['check', SAMPLES, '--fail-on', 'late'],
      ['check', SAMPLES, '--only', 'nowhere-2023'],
      ['check', SAMPLES, '--no-such-option'],
      // an unset CI variable: --only "$DOCS" must not pass over nothing
      ['check', SAMPLES, '--only', ''],
      ['check', SAMPLES, '--unit', ''],
      ['check', SAMPLES, '--thresholds', 'coverage=0'],
      ['check', SAMPLES, '--thresholds', 'coverage=1.5'],
      ['check', SAMPLES, '--thresholds', 'carry=-1'],
      ['check', SAMPLES, '--thresholds', 'carry=1.5'],
      // no path: the samples are never read unasked
      ['check', '--as-of', '2025-06-30'],
      ['validate'],
    ]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('prints no colour codes when the output is not a terminal, in zh and en', () => {
    for (const lang of ['zh', 'en']) {
      const run = runCli(['check', ...areaRun('3609'), '--lang', lang, '--only', 'yichun-2023']);
      expect(run.status).toBe(1);
      expect(run.stdout).not.toMatch(/\u001b\[/);
      expect(run.stdout).toContain('yichun-2023');
    }
  });

  it('narrows by unit and status', () => {
    const run = runCli(['check', ...areaRun('4502'), '--unit', '450202', '--status', 'met', '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.results.length).toBeGreaterThan(0);
    expect(report.results.every((r) => r.unit.code === '450202' && r.status === 'met')).toBe(true);
  });

  it('writes every --out file, and refuses to overwrite an input', () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    mkdirSync(data);
    const some = readdirSync(join(SAMPLES, '2025-06')).filter((f) => f.startsWith('4502')).slice(0, 3);
    for (const file of some) copyFileSync(join(SAMPLES, '2025-06', file), join(data, file));
    const run = runCli(['check', 'data', ...AS_OF, '--format', 'json', '--out', 'json=r.json', '--out', 'markdown=r.md'], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toEqual(JSON.parse(run.stdout));
    expect(existsSync(join(dir, 'r.md'))).toBe(true);

    const input = join('data', some[0] ?? '');
    const before = readFileSync(join(dir, input), 'utf8');
    const refused = runCli(['check', 'data', ...AS_OF, '--format', 'json', '--out', `json=${input}`], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(readFileSync(join(dir, input), 'utf8')).toBe(before);

    const missing = runCli(['check', 'data', ...AS_OF, '--out', 'json=no/such/folder/r.json'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no/such/folder');
  });

  it('ends quietly when the reader of its output goes away (| head)', () => {
    const run = spawnSync('bash', ['-c', `node ${BIN} check ${SAMPLES} --as-of 2025-06-30 --jobs 1 --lang en | head -n 3; exit \${PIPESTATUS[0]}`], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
  });

  it('prints the version', () => {
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('care-check check --policies, spawned', () => {
  it("adds a user's own document, which applies by its area prefix", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'guangxi-2024.yaml'),
      `id: guangxi-2024
title: {zh: 广西测试方案, en: A Guangxi test plan}
issuer: 测试
number: null
issued: 2024-01-01
area: {prefix: "45", code: "450000", name: 广西壮族自治区}
source: guangxi-2024.txt
targets:
  - id: nursing-beds
    indicator: {zh: 护理型床位占比, en: Nursing-type bed share}
    clause: 一
    quote: 护理型床位占比达到55%。
    formula: {numerator: [beds.nursing_type], denominator: [beds.total], scale: 100}
    unit: percent
    rule: {comparator: ">=", threshold: 55}
    deadline: 2025-12-31
    scope: each-county
    kind: level
`,
    );
    // Guangxi's two cities and Yichun (Jiangxi): the document applies to the first two only
    const run = runCli(['check', ...areaRun('{45,3609}'), '--policies', dir, '--only', 'guangxi-2024', '--format', 'json']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.results.length).toBeGreaterThan(0);
    expect(report.results.every((r) => r.target === 'guangxi-2024/nursing-beds')).toBe(true);
    expect(new Set(report.results.map((r) => r.unit.code.slice(0, 4)))).toEqual(new Set(['4502', '4503']));
  });

  it('refuses a bad document with file:line:column and exit 2', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'bad-2024.yaml'),
      `id: bad-2024
title: {zh: 坏方案, en: Bad plan}
issuer: 测试
number: null
issued: 2024-01-01
area: {prefix: "4502", code: "450200", name: 柳州市}
source: bad-2024.txt
targets:
  - id: nursing-beds
    indicator: {zh: 护理型床位占比, en: Nursing-type bed share}
    clause: 一
    quote: 护理型床位占比达到55%。
    formula: {numerator: [beds.nursing_typ], denominator: [beds.total], scale: 100}
    unit: percent
    rule: {comparator: ">=", threshold: 55}
    deadline: 2025-12-31
    scope: each-county
    kind: level
`,
    );
    const run = runCli(['check', ...areaRun('4502'), '--policies', dir, '--format', 'json']);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    const problem = report.problems.find((p) => p.file.endsWith('bad-2024.yaml'));
    expect(problem).toMatchObject({ line: 13, code: 'policy-invalid' });
    expect(run.stderr).toMatch(/bad-2024\.yaml:13:\d+/);
  });
});

describe('care-check check --baseline, spawned', () => {
  interface Gone {
    target: string;
    unit: { code: string; name: string | null };
    aggregate: boolean;
    previousStatus: string;
  }

  it('names the results of a unit that stopped reporting, in JSON, Markdown and the table', () => {
    const dir = tempDir();
    const last = runCli(['check', ...SAMPLE_RUN, '--fail-on', 'never', '--format', 'json']);
    expect(last.status).toBe(0);
    writeFileSync(join(dir, 'last.json'), last.stdout);
    const before = (JSON.parse(last.stdout) as JsonReport).results.filter((r) => r.unit.code === '450203' && !r.aggregate);
    expect(before.length).toBeGreaterThan(0);
    // this month 鱼峰区 sent nothing
    cpSync(SAMPLES, join(dir, 'data'), { recursive: true, filter: (src) => basename(src) !== '450203.yaml' });

    const args = ['check', 'data', ...AS_OF, '--fail-on', 'never', '--baseline', 'last.json', '--lang', 'en', '--jobs', '1'];
    const run = runCli([...args, '--format', 'json', '--out', 'markdown=r.md', '--out', 'table=r.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport & { gone: Gone[] };
    expect(report.gone.map((g) => [g.unit.code, g.target, g.aggregate, g.previousStatus])).toEqual(
      before.map((r) => ['450203', r.target, false, r.status]).sort((a, b) => (String(a[1]) < String(b[1]) ? -1 : 1)),
    );
    expect(report.results.some((r) => r.unit.code === '450203' && !r.aggregate)).toBe(false);

    const md = readFileSync(join(dir, 'r.md'), 'utf8').split('\n');
    const listed = md.filter((l) => l.startsWith('- 450203 '));
    expect(listed.map((l) => /— (\S+):/.exec(l.replace(/\\(.)/g, '$1'))?.[1])).toEqual(report.gone.map((g) => g.target));
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toMatch(new RegExp(`\\b${report.gone.length}\\b.*--format json`));

    // the documents left out with --only did not vanish (narrowGone covers --unit on plain objects)
    const only = JSON.parse(runCli([...args, '--only', 'chaoyang-2023', '--format', 'json'], { cwd: dir }).stdout) as { gone: Gone[] };
    expect(only.gone).toEqual([]);
    // three whole-sample runs and a copy of the set: past 60 s at load 16 before they read in one thread
  }, 180_000);
});
