// A report's context with every text that came from the input made printable (src/printable.ts):
// on one line, the problems (file names, keys and values quoted), the baseline's gone entries and
// the file names of results and reports; line breaks kept, the documents (those of `--policies`
// are the user's text). Names of
// units, ids of targets and measures come from the bundled tables or are checked to be plain. Used
// for every text format; JSON escapes for itself (printableJson), the workbook in each cell (safeText).
import { hasControls, oneLine, printableData } from './printable.js';
import type { ReportContext } from './context.js';

function withFile<T extends { source: { file: string; line: number } | null }>(items: T[]): T[] {
  let copy: T[] | null = null;
  items.forEach((item, i) => {
    if (item.source !== null && hasControls(item.source.file)) {
      (copy ??= items.slice())[i] = { ...item, source: { ...item.source, file: oneLine(item.source.file) } };
    }
  });
  return copy ?? items;
}

export function printableContext(ctx: ReportContext): ReportContext {
  const reports = ctx.reports.some((r) => hasControls(r.file))
    ? ctx.reports.map((r) => (hasControls(r.file) ? { ...r, file: oneLine(r.file) } : r))
    : ctx.reports;
  return {
    ...ctx,
    problems: printableData(ctx.problems, oneLine),
    documents: printableData(ctx.documents),
    gone: printableData(ctx.gone, oneLine),
    reports,
    evaluation: { ...ctx.evaluation, results: withFile(ctx.evaluation.results), indicative: withFile(ctx.evaluation.indicative) },
  };
}
