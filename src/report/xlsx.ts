// The Excel workbook: Overview, Charts, Results, one sheet per document, Units, Late, Trends, Data,
// Targets (and Problems when there are any), each set up to print on A4. Written with exceljs's
// streaming writer, sheet by sheet, so that a national data set never sits in memory as a workbook;
// exceljs itself loads only when a workbook is asked for. Fonts and native charts are added after.
import { SHEET_NAMES, XLSX_TEXT } from '../i18n/xlsx.js';
import { localize, LOCALE_TAGS } from '../i18n/index.js';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Workbook } from 'exceljs';
import type { ReportContext } from './context.js';
import { isoDate } from './xlsx/cells.js';
import { writeData } from './xlsx/data.js';
import { writeDocumentSheet } from './xlsx/document.js';
import { buildModel, documentIds } from './xlsx/model.js';
import type { WorkbookModel } from './xlsx/model.js';
import { writeOverview } from './xlsx/overview.js';
import { writeProblems } from './xlsx/problems.js';
import { writeResults } from './xlsx/results.js';
import { sheetName } from './xlsx/sheet.js';
import { writeTargets } from './xlsx/targets.js';
import { writeTrends } from './xlsx/trends.js';
import { chartSpecs, layoutCharts, pickCharts, writeChartsSheet } from './xlsx/charts.js';
import { finishWorkbook } from './xlsx/finish.js';
import { writeLate } from './xlsx/late.js';
import type { NativeChartSpec } from './xlsx/native-charts/index.js';
import { planTrends } from './xlsx/trend-plan.js';
import { writeUnits } from './xlsx/units.js';

/**
 * The sheet names, in the order the sheets are written, in the run's language; a document's sheet is
 * named after its area and year in Chinese (`柳州市（2023）`), after its id in English.
 */
export function sheetNames(ctx: ReportContext, model: WorkbookModel = buildModel(ctx)): { key: string; name: string }[] {
  const used = new Set<string>();
  const fixed = (['overview', 'charts', 'results', 'units', 'late', 'trends', 'data', 'targets', 'problems'] as const).map((key) => ({
    key,
    name: sheetName(SHEET_NAMES[key][ctx.lang], used),
  }));
  const byKey = new Map(fixed.map((f) => [f.key, f.name]));
  const docs = documentIds(model)
    .filter((id) => model.documents.has(id))
    .map((id) => {
      const doc = model.documents.get(id);
      const tab = doc ? localize(XLSX_TEXT, ctx.lang).documentTab({ area: doc.area.name, year: doc.issued.slice(0, 4), id }) : id;
      return { key: `document:${id}`, name: sheetName(tab, used) };
    });
  const named = (key: (typeof fixed)[number]['key']) => ({ key, name: byKey.get(key) ?? key });
  return [
    named('overview'),
    named('charts'),
    named('results'),
    ...docs,
    named('units'),
    named('late'),
    named('trends'),
    named('data'),
    named('targets'),
    ...(ctx.problems.length > 0 ? [named('problems')] : []),
  ];
}

function setProperties(wb: Workbook, ctx: ReportContext): void {
  // dates from the as-of date, never the clock: the same input gives the same workbook
  const date = isoDate(ctx.evaluation.asOf) ?? new Date(0);
  wb.creator = ctx.tool.name;
  wb.lastModifiedBy = ctx.tool.name;
  wb.created = date;
  wb.modified = date;
  wb.title = `${XLSX_TEXT.workbookTitle[ctx.lang]} ${ctx.evaluation.asOf}`;
  wb.subject = XLSX_TEXT.subject({ date: ctx.evaluation.asOf })[ctx.lang];
  wb.keywords = ctx.documents.map((d) => d.id).join(' ');
  wb.description = `${ctx.tool.name} ${ctx.tool.version}`;
  (wb as unknown as { language: string }).language = LOCALE_TAGS.document[ctx.lang];
}

/** Writes the whole workbook to `file`; resolves once the file is complete and closed. */
export async function writeWorkbookFile(ctx: ReportContext, file: string): Promise<void> {
  // Only the streaming writer: exceljs's main entry also loads its readers (unzipper and more), which
  // was a third of a sample-set workbook's time. The deep path is stable: exceljs is pinned exactly.
  const { default: WorkbookWriter } = await import('exceljs/lib/stream/xlsx/workbook-writer.js');
  const stream = createWriteStream(file);
  const closed = once(stream, 'close');
  closed.catch(() => undefined);
  const wb = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  let charts: NativeChartSpec[] = [];
  try {
    setProperties(wb, ctx);
    const model = buildModel(ctx);
    const names = sheetNames(ctx, model);
    const nameOf = (key: string) => names.find((n) => n.key === key)?.name ?? key;
    // the charts read the Trends sheet: where its cells stand is worked out before any sheet is written
    const picks = pickCharts(model);
    const plan = planTrends(model, new Set(picks.flatMap((p) => p.results)));
    const layout = layoutCharts(picks);
    charts = chartSpecs(model, layout, plan, { charts: nameOf('charts'), trends: nameOf('trends') });
    for (const { key, name } of names) {
      if (key === 'overview') await writeOverview(wb, name, model, { results: nameOf('results'), units: nameOf('units'), late: nameOf('late') });
      else if (key === 'charts') await writeChartsSheet(wb, name, model, layout);
      else if (key === 'results') await writeResults(wb, name, model);
      else if (key === 'units') await writeUnits(wb, name, model);
      else if (key === 'late') await writeLate(wb, name, model);
      else if (key === 'trends') await writeTrends(wb, name, model, plan);
      else if (key === 'data') await writeData(wb, name, model, ctx.measures);
      else if (key === 'targets') await writeTargets(wb, name, model);
      else if (key === 'problems') await writeProblems(wb, name, model);
      else {
        const doc = model.documents.get(key.slice('document:'.length));
        if (doc) await writeDocumentSheet(wb, name, doc, model);
      }
    }
    await wb.commit();
  } catch (error) {
    stream.destroy();
    await closed.catch(() => undefined);
    throw error;
  }
  await closed;
  // every font named, and the native charts: in one pass over the finished file
  await finishWorkbook(file, { lang: ctx.lang, charts });
}
