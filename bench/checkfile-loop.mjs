// checkFile (src/load/reports.ts: read, parse, validate) over every file of a folder, ROUNDS times,
// nothing else: the loader's own cost, for a CPU profile without the CLI around it.
//
//   node --cpu-prof --cpu-prof-dir=bench/out/prof bench/checkfile-loop.mjs DIR [ROUNDS]
//   node bench/profile-top.mjs bench/out/prof/FILE.cpuprofile
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkFile } from '../dist/load/reports.js';
import { loadDivisions } from '../dist/load/divisions.js';
import { loadMeasures } from '../dist/load/measures.js';

const dir = resolve(process.argv[2] ?? 'bench/out/national');
const rounds = Number(process.argv[3] ?? 1);
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
  .map((e) => join(e.parentPath, e.name))
  .sort();
const ctx = { divisions: loadDivisions(), measures: loadMeasures() };
let kept = 0;
for (let r = 0; r < rounds; r++) for (const file of files) if ((await checkFile({ absolute: file, shown: file }, ctx)).report !== null) kept += 1;
process.stdout.write(`${files.length} files × ${rounds}: ${kept} reports\n`);
