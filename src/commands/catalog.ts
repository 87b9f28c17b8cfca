import { resolve } from 'node:path';
import type { Division, Lang, MeasureDef, PolicyDocument, Problem } from '../core/types.js';
import { loadDivisions } from '../load/divisions.js';
import { loadMeasures } from '../load/measures.js';
import { loadPolicies } from '../load/policies.js';
import { bundledSnapshot } from '../load/snapshot.js';

export interface Catalog {
  documents: PolicyDocument[];
  divisions: ReadonlyMap<string, Division>;
  measures: ReadonlyMap<string, MeasureDef>;
  problems: Problem[];
  /** every policy file of the run, absolute (an input: no report may be written over one) */
  files: string[];
}

/** The bundled documents plus those of `--policies DIR`, the division table and the measures. */
export async function loadCatalog(policyDirs: readonly string[], lang: Lang, cwd: string): Promise<Catalog> {
  const divisions = loadDivisions();
  const measures = loadMeasures();
  // The build's snapshot of the bundled documents, while data/ and the schema still match it.
  const bundledDocuments = bundledSnapshot()?.documents;
  const { documents, problems, files } = await loadPolicies(
    policyDirs.map((dir) => resolve(cwd, dir)),
    { lang, cwd, divisions, measures, ...(bundledDocuments ? { bundledDocuments } : {}) },
  );
  return { documents, problems, files, divisions, measures };
}
