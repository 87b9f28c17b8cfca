// What a check costs above the strict floor, step by step, in one process: each pass reads every
// file of the set and does a little more than the pass before, and the passes are interleaved
// (A B C D, A B C D, …; the first round is a warm-up and is not counted), so a busy machine slows
// them alike. CPU time of the process (every thread: V8's garbage collector helpers too) per pass,
// median over the rounds.
//
//   A  the strict floor: readFileSync, yaml's parseDocument with its defaults (bench/floor.mjs)
//   B  A with the loader's read (src/load/file-ops.ts: open without blocking, fstat, read, close)
//   C  the loader's parse (src/load/yaml-file.ts readYamlFile: UTF-8 and size checks, line
//      counter, duplicate keys, depth) instead of parseDocument
//   D  checkFile (src/load/reports.ts): C, then validation (ajv, the checks a schema cannot make),
//      positions, the file's name and folder against its unit and month
//   E  loadReports --jobs 1 (src/load/reports.ts): the folder walk, D for every file with every
//      report kept until the end (as a check keeps them), duplicates, problem caps
//
//   node bench/floor-phases.mjs DIR [ROUNDS]     (default 4 rounds after the warm-up)
//
// Needs dist/ (npm run build). The check itself adds the folder walk, evaluation and the report.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { readRegularFile, syncFileOps } from '../dist/load/file-ops.js';
import { MAX_BYTES, readYamlFile } from '../dist/load/yaml-file.js';
import { checkFile, loadReports } from '../dist/load/reports.js';
import { loadDivisions } from '../dist/load/divisions.js';
import { loadMeasures } from '../dist/load/measures.js';

const [dirArg, roundsArg] = process.argv.slice(2);
if (!dirArg) {
  console.error('usage: node bench/floor-phases.mjs DIR [ROUNDS]');
  process.exit(2);
}
const dir = resolve(dirArg);
const rounds = Math.max(1, Number(roundsArg ?? 4));
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
  .map((e) => join(e.parentPath, e.name))
  .sort();
const ctx = { divisions: loadDivisions(), measures: loadMeasures() };

/** Each pass over every file: one call per file, or (a whole pass) one call with the folder. */
const passes = {
  'A strict floor (readFileSync + parseDocument)': async (file) => parseDocument(readFileSync(file, 'utf8')).contents !== null,
  "B the loader's read + parseDocument": async (file) => {
    const read = await readRegularFile(file, syncFileOps, MAX_BYTES);
    return read.ok && parseDocument(read.bytes.toString('utf8')).contents !== null;
  },
  "C the loader's read and parse (readYamlFile)": async (file) => (await readYamlFile(file, file, syncFileOps)).source !== null,
  'D checkFile (C + validation, positions, place)': async (file) => (await checkFile({ absolute: file, shown: file }, ctx)).report !== null,
};
const wholePasses = {
  'E loadReports --jobs 1 (D for all, reports kept)': async () => (await loadReports([dir], { cwd: process.cwd(), ...ctx, jobs: 1 })).reports.length,
};

const cpuMs = Object.fromEntries([...Object.keys(passes), ...Object.keys(wholePasses)].map((k) => [k, []]));
for (let round = 0; round <= rounds; round++) {
  for (const [name, pass] of Object.entries(passes)) {
    const before = process.cpuUsage();
    let kept = 0;
    for (const file of files) if (await pass(file)) kept += 1;
    const used = process.cpuUsage(before);
    if (round > 0) cpuMs[name].push((used.user + used.system) / 1000);
    if (kept === -1) console.log('never');
  }
  for (const [name, pass] of Object.entries(wholePasses)) {
    const before = process.cpuUsage();
    const kept = await pass();
    const used = process.cpuUsage(before);
    if (round > 0) cpuMs[name].push((used.user + used.system) / 1000);
    if (kept === -1) console.log('never');
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(cpuMs[Object.keys(passes)[0]]);
let previous = base;
console.log(`${files.length} files in ${dirArg}; CPU ms per pass, median of ${rounds} rounds (range), ÷ A, step over the pass before`);
for (const [name, xs] of Object.entries(cpuMs)) {
  const m = median(xs);
  console.log(`${name.padEnd(50)} ${m.toFixed(0).padStart(6)}  (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})  ${(m / base).toFixed(2)}  +${(m - previous).toFixed(0)}`);
  previous = m;
}
