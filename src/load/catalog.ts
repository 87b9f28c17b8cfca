// Where the catalog comes from, answered in one place: the bundled documents, the measure registry
// and the division table as the build's snapshot holds them (boot/snapshot.ts) while data/ and the
// policy schema still match it, else read from data/ and checked; then the documents of each
// `--policies DIR`, always read and checked.
import { resolve } from 'node:path';
import type { Divisions, MeasureDef, PolicyDocument } from '../core/types.js';
import { bundledCatalog } from './bundled-catalog.js';
import { loadPolicies } from './policies.js';
import type { Problem } from '../shared/problem.js';

export interface Catalog {
  documents: PolicyDocument[];
  divisions: Divisions;
  measures: ReadonlyMap<string, MeasureDef>;
  problems: Problem[];
  /** every policy file of the run, absolute (an input: no report may be written over one) */
  files: string[];
}

/** The bundled documents plus those of `--policies DIR`, the division table and the measures. */
export async function loadCatalog(policyDirs: readonly string[], cwd: string): Promise<Catalog> {
  const { documents: bundledDocuments, divisions, measures } = bundledCatalog();
  const { documents, problems, files } = await loadPolicies(
    policyDirs.map((dir) => resolve(cwd, dir)),
    { cwd, divisions, measures, ...(bundledDocuments ? { bundledDocuments } : {}) },
  );
  return { documents, problems, files, divisions, measures };
}
