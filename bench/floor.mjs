// The floor that `care-check check` is measured against: list the same files in the same order,
// read each one and parse it with the `yaml` package, nothing else.
//
//   node bench/floor.mjs DIR
//
// Discovery: tinyglobby's `**/*.{yaml,yml,YAML,YML}` under DIR, sorted by path, which finds in
// the generated set (no links, no hidden names) the files the CLI's own walk finds
// (src/load/folder-scan.ts); files are read and parsed with the CLI's concurrency, 8 at a time.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import YAML from 'yaml';

const CONCURRENCY = 8;

const dir = resolve(process.argv[2] ?? '.');
const files = (await glob('**/*.{yaml,yml,YAML,YML}', { cwd: dir, absolute: true, onlyFiles: true }))
  .map((absolute) => ({ absolute, shown: relative(process.cwd(), absolute) }))
  .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));

let next = 0;
let keys = 0;
async function worker() {
  while (next < files.length) {
    const { absolute } = files[next++];
    const data = YAML.parse(await readFile(absolute, 'utf8'));
    // Touch the result so that the parse cannot be skipped.
    if (data && typeof data === 'object') keys += Object.keys(data).length;
  }
}
await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
process.stdout.write(`${files.length} files, ${keys} top-level keys\n`);
