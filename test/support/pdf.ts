// Reading a PDF in a test with poppler's tools (pdfinfo, pdftotext, pdftoppm): its page count, its
// text, a page as PNG. CI installs them (`apt-get install poppler-utils`, see .ci/run); without them,
// `hasPoppler()` is false and a test skips itself.
import { execFileSync } from 'node:child_process';

export function hasPoppler(): boolean {
  try {
    for (const tool of ['pdfinfo', 'pdftotext', 'pdftoppm']) execFileSync(tool, ['-v'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', timeout: 60_000 });
  const pages = /^Pages:\s+(\d+)$/m.exec(info)?.[1];
  if (pages === undefined) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(pages);
}

/** The text of every page (UTF-8, in reading order as poppler sees it). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
}

/** One page as a PNG at `dpi`, written to `<prefix>.png`; returns that path. */
export function pdfPageToPng(file: string, page: number, prefix: string, dpi = 80): string {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix], { timeout: 120_000 });
  return `${prefix}.png`;
}
