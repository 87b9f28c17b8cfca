// What every section of the HTML report looks up: the workbook's lookups (catalog, documents, names),
// the trend charts chosen, who is late, and each result's unit of measure.
import { lateUnits } from '../../core/late.js';
import type { LateReport } from '../../core/late.js';
import type { Result, ValueUnit } from '../../core/types.js';
import type { ReportContext } from '../context.js';
import { valueUnitOf } from '../catalog-index.js';
import { UNIT_CHART_LIMIT, selectTrends } from '../trend-selection.js';
import type { TrendSelection } from '../trend-selection.js';
import { buildModel, documentIds } from '../xlsx/model.js';
import type { WorkbookModel } from '../xlsx/model.js';

export interface HtmlModel extends WorkbookModel {
  /** document ids in the order of the run, then any a result names */
  docIds: string[];
  selection: TrendSelection;
  /** the most unit charts drawn */
  chartLimit: number;
  late: LateReport[];
  unitOf(r: Pick<Result, 'target' | 'value' | 'rule'>): ValueUnit;
}

export function buildHtmlModel(ctx: ReportContext, chartLimit = UNIT_CHART_LIMIT): HtmlModel {
  const base = buildModel(ctx);
  return {
    ...base,
    docIds: documentIds(base),
    chartLimit,
    selection: selectTrends(ctx.evaluation.results, ctx.documents, chartLimit),
    late: lateUnits(ctx.documents, ctx.reports, ctx.unreported),
    unitOf: (r) => valueUnitOf(r.target, base.catalog, { value: r.value, rule: r.rule }),
  };
}

/** The prefecture (or province) a result belongs to: a whole area is its own. */
export function areaOf(r: Result): string {
  if (r.aggregate || r.unit.level === 'province') return r.unit.code;
  return `${r.unit.code.slice(0, 4)}00`;
}
