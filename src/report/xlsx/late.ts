// The Late sheet: for each document, the units that sent no file for the area's latest month (with
// the month of their last file) and those that never sent one.
import type { Workbook } from 'exceljs';
import { lateUnits } from '../../core/late.js';
import { header, XLSX_TEXT } from '../../i18n/xlsx.js';
import { localize } from '../../i18n/index.js';
import type { WorkbookModel } from './model.js';
import { finishPrint, headerHeight, pageSetupFor } from './print.js';
import type { RowGroup } from './print.js';
import { RowWriter, ignoreNumbersAsText } from './sheet.js';
import type { CellInput } from './sheet.js';
import { style } from './styles.js';

const WIDTHS = [16, 14, 10, 28, 14, 14];

export async function writeLate(wb: Workbook, name: string, model: WorkbookModel): Promise<void> {
  const { lang, ctx } = model;
  const late = lateUnits(ctx.documents, ctx.reports, ctx.unreported);
  const print = pageSetupFor(model, WIDTHS, { titleRows: '1:1' });
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }], pageSetup: print.pageSetup, headerFooter: print.headerFooter });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const out = new RowWriter(ws);
  const heads = [header(lang, 'document'), header(lang, 'area'), header(lang, 'code'), header(lang, 'unitName'), header(lang, 'status'), localize(XLSX_TEXT, lang).lastFile];
  await out.add(
    heads.map((h) => ({ value: h, style: style({ header: true }) })),
    { height: headerHeight(heads, WIDTHS) },
  );
  const groups: RowGroup[] = [];
  let count = 0;
  for (const l of late) {
    const area = model.documents.get(l.document)?.area.name ?? null;
    const first = out.rowCount + 1;
    for (const u of l.late) {
      await out.add([l.document, area, u.code, u.name, { value: localize(XLSX_TEXT, lang).lateStatus({ period: l.period ?? '' }), style: style({ status: 'at-risk' }) }, u.lastPeriod]);
    }
    for (const u of l.never) {
      await out.add([l.document, area, u.code, u.name, { value: localize(XLSX_TEXT, lang).neverStatus, style: style({ status: 'missed' }) }, null]);
    }
    count += l.late.length + l.never.length;
    if (out.rowCount >= first) groups.push({ first, last: out.rowCount });
  }
  if (count === 0) await out.add([{ value: localize(XLSX_TEXT, lang).noneUnreported, style: style({ italic: true, muted: true }) } as CellInput]);
  finishPrint(ws, print, out.rowCount, groups, 2);
  ignoreNumbersAsText(ws, `C1:C${Math.max(1, out.rowCount)}`);
  ws.commit();
}
