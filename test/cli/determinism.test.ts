// Two runs over the same input with the same --as-of give the same bytes in every text format, so
// that a CI job can diff this month's report with a re-run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_FORMATS as FORMATS } from '../../src/report/index.js';
import { SAMPLES, runCli, tempDir } from './run-cli.js';

function run(lang: string): { stdout: string; files: Record<string, string> } {
  const dir = tempDir();
  const outs = FORMATS.flatMap((format) => ['--out', `${format}=${join(dir, `report.${format}`)}`]);
  const result = runCli(['check', SAMPLES, '--as-of', '2025-06-30', '--lang', lang, ...outs], { env: { NO_COLOR: '1' } });
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
