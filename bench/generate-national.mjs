// The benchmark sets, from a fixed seed. The figures come from the sample generator
// (scripts/synth): this file only chooses units, periods and trends, and writes the files.
//
// - national: every unit of the division table (county-level units and the city- and
//   province-level own accounts), twelve monthly periods each (bench/out/national/);
// - scattered: 1,500 units drawn from all over the country, three months each: most lie outside
//   every plan's area (bench/out/scattered/);
// - growth: every unit, 96 months: the last 12·k month folders are k times the national set
//   (bench/out/growth/, for bench/growth.mjs only).
//
// A unit's figures for a month are the same in every set (one model per unit, drawn over all units).
//
//   node bench/generate-national.mjs [--force] [--set national|scattered|growth]
//
// A set is written to bench/out/<set>/<period>/<code>.yaml and is regenerated only when it is
// missing or when its stamp (seed, version, set, the generator's source) no longer matches.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOPICS, TRENDS, areaShares, periodsBetween, rngFor, toYaml, unitModel, unitsFor } from '../scripts/synth/index.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const SEED = 20250630;
/** Bump when the layout of the set changes in a way the source hash would not show. */
export const VERSION = 1;
export const FIRST_PERIOD = '2024-07';
export const LAST_PERIOD = '2025-06';
export const AS_OF = '2025-06-30';
export const NATIONAL_DIR = join(ROOT, 'bench', 'out', 'national');
export const SCATTERED_DIR = join(ROOT, 'bench', 'out', 'scattered');
export const GROWTH_DIR = join(ROOT, 'bench', 'out', 'growth');

/** Each set: its folder, its months and how many units it draws (null: every unit). */
export const SETS = {
  national: { dir: NATIONAL_DIR, periods: [FIRST_PERIOD, LAST_PERIOD], units: null },
  scattered: { dir: SCATTERED_DIR, periods: ['2025-04', LAST_PERIOD], units: 1500 },
  growth: { dir: GROWTH_DIR, periods: ['2017-07', LAST_PERIOD], units: null },
};

const STAMP = '.stamp.json';
// Files sit four folders below the package root: bench/out/national/<period>/.
const MODELINE = '# yaml-language-server: $schema=../../../../schemas/unit-report.schema.json';

/** Most units are on pace or ahead; some lag, a few fall back or slip: a spread of statuses. */
const TREND_WEIGHTS = { ahead: 30, 'on-pace': 35, lagging: 20, 'falling-back': 8, slipping: 7 };

function weightedTrend(rng) {
  const total = TRENDS.reduce((sum, t) => sum + (TREND_WEIGHTS[t] ?? 0), 0);
  let roll = rng() * total;
  for (const trend of TRENDS) {
    roll -= TREND_WEIGHTS[trend] ?? 0;
    if (roll < 0) return trend;
  }
  return TRENDS[0];
}

/** The seed, the version, the set and a hash of every source file the figures depend on. */
export function stampOf(set = 'national') {
  const hash = createHash('sha256');
  const sources = [
    fileURLToPath(import.meta.url),
    join(ROOT, 'data', 'divisions', '2024.txt'),
    ...readdirSync(join(ROOT, 'scripts', 'synth'))
      .filter((f) => f.endsWith('.mjs'))
      .sort()
      .map((f) => join(ROOT, 'scripts', 'synth', f)),
  ];
  for (const file of sources) hash.update(file.slice(ROOT.length)).update(readFileSync(file));
  const { periods, units } = SETS[set];
  return { seed: SEED, version: VERSION, set, periods, units, source: hash.digest('hex').slice(0, 16) };
}

function readStamp(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, STAMP), 'utf8'));
  } catch {
    return null;
  }
}

/** Whether `dir` holds a complete `set` made by this generator as it is now. */
export function isCurrent(dir = NATIONAL_DIR, set = 'national') {
  const stamp = readStamp(dir);
  const want = stampOf(set);
  return stamp !== null && stamp.seed === want.seed && stamp.version === want.version && stamp.source === want.source &&
    stamp.set === want.set && stamp.units === want.units && stamp.periods?.join() === want.periods.join();
}

/** `count` units drawn without replacement (a seeded shuffle), in code order. */
function draw(units, count) {
  const rng = rngFor(SEED, 'scattered');
  const pool = [...units];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count).sort((a, b) => a.code.localeCompare(b.code));
}

/** Writes `set` into `dir` (replacing whatever is there); returns `{units, files, dir}`. */
export function generateNational(dir = NATIONAL_DIR, set = 'national') {
  const divisions = readFileSync(join(ROOT, 'data', 'divisions', '2024.txt'), 'utf8');
  const all = unitsFor([''], divisions);
  const units = SETS[set].units === null ? all : draw(all, SETS[set].units);
  const periods = periodsBetween(...SETS[set].periods);
  const shares = areaShares(all, (code) => rngFor(SEED, code));

  rmSync(dir, { recursive: true, force: true });
  for (const period of periods) mkdirSync(join(dir, period), { recursive: true });

  const topics = Object.keys(TOPICS);
  let files = 0;
  for (const unit of units) {
    const pick = rngFor(SEED, unit.code, 'trends');
    const profile = {
      trend: weightedTrend(pick),
      topics: Object.fromEntries(topics.map((topic) => [topic, weightedTrend(pick)])),
      share: shares.get(unit.code) ?? 1,
    };
    const model = unitModel(unit, rngFor(SEED, unit.code), profile, { seed: SEED, anchor: LAST_PERIOD });
    for (const period of periods) {
      const report = model.at(period);
      if (report === null) continue;
      writeFileSync(join(dir, period, `${unit.code}.yaml`), toYaml(report, MODELINE));
      files += 1;
    }
  }
  writeFileSync(join(dir, STAMP), `${JSON.stringify({ ...stampOf(set), unitCount: units.length, files }, null, 2)}\n`);
  return { units: units.length, files, dir };
}

/** Generates `set` (default: the national set) unless a current one is already there; returns what is there. */
export function ensureNational(dir = NATIONAL_DIR, { force = false, log = () => {}, set = 'national' } = {}) {
  if (!force && existsSync(dir) && isCurrent(dir, set)) {
    const stamp = readStamp(dir);
    return { units: stamp.unitCount, files: stamp.files, dir, generated: false };
  }
  log(`generating the ${set} set in ${dir} …`);
  const started = performance.now();
  const made = generateNational(dir, set);
  log(`  ${made.files} files for ${made.units} units in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { ...made, generated: true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--set');
  const set = at >= 0 ? process.argv[at + 1] : 'national';
  if (!(set in SETS)) throw new Error(`--set: one of ${Object.keys(SETS).join(', ')}`);
  const made = ensureNational(SETS[set].dir, { force: process.argv.includes('--force'), log: (s) => console.log(s), set });
  if (!made.generated) console.log(`${made.dir}: current (${made.files} files, ${made.units} units)`);
}
