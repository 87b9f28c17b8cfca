// Writes dist/catalog.json: the bundled documents of data/policies as loadPolicies returns them,
// the measure registry and the division table, with the stamps of the files they came from (see
// src/boot/snapshot.ts). The build refuses a bundled catalog with any problem: such a catalog is
// a bug to fix, and no snapshot is written for it.
//
//   node scripts/build-catalog.mjs   (after tsc; part of `npm run build`)
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const { SNAPSHOT_FILE, SNAPSHOT_VERSION, catalogFiles, catalogStamps } = await import('../dist/boot/snapshot.js');
const { parseMeasures } = await import('../dist/load/measures.js');
const { divisionEntries } = await import('../dist/load/divisions.js');
const { DivisionTable } = await import('../dist/load/division-table.js');
const { loadPolicies } = await import('../dist/load/policies.js');
const { dataPath, packageRoot } = await import('../dist/shared/paths.js');

// Nothing may come from an older snapshot while this one is made.
rmSync(SNAPSHOT_FILE, { force: true });

const files = catalogFiles(packageRoot);
const stamps = catalogStamps(files, packageRoot);
const measures = parseMeasures(readFileSync(dataPath('measures.yaml'), 'utf8'));
const divisionText = DivisionTable.text(divisionEntries(readFileSync(dataPath('divisions', '2024.txt'), 'utf8')));
const divisions = new DivisionTable(divisionText);
const byLang = {};
for (const lang of ['zh', 'en']) {
  const { documents, problems } = await loadPolicies([], { lang, cwd: packageRoot, measures, divisions });
  if (problems.length > 0) {
    for (const p of problems) console.error(`${p.file}:${p.line ?? ''} ${p.code} ${p.message}`);
    throw new Error(`the bundled catalog has ${problems.length} problem(s): no snapshot written`);
  }
  byLang[lang] = documents;
}
if (!isDeepStrictEqual(byLang.zh, byLang.en)) throw new Error('the bundled documents differ by language: no snapshot written');
if (!isDeepStrictEqual(catalogStamps(files, packageRoot), stamps)) throw new Error('data/ changed while the snapshot was made');

const snapshot = { version: SNAPSHOT_VERSION, stamps, documents: byLang.en, measures: [...measures.values()], divisions: divisionText };
writeFileSync(SNAPSHOT_FILE, JSON.stringify(snapshot));
console.log(`catalog snapshot: ${snapshot.documents.length} documents, ${snapshot.measures.length} measures → dist/catalog.json`);
