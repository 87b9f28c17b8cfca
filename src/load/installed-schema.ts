// Where a data repository's own copy of care-check keeps its schemas: the editor of a file in the
// repository should point at node_modules/care-check/schemas/…, which every clone of the repository
// gets from `npm ci`, never at wherever the running copy of the tool happens to be installed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'care-check';

/**
 * The path of `schemas/<name>` in the nearest `node_modules/care-check` at or above `folder`
 * (not following it to where a link points), or null when no folder above has one.
 */
export function installedSchema(folder: string, name: string): string | null {
  for (let dir = folder; ; dir = dirname(dir)) {
    const installed = join(dir, 'node_modules', PACKAGE_NAME);
    const schema = join(installed, 'schemas', name);
    if (existsSync(schema)) {
      try {
        const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { name?: unknown };
        if (manifest.name === PACKAGE_NAME) return schema;
      } catch {
        // not a package we know: keep looking further up
      }
    }
    if (dirname(dir) === dir) return null;
  }
}
