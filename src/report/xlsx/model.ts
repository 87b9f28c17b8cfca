// Lookups that several sheets share, built once per workbook from the report context.
import type { Lang, Level, PolicyDocument, UnitRef } from '../../core/types.js';
import { WHOLE_AREA_LEVEL } from '../../i18n/xlsx.js';
import { catalogIndex } from '../catalog-index.js';
import { levelLabel } from '../labels.js';
import { unitNames } from '../names.js';
import type { CatalogItem } from '../catalog-index.js';
import type { ReportContext } from '../context.js';
import { REPORT_TEXT } from '../../i18n/report.js';
import { inParens } from '../../i18n/index.js';

export interface WorkbookModel {
  ctx: ReportContext;
  lang: Lang;
  catalog: Map<string, CatalogItem>;
  documents: Map<string, PolicyDocument>;
  /** code → name, from everything the context names */
  names: Map<string, string>;
}

export function buildModel(ctx: ReportContext): WorkbookModel {
  const names = unitNames(ctx);
  return {
    ctx,
    lang: ctx.lang,
    catalog: catalogIndex(ctx.documents),
    documents: new Map(ctx.documents.map((d) => [d.id, d])),
    names,
  };
}

/** The document's title with its number: `…方案（柳政办〔2023〕14号）`. */
export function documentTitle(doc: PolicyDocument, lang: Lang): string {
  if (!doc.number) return doc.title[lang];
  return `${doc.title[lang]}${inParens(lang, doc.number)}`;
}

/** A unit's own accounts and the whole area of the same code are different rows. */
export function unitKey(unit: Pick<UnitRef, 'code'>, aggregate: boolean): string {
  return `${aggregate ? 'A' : 'U'}:${unit.code}`;
}

/** The unit's name; a whole area says so (`柳州市（全域）`). */
export function unitName(unit: UnitRef, aggregate: boolean, lang: Lang): string {
  if (!aggregate) return unit.name;
  return `${unit.name}${inParens(lang, REPORT_TEXT.wholeArea[lang])}`;
}

/** `县级`, or `全市` for a whole area. */
export function levelText(level: Level, aggregate: boolean, lang: Lang): string {
  return aggregate ? WHOLE_AREA_LEVEL[level][lang] : levelLabel(level, lang);
}

/** Whole areas first, then units by code. */
export function compareUnits(a: { unit: UnitRef; aggregate: boolean }, b: { unit: UnitRef; aggregate: boolean }): number {
  if (a.aggregate !== b.aggregate) return a.aggregate ? -1 : 1;
  return a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : 0;
}

/** Results grouped by a key, in the order they come. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The documents in the order of the context, then any document a result names that the context lacks. */
export function documentIds(model: WorkbookModel): string[] {
  const ids = model.ctx.documents.map((d) => d.id);
  const seen = new Set(ids);
  for (const r of model.ctx.evaluation.results) {
    if (!seen.has(r.document)) {
      seen.add(r.document);
      ids.push(r.document);
    }
  }
  return ids;
}

