// How much room a text takes on the printed page, estimated without a browser: the HTML report lays
// its pages out itself (html/pages.ts), so that the number of pages is known when the file is written.
// Estimates err on the large side: a Chinese character takes one em in every face, a Latin one at most
// 0.62 em (DejaVu Sans, the widest of the faces the page names or falls back to, averages 0.6).

/** Millimetres in a typographic point. */
export const MM_PER_PT = 25.4 / 72;

/** The width of a text, in ems of its font. */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) width += ch === ' ' ? 0.32 : 0.62;
    else if (cp < 0x2e80 && !(cp >= 0x2000 && cp <= 0x27ff)) width += 0.7;
    else width += 1;
  }
  return width;
}

/** The width of a text set at `pt` points, in millimetres. */
export function textWidthMm(text: string, pt: number): number {
  return emWidth(text) * pt * MM_PER_PT;
}

/** How many lines a text takes in a column `widthMm` wide at `pt` points (at least one; a break in the text starts a line). */
export function lineCount(text: string, widthMm: number, pt: number): number {
  if (widthMm <= 0) return 1;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    // a line breaks between words or characters, never beyond the width: a tenth of a line is lost to a break
    lines += Math.max(1, Math.ceil((textWidthMm(paragraph, pt) * 1.1) / widthMm));
  }
  return Math.max(1, lines);
}

/** The height of `lines` lines of text set at `pt` points with the page's line height. */
export function linesHeightMm(lines: number, pt: number, lineHeight = 1.4): number {
  return lines * pt * lineHeight * MM_PER_PT;
}
