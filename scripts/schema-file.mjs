// The end every schema generator shares: write the schema, or with --check say whether the
// committed file is out of date (exit 1).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Writes `text` to `file`, or with `--check` in `argv` compares them and sets exit code 1 when they differ. */
export function writeOrCheck(file, text, argv) {
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing: out of date
    }
    if (current !== text) {
      console.error(`${relative(root, file).split('\\').join('/')} is out of date: run npm run schemas`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
