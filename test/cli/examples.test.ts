// The CI examples run as written: their care-check command lines are taken from the YAML, pointed
// at the bundled samples with a pinned date, and run with the built CLI.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, SAMPLES, runCli, tempDir } from './run-cli.js';

const AS_OF = '2025-06-30';

interface GithubWorkflow {
  on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
  jobs: Record<string, { steps: { run?: string; uses?: string; if?: string; with?: Record<string, unknown> }[] }>;
}

interface GitlabJob {
  script: string[];
  before_script?: string[];
  rules?: { if: string }[];
  artifacts: { when: string; reports: { junit: string }; paths: string[] };
}

function load<T>(name: string): T {
  return parse(readFileSync(join(ROOT, 'examples', 'ci', name), 'utf8')) as T;
}

/** The shell lines of a script, continuation lines joined. */
function shellLines(scripts: string[]): string[] {
  return scripts.flatMap((s) => s.replace(/\\\n\s*/g, ' ').split('\n')).map((l) => l.trim()).filter((l) => l !== '');
}

/** Splits a shell command into words: quotes removed, `$NAME` and `"$NAME"` replaced from `vars` (an empty variable gives no word). */
function words(line: string, vars: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const word = match[1] ?? match[2] ?? match[3] ?? '';
    const variable = /^\$\{?(\w+)\}?$/.exec(word);
    if (variable && match[2] === undefined) {
      const value = vars[variable[1] ?? ''];
      if (value === undefined) throw new Error(`unknown variable in the example: ${word}`);
      out.push(...value);
    } else {
      out.push(word);
    }
  }
  return out;
}

interface Example {
  lines: string[];
  /** the care-check arguments, with the data folder, the date and the baseline still as written */
  command: string;
}

function careCheckLine(lines: string[]): string {
  const found = lines.filter((l) => /\bcare-check\s+check\b/.test(l));
  expect(found).toHaveLength(1);
  return found[0] ?? '';
}

/** Runs an example's command in `cwd` with the samples as data, and the baseline when given. */
function runExample(example: Example, cwd: string, baseline: string | null) {
  const all = words(example.command, { AS_OF: [AS_OF], BASELINE: baseline === null ? [] : ['--baseline', baseline] });
  const args = all.slice(all.indexOf('care-check') + 1).map((w) => (w === 'data/' || w === 'data' ? SAMPLES : w));
  expect(args[0]).toBe('check');
  expect(args[args.indexOf('--as-of') + 1]).toBe(AS_OF);
  return runCli(args, { cwd });
}

/** The file the example passes to --baseline, read from its `BASELINE="--baseline FILE"` line. */
function baselineFile(lines: string[]): string {
  const m = lines.map((l) => /BASELINE="--baseline ([^"]+)"/.exec(l)).find((x) => x !== null);
  expect(m).toBeDefined();
  return m?.[1] ?? '';
}

/** The AS_OF line, run by bash with "today" replaced by the first of July 2025. */
function lastDayOfPreviousMonth(lines: string[]): string {
  const line = lines.find((l) => l.startsWith('AS_OF='));
  expect(line).toBeDefined();
  const pinned = (line ?? '').replace('$(date -u +%Y-%m-01)', '2025-07-01');
  expect(pinned).not.toBe(line);
  const run = spawnSync('bash', ['-c', `${pinned}; echo "$AS_OF"`], { encoding: 'utf8' });
  return run.stdout.trim();
}

async function expectReports(cwd: string): Promise<{ results: { change?: string }[] }> {
  const json = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')) as { schemaVersion: number; asOf: string; results: { change?: string }[] };
  expect(json.schemaVersion).toBe(1);
  expect(json.asOf).toBe(AS_OF);
  expect(json.results.length).toBeGreaterThan(0);

  const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(cwd, 'report.xml'), 'utf8')) as Record<string, unknown>;
  expect(xml['testsuites']).toBeDefined();

  expect(readFileSync(join(cwd, 'summary.md'), 'utf8').trim().length).toBeGreaterThan(0);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(cwd, 'report.xlsx'));
  expect(workbook.worksheets.length).toBeGreaterThan(0);
  return json;
}

/** Two runs, as two months of the job: the second compares with the first one's JSON. */
async function checkExample(example: Example): Promise<void> {
  const cwd = tempDir();
  const first = runExample(example, cwd, null);
  expect(first.stderr).toBe('');
  expect([0, 1]).toContain(first.status);
  await expectReports(cwd);

  const baseline = baselineFile(example.lines);
  mkdirSync(dirname(join(cwd, baseline)), { recursive: true });
  copyFileSync(join(cwd, 'report.json'), join(cwd, baseline));
  const second = runExample(example, cwd, baseline);
  expect(second.stderr).toBe('');
  expect(second.status).toBe(first.status);
  const compared = await expectReports(cwd);
  expect(compared.results.every((r) => r.change === 'unchanged')).toBe(true);
}


describe('examples/ci/github-actions.yml', () => {
  const workflow = load<GithubWorkflow>('github-actions.yml');
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const lines = shellLines(steps.flatMap((s) => (s.run !== undefined ? [s.run] : [])));
  const example: Example = { lines, command: careCheckLine(lines) };

  it('runs monthly and by hand, and publishes even when the check fails', () => {
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\S+ \S+ \d+ \* \*$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    const junit = steps.find((s) => s.uses?.startsWith('mikepenz/action-junit-report'));
    expect(junit?.with?.['report_paths']).toBe('report.xml');
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(String(upload?.with?.['path'])).toContain('report.xlsx');
    const summary = steps.find((s) => s.run?.includes('GITHUB_STEP_SUMMARY'));
    for (const step of [junit, upload, summary]) expect(step?.if).toBe('always()');
  });

  it('pins --as-of to the last day of the previous month', () => {
    expect(lastDayOfPreviousMonth(lines)).toBe('2025-06-30');
  });

  it('writes every report, and compares with last month', async () => {
    await checkExample(example);
  }, 240_000);
});

describe('examples/ci/gitlab-ci.yml', () => {
  const config = load<Record<string, GitlabJob>>('gitlab-ci.yml');
  const job = config['care-check'];
  const lines = shellLines([...(job?.before_script ?? []), ...(job?.script ?? [])]);
  const example: Example = { lines, command: careCheckLine(lines) };

  it('runs on a schedule and keeps its reports whatever the outcome', () => {
    expect(job?.rules?.some((r) => r.if.includes('schedule'))).toBe(true);
    expect(job?.artifacts.when).toBe('always');
    expect(job?.artifacts.reports.junit).toBe('report.xml');
    expect(job?.artifacts.paths).toEqual(expect.arrayContaining(['report.xlsx', 'report.json', 'summary.md']));
  });

  it('pins --as-of to the last day of the previous month', () => {
    expect(lastDayOfPreviousMonth(lines)).toBe('2025-06-30');
  });

  it('writes every report, and compares with last month', async () => {
    await checkExample(example);
  }, 240_000);
});

