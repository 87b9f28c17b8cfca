// Where the shipped files (data/, schemas/) are, found from this module's own location:
// dist/load/paths.js after `tsc`, src/load/paths.ts under vitest. Both sit two folders below
// the package root; the walk up to package.json keeps that true if the layout ever changes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'care-check';

function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
        if (name === PACKAGE_NAME) return dir;
      } catch {
        // a foreign or broken package.json: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return join(start, '..', '..');
    dir = parent;
  }
}

/** The folder that holds package.json, data/ and schemas/. */
export const packageRoot: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A path under the shipped `data/` folder. */
export function dataPath(...parts: string[]): string {
  return join(packageRoot, 'data', ...parts);
}

/** A path under the shipped `schemas/` folder. */
export function schemaPath(...parts: string[]): string {
  return join(packageRoot, 'schemas', ...parts);
}
