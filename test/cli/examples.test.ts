// The CI examples run as written, each job in its own checkout of a data repository: care-check
// installed there by the job's own `npm ci` from the tarball `npm pack` writes (its package-lock.json
// names it), the samples as its data/, and every shell step of the job run by bash with only "today"
// pinned (to 2025-07-01) and the fetch of last month's report, which needs the CI service's API,
// replaced by the test putting that report where the step would.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './run-cli.js';
import { checkout, dataRepository, packTarball, run, type Run } from './data-repo.js';

const AS_OF = '2025-06-30';

interface GithubWorkflow {
  on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
  jobs: Record<string, { steps: { run?: string; uses?: string; if?: string; with?: Record<string, unknown> }[] }>;
}

interface GitlabJob {
  script: string[];
  before_script?: string[];
  allow_failure?: { exit_codes: number[] };
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

/** The AS_OF line, run by bash with "today" replaced by the first of July 2025. */
function lastDayOfPreviousMonth(lines: string[]): string {
  const line = lines.find((l) => l.startsWith('AS_OF='));
  expect(line).toBeDefined();
  const pinned = pinToday(line ?? '');
  expect(pinned).not.toBe(line);
  const run = spawnSync('bash', ['-c', `${pinned}; echo "$AS_OF"`], { encoding: 'utf8' });
  return run.stdout.trim();
}

/** The example's shell text with "today" the first of July 2025, so that AS_OF is 2025-06-30. */
function pinToday(script: string): string {
  return script.replaceAll('$(date -u +%Y-%m-01)', '2025-07-01');
}

/** The one line that runs the check: its --as-of is the pinned date, its data folder data/. */
function checkLine(lines: string[]): string {
  const found = lines.filter((l) => /\bcare-check\s+check\b/.test(l));
  expect(found).toHaveLength(1);
  return found[0] ?? '';
}

/** The file the example passes to --baseline, read from its `BASELINE="--baseline FILE"` line. */
function baselineFile(lines: string[]): string {
  const m = lines.map((l) => /BASELINE="--baseline ([^"]+)"/.exec(l)).find((x) => x !== null);
  expect(m).toBeDefined();
  return m?.[1] ?? '';
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

/**
 * A job's shell steps, each run by `bash -e` in the data repository as the CI service would. The
 * second month runs only what follows the install (`npm ci` installs the same package again).
 */
type Job = (repo: string, month: 1 | 2) => { check: Run; all: Run[] };

/**
 * Two months of the job in one checkout of the data repository (its own: a job never finds another
 * job's node_modules/ or reports): the first has no baseline; the second finds the first one's JSON
 * where the job fetches last month's report, and marks every result unchanged.
 */
async function twoMonths(job: Job, baseline: string): Promise<void> {
  const repo = checkout(origin);
  const first = job(repo, 1);
  for (const step of first.all) expect(step.stderr).not.toMatch(/care-check:|Error|at .*\(/);
  expect([0, 1]).toContain(first.check.status);
  await expectReports(repo);

  mkdirSync(dirname(join(repo, baseline)), { recursive: true });
  copyFileSync(join(repo, 'report.json'), join(repo, baseline));
  const second = job(repo, 2);
  expect(second.check.status).toBe(first.check.status);
  const compared = await expectReports(repo);
  expect(compared.results.every((r) => r.change === 'unchanged')).toBe(true);
}

// package.json and package-lock.json naming the tarball, no node_modules/: what a CI runner checks
// out, where each job's first month installs with its own `npm ci`
let origin = '';
beforeAll(() => {
  origin = dataRepository(packTarball(), { installed: false });
}, 300_000);

describe('examples/ci/github-actions.yml', () => {
  const workflow = load<GithubWorkflow>('github-actions.yml');
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const lines = shellLines(steps.flatMap((s) => (s.run !== undefined ? [s.run] : [])));

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
    expect(checkLine(lines)).toMatch(/^npx care-check check data\/ --as-of "\$AS_OF"/);
  });

  // Every `run` step in order, each in its own bash -e; a step after a failed one runs only with
  // `if: always()`. The step that fetches last month's report with `gh` needs GitHub's API: the test
  // puts that report where the step would.
  const job: Job = (cwd, month) => {
    const summary = join(cwd, 'step-summary.md');
    const all: Run[] = [];
    let check: Run | null = null;
    let failed = false;
    for (const step of steps) {
      if (step.run === undefined || step.run.includes('gh run')) continue;
      if (month === 2 && /^npm (ci|run build)/.test(step.run)) continue;
      if (failed && step.if !== 'always()') continue;
      const result = run('bash', ['-e', '-c', pinToday(step.run)], cwd, { GITHUB_STEP_SUMMARY: summary });
      all.push(result);
      if (/\bcare-check\s+check\b/.test(step.run)) check = result;
      else expect(result.status, `${step.run}\n${result.stderr}`).toBe(0);
      failed ||= result.status !== 0;
    }
    expect(readFileSync(summary, 'utf8')).toContain('care-check');
    if (check === null) throw new Error('the workflow has no check step');
    return { check, all };
  };

  it('writes every report from a package installed from a tarball, and compares with last month', async () => {
    await twoMonths(job, baselineFile(lines));
  }, 300_000);
});

describe('examples/ci/gitlab-ci.yml', () => {
  const config = load<Record<string, GitlabJob>>('gitlab-ci.yml');
  const gitlab = config['care-check'];
  const lines = shellLines([...(gitlab?.before_script ?? []), ...(gitlab?.script ?? [])]);

  it('runs on a schedule, keeps its reports whatever the outcome, and lets only exit 1 pass', () => {
    expect(gitlab?.rules?.some((r) => r.if.includes('schedule'))).toBe(true);
    expect(gitlab?.artifacts.when).toBe('always');
    expect(gitlab?.artifacts.reports.junit).toBe('report.xml');
    expect(gitlab?.artifacts.paths).toEqual(expect.arrayContaining(['report.xlsx', 'report.json', 'summary.md']));
    expect(gitlab?.allow_failure?.exit_codes).toEqual([1]);
  });

  it('pins --as-of to the last day of the previous month', () => {
    expect(lastDayOfPreviousMonth(lines)).toBe('2025-06-30');
    expect(checkLine(lines)).toMatch(/^npx care-check check data\/ --as-of "\$AS_OF"/);
  });

  // before_script and script in one shell that stops at the first failure, as GitLab runs them. The
  // line that fetches last month's report with curl needs GitLab's API: the test puts that report
  // where the line would.
  const install = shellLines(gitlab?.before_script ?? []);
  const job: Job = (cwd, month) => {
    const kept = lines.filter((l) => !l.startsWith('curl ') && (month === 1 || !install.includes(l)));
    const script = kept.join('\n');
    const result = run('bash', ['-e', '-c', pinToday(script)], cwd);
    return { check: result, all: [result] };
  };

  it('writes every report from a package installed from a tarball, and compares with last month', async () => {
    await twoMonths(job, baselineFile(lines));
  }, 300_000);
});
