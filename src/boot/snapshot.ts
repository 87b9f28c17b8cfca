// The bundled catalog as `npm run build` prepared it (dist/catalog.json): the documents of
// data/policies as loadPolicies returns them, the measure registry and the division table, with
// a stamp (./stamp.ts) of each file they came from. A run whose files all match their stamps
// takes them from here instead of parsing and validating YAML; any change (an edited or added
// document, a new schema) misses, and the files are loaded as without a snapshot.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MeasureDef, PolicyDocument } from '../core/types.js';
import { packageRoot } from '../shared/paths.js';
import { matchesStamp, stampOf, type FileStamp } from './stamp.js';

export const SNAPSHOT_VERSION = 2;

export interface CatalogSnapshot {
  version: number;
  /** the files the catalog was made of, relative to the package root, with their stamps */
  stamps: Record<string, FileStamp | null>;
  documents: PolicyDocument[];
  measures: MeasureDef[];
  /** the division table's text as DivisionTable.text writes it */
  divisions: string;
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
  const policies: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (POLICY_FILE.test(entry.name)) policies.push(`${prefix}${entry.name}`);
    }
  };
  walk(join(root, 'data', 'policies'), 'data/policies/');
  // The division table too: the loader leaves out a document whose area code it lacks.
  return [...policies.sort(), 'data/measures.yaml', 'schemas/policy.schema.json', 'data/divisions/2024.txt'];
}

/** The stamps of `files` under `root`, as the build records them. */
export function catalogStamps(files: readonly string[], root: string = packageRoot): Record<string, FileStamp | null> {
  return Object.fromEntries(files.map((name) => [name, stampOf(join(root, name))]));
}

function isSnapshot(value: unknown): value is CatalogSnapshot {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<CatalogSnapshot>;
  return (
    v.version === SNAPSHOT_VERSION &&
    v.stamps !== null && typeof v.stamps === 'object' &&
    Array.isArray(v.documents) && Array.isArray(v.measures) && typeof v.divisions === 'string'
  );
}

/** The snapshot at `file` when it matches the files under `root` now, else null. */
export function readSnapshot(file: string = SNAPSHOT_FILE, root: string = packageRoot): CatalogSnapshot | null {
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (!isSnapshot(snapshot)) return null;
  const files = catalogFiles(root);
  const recorded = Object.keys(snapshot.stamps);
  if (files.join('\n') !== recorded.join('\n')) return null;
  return files.every((name) => matchesStamp(join(root, name), snapshot.stamps[name] ?? null)) ? snapshot : null;
}

let cached: { snapshot: CatalogSnapshot | null } | undefined;

/** The shipped snapshot when it is current, read once per process. */
export function bundledSnapshot(): CatalogSnapshot | null {
  cached ??= { snapshot: readSnapshot() };
  return cached.snapshot;
}
