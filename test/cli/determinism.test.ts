// Two runs over the same input with the same --as-of give the same bytes in every text format, so
// that a CI job can diff this month's report with a re-run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_FORMATS as FORMATS } from '../../src/report/index.js';
import { SAMPLES, runCli, tempDir } from './run-cli.js';

/**
 * The runs in Chinese are a CI job's: the default --jobs, two worker threads on two cores or more.
 * The runs in English read in this thread (--jobs 1): the same bytes as at --jobs 2 and 4 in every
 * format is parallel.test.ts's proof on the same input, and the workers cost each run about 1.5 s of
 * CPU. So both ways of reading are re-run, one per language.
 */
const JOBS: Record<string, string[]> = { zh: [], en: ['--jobs', '1'] };

function run(lang: string): { stdout: string; files: Record<string, string> } {
  const dir = tempDir();
  const outs = FORMATS.flatMap((format) => ['--out', `${format}=${join(dir, `report.${format}`)}`]);
  const result = runCli(['check', SAMPLES, '--as-of', '2025-06-30', '--lang', lang, ...JOBS[lang]!, ...outs], { env: { NO_COLOR: '1' } });
  expect([0, 1]).toContain(result.status);
  const files = Object.fromEntries(FORMATS.map((format) => [format, readFileSync(join(dir, `report.${format}`), 'utf8')]));
  return { stdout: result.stdout, files };
}


describe('two runs of check on the samples', () => {
  for (const lang of ['zh', 'en']) {
    it(`give the same bytes in every text format (${lang})`, () => {
      const first = run(lang);
      const second = run(lang);
      for (const format of FORMATS) {
        expect(first.files[format]?.length, format).toBeGreaterThan(0);
        expect(second.files[format], format).toBe(first.files[format]);
      }
      expect(second.stdout).toBe(first.stdout);
    }, 180_000);
  }
});
