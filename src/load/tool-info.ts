import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../shared/paths.js';

let cached: { name: string; version: string } | undefined;

export function toolInfo(): { name: string; version: string } {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
    cached = { name: 'care-check', version: pkg.version };
  }
  return cached;
}
