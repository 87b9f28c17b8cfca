// What the tests know of the catalog, read from data/ itself: the documents of data/policies, the
// measures of data/measures.yaml and the manifest (data/manifest.yaml). A test that needs the list
// of documents, target ids or measures takes it from here, never from a list of its own, so that a
// plan or a measure added to data/ needs no test changed.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A document as its YAML file holds it. */
export interface RawDocument {
  id: string;
  number: string | null;
  issued: string;
  area: { prefix: string; code: string; name: string };
  source: string;
  targets: { id: string; scope: string; levels?: string[]; formula: { numerator: string[]; denominator?: string[] } }[];
  indicators?: { id: string; scope: string; levels?: string[]; formula: { numerator: string[]; denominator?: string[] } }[];
}

/** One document's entry of data/manifest.yaml. */
export interface ManifestEntry {
  /** sha-256 of data/plans/<id>.txt */
  plan: string;
  targets: string[];
  indicators: string[];
  /** numeric targets whose threshold is a reading of the plan's words, not a figure in the quote */
  thresholdFromWords: string[];
}

/** The bundled documents, by file name order (`chaoyang-2023.yaml`, …). */
export function catalogDocuments(): { file: string; doc: RawDocument }[] {
  return readdirSync(join(ROOT, 'data', 'policies'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, doc: parse(readFileSync(join(ROOT, 'data', 'policies', file), 'utf8')) as RawDocument }));
}

/** The ids of the bundled documents, sorted. */
export function documentIds(): string[] {
  return catalogDocuments().map(({ doc }) => doc.id).sort();
}

/** Every full target id (`<document>/<slug>`) of the bundled documents. */
export function targetIds(): string[] {
  return catalogDocuments().flatMap(({ doc }) => doc.targets.map((t) => `${doc.id}/${t.id}`));
}

/** data/manifest.yaml, by document id. */
export function manifest(): Record<string, ManifestEntry> {
  return parse(readFileSync(join(ROOT, 'data', 'manifest.yaml'), 'utf8')) as Record<string, ManifestEntry>;
}

/** The measure ids of data/measures.yaml, in its order. */
export function measureIds(): string[] {
  return Object.keys(parse(readFileSync(join(ROOT, 'data', 'measures.yaml'), 'utf8')) as Record<string, unknown>);
}
