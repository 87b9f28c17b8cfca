// What the tests of the workbook take from the Office Open XML standard, written out here rather than
// taken from the code under test: the order of a worksheet's children, and whether LibreOffice is there.
import { execFileSync } from 'node:child_process';

/** CT_Worksheet (ECMA-376 part 1, 18.3.1.99): the order of a worksheet's parts. */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
] as const;

let soffice: string | null | undefined;

/** `soffice --version`'s major.minor ('7.4'), '' when it answers without one, null when it does not answer. */
function probe(): string | null {
  if (soffice === undefined) {
    try {
      const text = execFileSync('soffice', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
      soffice = /LibreOffice (\d+\.\d+)/.exec(text)?.[1] ?? '';
    } catch {
      soffice = null;
    }
  }
  return soffice;
}

/**
 * LibreOffice's `soffice` answers (CI installs libreoffice-calc-nogui, see .ci/run). Asked once a
 * process (`soffice --version` costs a third of a second of CPU), whichever files of a worker ask.
 */
export function hasSoffice(): boolean {
  return probe() !== null;
}

/** LibreOffice's version as its profile records it ('7.4'), null when unknown (see soffice.ts). */
export function sofficeVersion(): string | null {
  const version = probe();
  return version === null || version === '' ? null : version;
}
