// The bundled part of the catalog (documents, measures, division table), made once per process:
// from the build's snapshot (boot/snapshot.ts) while data/ still matches it, else read from data/.
// Apart from load/catalog.ts, so that what a load worker knows (load/parallel/) is reached without
// the policy loader.
import type { Divisions, MeasureDef, PolicyDocument } from '../core/types.js';
import { bundledSnapshot } from '../boot/snapshot.js';
import { DivisionTable } from './division-table.js';
import { loadDivisions } from './divisions.js';
import { loadMeasures } from './measures.js';

export interface Bundled {
  /** the bundled documents, already checked; null when they are to be read from data/policies */
  documents: readonly PolicyDocument[] | null;
  divisions: Divisions;
  measures: ReadonlyMap<string, MeasureDef>;
}

let bundled: Bundled | undefined;

/** The bundled part of the catalog, made once per process: from the snapshot while it is current. */
export function bundledCatalog(): Bundled {
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
