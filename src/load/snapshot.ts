// The bundled catalog as `npm run build` prepared it (dist/catalog.json): the documents of
// data/policies as loadPolicies returns them and the measure registry, with a content hash of the
// files they came from. A run whose files still hash the same takes them from here instead of
// parsing and validating YAML; any change (an edited or added document, a new schema) misses the
// hash, and the files are loaded as without a snapshot.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MeasureDef, PolicyDocument } from '../core/types.js';
import { packageRoot } from './paths.js';

export const SNAPSHOT_VERSION = 1;

export interface CatalogSnapshot {
  version: number;
  /** sha-1 over the name and bytes of each file in `files` */
  hash: string;
  /** the files hashed, relative to the package root */
  files: string[];
  documents: PolicyDocument[];
  measures: MeasureDef[];
}

/** Where the build writes the snapshot: next to the built modules (dist/), so a run from src/ has none. */
export const SNAPSHOT_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'catalog.json');

const POLICY_FILE = /\.ya?ml$/;

/**
 * The files the bundled catalog is made of, relative to `root`: every YAML file under
 * data/policies (as the loader's `**\/*.{yaml,yml}` finds them: no hidden ones), the registry,
 * the policy schema and the division table, in a fixed order.
 */
export function catalogFiles(root: string = packageRoot): string[] {
  const dir = join(root, 'data', 'policies');
  const policies = existsSync(dir)
    ? (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
        .map((name) => name.split('\\').join('/'))
        .filter((name) => POLICY_FILE.test(name) && !name.split('/').some((part) => part.startsWith('.')))
        .sort()
        .map((name) => `data/policies/${name}`)
    : [];
  // The division table too: the loader leaves out a document whose area code it lacks.
  return [...policies, 'data/measures.yaml', 'schemas/policy.schema.json', 'data/divisions/2024.txt'];
}

/** The content hash of `files` (names and bytes); a missing file counts as empty, named so. */
export function catalogHash(files: readonly string[], root: string = packageRoot): string {
  const hash = createHash('sha1');
  for (const name of files) {
    const file = join(root, name);
    hash.update(`${name}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : '(missing)');
    hash.update('\0');
  }
  return hash.digest('hex');
}

function isSnapshot(value: unknown): value is CatalogSnapshot {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<CatalogSnapshot>;
  return v.version === SNAPSHOT_VERSION && typeof v.hash === 'string' && Array.isArray(v.files) && Array.isArray(v.documents) && Array.isArray(v.measures);
}

/** The snapshot at `file` when it matches the files under `root` now, else null. */
export function readSnapshot(file: string = SNAPSHOT_FILE, root: string = packageRoot): CatalogSnapshot | null {
  if (!existsSync(file)) return null;
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (!isSnapshot(snapshot)) return null;
  const files = catalogFiles(root);
  if (files.join('\n') !== snapshot.files.join('\n')) return null;
  return catalogHash(files, root) === snapshot.hash ? snapshot : null;
}

let cached: { snapshot: CatalogSnapshot | null } | undefined;

/** The shipped snapshot when it is current, read once per process. */
export function bundledSnapshot(): CatalogSnapshot | null {
  cached ??= { snapshot: readSnapshot() };
  return cached.snapshot;
}
