// The Excel workbook: Overview, Results, one sheet per document, Trends, Data, Targets (and Problems
// when there are any). Written with exceljs's streaming writer, sheet by sheet, so that a national
// data set never sits in memory as a workbook; exceljs itself loads only when a workbook is asked for.
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
import { SHEET_NAMES, XLSX_TEXT } from '../i18n/xlsx.js';

/** The sheet names, in the order the sheets are written; a document's sheet is named after its id. */
export function sheetNames(ctx: ReportContext, model: WorkbookModel = buildModel(ctx)): { key: string; name: string }[] {
  const used = new Set<string>();
  const fixed = (['overview', 'results', 'trends', 'data', 'targets', 'problems'] as const).map((key) => ({
    key,
    name: sheetName(SHEET_NAMES[key][ctx.lang], used),
  }));
  const byKey = new Map(fixed.map((f) => [f.key, f.name]));
  const docs = documentIds(model)
    .filter((id) => model.documents.has(id))
    .map((id) => ({ key: `document:${id}`, name: sheetName(id, used) }));
  const named = (key: (typeof fixed)[number]['key']) => ({ key, name: byKey.get(key) ?? key });
  return [
    named('overview'),
    named('results'),
    ...docs,
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
  (wb as unknown as { language: string }).language = ctx.lang === 'zh' ? 'zh-CN' : 'en';
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
  try {
    setProperties(wb, ctx);
    const model = buildModel(ctx);
    for (const { key, name } of sheetNames(ctx, model)) {
      if (key === 'overview') await writeOverview(wb, name, model);
      else if (key === 'results') await writeResults(wb, name, model);
      else if (key === 'trends') await writeTrends(wb, name, model);
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
}
