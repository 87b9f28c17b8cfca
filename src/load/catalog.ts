// Where the catalog comes from, answered in one place: the bundled documents, the measure registry
// and the division table as the build's snapshot holds them (boot/snapshot.ts) while data/ and the
// policy schema still match it, else read from data/ and checked; then the documents of each
// `--policies DIR`, always read and checked.
import { resolve } from 'node:path';
import type { Divisions, Lang, MeasureDef, PolicyDocument, Problem } from '../core/types.js';
import { bundledSnapshot } from '../boot/snapshot.js';
import { DivisionTable } from './division-table.js';
import { loadDivisions } from './divisions.js';
import { loadMeasures } from './measures.js';
import { loadPolicies } from './policies.js';

export interface Catalog {
  documents: PolicyDocument[];
  divisions: Divisions;
  measures: ReadonlyMap<string, MeasureDef>;
  problems: Problem[];
  /** every policy file of the run, absolute (an input: no report may be written over one) */
  files: string[];
}

interface Bundled {
  /** the bundled documents, already checked; null when they are to be read from data/policies */
  documents: readonly PolicyDocument[] | null;
  divisions: Divisions;
  measures: ReadonlyMap<string, MeasureDef>;
}

let bundled: Bundled | undefined;

/** The bundled part of the catalog, made once per process: from the snapshot while it is current. */
function bundledCatalog(): Bundled {
  if (bundled) return bundled;
  const snapshot = bundledSnapshot();
  bundled = snapshot
    ? {
        documents: snapshot.documents,
        divisions: new DivisionTable(snapshot.divisions),
        measures: new Map(snapshot.measures.map((def) => [def.id, def])),
      }
    : { documents: null, divisions: loadDivisions(), measures: loadMeasures() };
  return bundled;
}

/**
 * The bundled division table and measures, the same objects on every call: what a load worker
 * knows (src/load/parallel/), so that a run given other tables reads its files in its own thread.
 */
export function bundledTables(): Pick<Bundled, 'divisions' | 'measures'> {
  return bundledCatalog();
}

/** The bundled documents plus those of `--policies DIR`, the division table and the measures. */
export async function loadCatalog(policyDirs: readonly string[], lang: Lang, cwd: string): Promise<Catalog> {
  const { documents: bundledDocuments, divisions, measures } = bundledCatalog();
  const { documents, problems, files } = await loadPolicies(
    policyDirs.map((dir) => resolve(cwd, dir)),
    { lang, cwd, divisions, measures, ...(bundledDocuments ? { bundledDocuments } : {}) },
  );
  return { documents, problems, files, divisions, measures };
}
