// The targets and indicators of the documents by full id, for reports that name a result's target.
import type { Deadline, Indicator, Lang, PolicyDocument, Rule, Target, ValueUnit } from '../core/types.js';

// ---------------------------------------------------------------- the catalog

export type CatalogItem = Target | Indicator;

/** Every target and indicator of the documents, by full id. */
export function catalogIndex(documents: readonly PolicyDocument[]): Map<string, CatalogItem> {
  const index = new Map<string, CatalogItem>();
  for (const doc of documents) {
    for (const t of doc.targets) index.set(t.id, t);
    for (const i of doc.indicators) if (!index.has(i.id)) index.set(i.id, i);
  }
  return index;
}

/** The indicator's name in the run's language, else the id itself. */
export function indicatorName(id: string, index: ReadonlyMap<string, CatalogItem>, lang: Lang): string {
  return index.get(id)?.indicator[lang] ?? id;
}

/** The value unit of a target or indicator; booleans and shares are inferred without a catalog entry. */
export function valueUnitOf(
  id: string,
  index: ReadonlyMap<string, CatalogItem>,
  fallback: { value: number | boolean | null; rule?: Rule },
): ValueUnit {
  const known = index.get(id)?.unit;
  if (known) return known;
  if (typeof fallback.value === 'boolean' || typeof fallback.rule?.threshold === 'boolean') return 'boolean';
  return 'count';
}

export function deadlineOf(id: string, index: ReadonlyMap<string, CatalogItem>): Deadline | undefined {
  const item = index.get(id);
  return item && 'deadline' in item ? item.deadline : undefined;
}
