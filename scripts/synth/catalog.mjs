// What the generator takes from the catalog in data/: the measures (data/measures.yaml, in their
// order), and each plan's area with the targets its documents set (data/manifest.yaml lists the
// documents, data/policies/<id>.yaml holds them). Nothing here is a copy of a catalog fact.

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const DATA = new URL('../../data/', import.meta.url);

/**
 * The area a document covers, named after the document (`liuzhou-2023` → `liuzhou`): the name seeds
 * the area's shared factors, so it must stay the same from run to run. Documents with the same area
 * prefix form one area, named after the first.
 */
const areaKeyOf = (documentId) => documentId.replace(/-\d{4}$/, '');

function readYaml(url) {
  return parse(readFileSync(url, 'utf8'));
}

let cached = null;

/**
 * `{measures, measureIds, areas}`: `measures` the entries of data/measures.yaml by id, `measureIds`
 * their ids in file order, `areas` one entry per area prefix, `{key, prefix, targets}`, `targets`
 * every target and indicator of the area's documents (as written in data/policies).
 */
export function synthCatalog() {
  if (cached) return cached;
  const measures = readYaml(new URL('measures.yaml', DATA));
  const manifest = readYaml(new URL('manifest.yaml', DATA));
  const byPrefix = new Map();
  for (const id of Object.keys(manifest)) {
    const doc = readYaml(new URL(`policies/${id}.yaml`, DATA));
    const prefix = String(doc.area.prefix);
    if (!byPrefix.has(prefix)) byPrefix.set(prefix, { key: areaKeyOf(doc.id), prefix, targets: [] });
    byPrefix.get(prefix).targets.push(...(doc.targets ?? []), ...(doc.indicators ?? []));
  }
  cached = { measures, measureIds: Object.keys(measures), areas: [...byPrefix.values()] };
  return cached;
}

/** The measures a target reads (its formula's numerator and denominator). */
export function targetMeasures(target) {
  return [...(target.formula?.numerator ?? []), ...(target.formula?.denominator ?? [])];
}

/**
 * The levels whose units report what `target` reads of `measureId`: a target set for each county or
 * for named levels is reported at those levels; a whole-area target by every level that holds the
 * measure (data/measures.yaml `levels`).
 */
export function reportingLevels(target, measureId, measures) {
  const holds = measures[measureId]?.levels ?? [];
  const levels = target.scope === 'each-county' ? ['county'] : target.scope === 'each-level' ? (target.levels ?? []) : holds;
  return levels.filter((level) => holds.includes(level));
}
