// The import rules of .dependency-cruiser.cjs (run on src/ by `npm test`) catch what they are for:
// a copy of src/ with one planted violation per rule fails with each rule's name, and src/ as it is
// passes. A rule whose path were misspelt would otherwise pass in silence.
//
// "src/ as it is" is cruised in the repository with the command and cache of `npm test`'s pretest
// (scripts/pretest.mjs): the copy is the same files under the same config, and the cache (checked by
// content, and by the options, the folder among them) answers only for exactly these files, so that
// after the pretest the run costs about 2 s of CPU instead of 5 (it cruises afresh when anything
// changed, e.g. this file run alone after an edit).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

function copyOfSrc(): string {
  const dir = mkdtempSync(join(tmpdir(), 'care-check-layers-'));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  cpSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function cruise(dir: string, extra: string[] = []): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err', ...extra], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('import rules', () => {
  test('each rule fails on a planted violation, and src/ as it is passes', () => {
    const asItIs = cruise(ROOT, ['--cache', join(ROOT, 'node_modules', '.cache', 'dependency-cruiser'), '--cache-strategy', 'content']);
    expect(asItIs, asItIs.out).toMatchObject({ status: 0 });
    expect(asItIs.out).toContain('no dependency violations found');
    const dir = copyOfSrc();
    dirs.push(dir);

    const plant = (file: string, line: string) => appendFileSync(join(dir, 'src', file), `\n${line}\n`);
    // i18n takes words from report (a value, not a type)
    plant('i18n/charts.ts', "import { statusLabel } from '../report/labels.js';\nexport const plantedLabel = statusLabel;");
    // the core reads a file
    plant('core/trend.ts', "import { readFileSync } from 'node:fs';\nexport const plantedRead = readFileSync;");
    // the core reaches the loader (a type counts too)
    plant('core/series.ts', "import type { Catalog } from '../load/catalog.js';\nexport type PlantedCatalog = Catalog;");
    // validate reads a file through the loader
    plant('validate/did-you-mean.ts', "import { loadMeasures } from '../load/measures.js';\nexport const plantedLoad = loadMeasures;");
    // a report validates
    plant('report/figures.ts', "import { didYouMean } from '../validate/did-you-mean.js';\nexport const plantedCheck = didYouMean;");
    // a loader reaches a command
    plant('load/tool-info.ts', "import { PERIOD } from '../commands/period.js';\nexport const plantedPeriod = PERIOD;");
    // shared reaches up
    plant('shared/paths.ts', "import { isIsoDate } from '../core/time.js';\nexport const plantedDate = isIsoDate;");
    // the writer of report files picks its words itself (the command hands them over in the run's language)
    plant('output/atomic-write.ts', "import { OUTPUT_TEXT } from '../i18n/output.js';\nexport const plantedWords = OUTPUT_TEXT;");
    // a command reaches program.ts
    plant('commands/globals.ts', "import { runCli } from '../program.js';\nexport const plantedRun = runCli;");

    const { status, out } = cruise(dir);
    expect(status).not.toBe(0);
    for (const rule of [
      'i18n-imports-only-types',
      'core-no-io',
      'core-is-pure',
      'validate-below-load',
      'report-below-commands',
      'load-below-commands',
      'shared-is-the-floor',
      'commands-not-up',
      'program-from-the-entry-only',
      'output-given-its-words',
      'no-circular',
    ]) {
      expect(out, rule).toContain(`error ${rule}:`);
    }
  }, 240_000);
});
