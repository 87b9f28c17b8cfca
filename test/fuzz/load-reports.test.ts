// Property tests of the loader, in process: a valid file damaged at random is either loaded
// as a valid report or refused with well-formed problems; nothing throws, nothing pollutes a
// prototype, and nothing takes long. FUZZ_RUNS sets the number of cases (default 1000),
// FUZZ_SEED replays a run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import type { Lang, MeasureDef } from '../../src/core/types.js';
import { loadDivisions } from '../../src/load/divisions.js';
import { loadMeasures } from '../../src/load/measures.js';
import { loadReports } from '../../src/load/reports.js';
import { envCount, fuzzSeed, problemFault, prototypeSnapshot, validSample } from './fuzz-support.js';
import { mutate, mutation } from './mutations.js';

const RUNS = envCount('FUZZ_RUNS', 1000);
/** Generous: a refused alias bomb or a deep file takes milliseconds; a busy CI machine is slow. */
const CASE_LIMIT_MS = 2_000;

const divisions = loadDivisions();
const measures = loadMeasures();
const sample = validSample();
const dir = mkdtempSync(join(tmpdir(), 'care-check-fuzz-'));
const tally = { cases: 0, loaded: 0, refused: 0, slowestMs: 0, codes: new Map<string, number>() };

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  const codes = [...tally.codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
  console.info(
    `fuzz (loader, in process): ${tally.cases} cases; ${tally.loaded} loaded, ${tally.refused} refused; ` +
      `slowest ${tally.slowestMs.toFixed(0)} ms; problem codes: ${codes}`,
  );
});

function validFigure(def: MeasureDef, value: unknown): boolean {
  if (def.type === 'boolean') return typeof value === 'boolean';
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && (def.type !== 'integer' || Number.isInteger(value));
}

async function load(bytes: Buffer, lang: Lang) {
  const file = join(dir, 'case.yaml');
  writeFileSync(file, bytes);
  return loadReports([file], { cwd: dir, divisions, measures });
}

describe('the loader under random damage', () => {
  test('the undamaged sample loads without problems', async () => {
    const { reports, problems } = await load(Buffer.from(sample.text), 'en');
    expect(problems).toEqual([]);
    expect(reports.map((r) => r.code)).toEqual(['450202']);
  });

  test(`each damaged file is loaded valid or refused with positioned problems (${RUNS} cases)`, async () => {
    const prototypes = prototypeSnapshot();
    await fc.assert(
      fc.asyncProperty(mutation, fc.constantFrom<Lang>('zh', 'en'), async (m, lang) => {
        const bytes = mutate(sample.text, m);
        const started = performance.now();
        const { reports, problems } = await load(bytes, lang);
        const elapsed = performance.now() - started;
        tally.cases += 1;
        tally.slowestMs = Math.max(tally.slowestMs, elapsed);
        for (const p of problems) tally.codes.set(p.code, (tally.codes.get(p.code) ?? 0) + 1);

        expect(elapsed).toBeLessThan(CASE_LIMIT_MS);
        expect(problems.map((p) => [p.code, problemFault(p)]).filter(([, fault]) => fault !== null)).toEqual([]);
        expect(prototypeSnapshot()).toBe(prototypes);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

        const refused = problems.some((p) => p.severity === 'error');
        expect(reports.length).toBe(refused ? 0 : 1);
        if (refused) {
          tally.refused += 1;
          return;
        }
        tally.loaded += 1;
        const report = reports[0]!;
        expect(report.code).toMatch(/^\d{6}$/);
        expect(report.period).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        for (const [id, value] of Object.entries(report.measures)) {
          const def = measures.get(id);
          expect(def, id).toBeDefined();
          expect(validFigure(def!, value), `${id}: ${String(value)}`).toBe(true);
          expect(report.positions[id]?.line ?? 0).toBeGreaterThanOrEqual(1);
        }
        expect(Object.getPrototypeOf(report.measures)).toBe(Object.prototype);
      }),
      { numRuns: RUNS, ...fuzzSeed() },
    );
    expect(tally.cases).toBeGreaterThanOrEqual(RUNS);
  });
});
