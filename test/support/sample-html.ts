// The sample set's HTML report as the built CLI writes it (`check data/samples --as-of 2025-06-30
// --fail-on never --lang L --out html=FILE --xlsx FILE`), spawned once per
// language and `vitest run`: html.test.ts and html-cells.test.ts both open the report in Chromium,
// xlsx-print-libreoffice.test.ts prints the workbooks, and they may run in different workers at
// once. The first to ask spawns the CLI and leaves its run (status, stdout, stderr) beside the file;
// the other waits for it. The folder is the one test/global-setup.ts makes for one `vitest run`
// (CARE_CHECK_TEST_RUNS, removed at its end, as runCli's shared runs use); a file run without it
// spawns its own.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, type CliRun } from '../cli/run-cli.js';

export const SAMPLE_HTML_ARGS = ['check', join(ROOT, 'data', 'samples'), '--as-of', '2025-06-30', '--fail-on', 'never'] as const;

/** How long a caller waits for another worker's run before it spawns its own. */
const WAIT_MS = 300_000;

export interface SampleHtml {
  /** the report the CLI wrote */
  file: string;
  /** the workbook the same run wrote */
  xlsx: string;
  run: CliRun;
}

function runFolder(own: string): { path: string; shared: boolean } {
  const runs = process.env['CARE_CHECK_TEST_RUNS'];
  return runs === undefined ? { path: own, shared: false } : { path: runs, shared: true };
}

/**
 * The sample set's report in `lang`: spawned here, or read from the run another worker made of it.
 * `own` is the caller's folder, for a report only it reads (when the run cannot be shared).
 */
export async function sampleHtmlReport(lang: 'zh' | 'en', own: string): Promise<SampleHtml> {
  const { path, shared } = runFolder(own);
  const file = join(path, `report-${lang}.html`);
  const record = join(path, `run-${lang}.json`);
  if (shared) {
    let mine = true;
    try {
      mkdirSync(join(path, `${lang}.lock`));
    } catch {
      mine = false;
    }
    if (!mine) {
      const deadline = Date.now() + WAIT_MS;
      while (!existsSync(record) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      if (existsSync(record)) return { file, xlsx: workbookOf(lang, path), run: JSON.parse(readFileSync(record, 'utf8')) as CliRun };
      // the other worker never finished: spawn it here, to files of this caller's own
      return spawnReport(lang, own, null);
    }
  }
  return spawnReport(lang, path, shared ? record : null);
}

/** The sample set's workbook in `lang`, written by the report's run (sampleHtmlReport). */
export async function sampleWorkbook(lang: 'zh' | 'en', own: string): Promise<{ xlsx: string; run: CliRun }> {
  const { xlsx, run } = await sampleHtmlReport(lang, own);
  return { xlsx, run };
}

function workbookOf(lang: 'zh' | 'en', folder: string): string {
  return join(folder, `report-${lang}.xlsx`);
}

function spawnReport(lang: 'zh' | 'en', folder: string, record: string | null): SampleHtml {
  const file = join(folder, `report-${lang}.html`);
  const xlsx = workbookOf(lang, folder);
  const run = runCli([...SAMPLE_HTML_ARGS, '--lang', lang, '--out', `html=${file}`, '--xlsx', xlsx]);
  if (record !== null) {
    writeFileSync(`${record}.tmp`, JSON.stringify(run));
    renameSync(`${record}.tmp`, record);
  }
  return { file, xlsx, run };
}
