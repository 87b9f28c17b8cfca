// What the workbook gets once exceljs has written it, in one pass over its zip: every font named
// (xlsx/fonts.ts) and the native charts (native-charts/). Untouched parts keep their compressed bytes.
import { readFile, writeFile } from 'node:fs/promises';
import type { Lang } from '../../core/types.js';
import { nameFonts } from './fonts.js';
import { addChartsToZip } from './native-charts/index.js';
import type { NativeChartSpec } from './native-charts/index.js';

export async function finishWorkbook(file: string, options: { lang: Lang; charts: readonly NativeChartSpec[] }): Promise<void> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(await readFile(file));
  const styles = zip.file('xl/styles.xml');
  if (!styles) throw new Error('the workbook has no xl/styles.xml');
  const date = zip.file('[Content_Types].xml')?.date ?? styles.date;
  zip.file('xl/styles.xml', nameFonts(await styles.async('string'), options.lang), { date, createFolders: false });
  await addChartsToZip(zip, options.charts);
  await writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
}
