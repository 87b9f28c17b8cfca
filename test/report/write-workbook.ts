// The workbook written as the check command writes it: rendered into a temporary file by
// report/xlsx.ts, put in place (or refused) by output/atomic-write.ts.
import { writeAtomic } from '../../src/output/atomic-write.js';
import { localize } from '../../src/i18n/index.js';
import { OUTPUT_TEXT } from '../../src/i18n/output.js';
import type { ReportContext } from '../../src/report/context.js';
import { writeWorkbookFile } from '../../src/report/xlsx.js';

export async function writeWorkbook(ctx: ReportContext, path: string, inputs: readonly string[] = []): Promise<void> {
  await writeAtomic(path, (tmp) => writeWorkbookFile(ctx, tmp), { cwd: process.cwd(), messages: localize(OUTPUT_TEXT, ctx.lang), inputs });
}
