// The strict floor that `care-check check` is measured against: the same files read and parsed
// the plainest way, in one process, nothing else. The files are listed by one recursive readdir
// (in the generated sets, no links and no hidden names: the files the CLI's own walk finds,
// src/load/folder-scan.ts), sorted by path, then each is read synchronously (readFileSync) and
// parsed with the `yaml` package's parseDocument, one after the other.
//
//   node bench/floor.mjs DIR...
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';

const YAML_NAME = /\.ya?ml$/i;
const files = process.argv
  .slice(2)
  .flatMap((dir) =>
    readdirSync(resolve(dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && YAML_NAME.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  )
  .sort();

let documents = 0;
for (const file of files) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  // Touch the result so that the parse cannot be skipped.
  if (doc.contents !== null) documents += 1;
}
process.stdout.write(`${files.length} files, ${documents} documents\n`);
