// How much room a text takes on the printed page, estimated without a browser: the HTML report lays
// its pages out itself (html/pages.ts), so that the number of pages is known when the file is written.
// Estimates err on the large side: a Chinese character takes one em in every face, a Latin one the
// width it has in DejaVu Sans, the widest of the faces the page names or falls back to.

/** Millimetres in a typographic point. */
export const MM_PER_PT = 25.4 / 72;

/**
 * The printable ASCII characters' advance widths in DejaVu Sans, in thousandths of an em (space to `~`):
 * an `i` is under half an `m`, and ids, paths and figures are mostly narrow letters and digits.
 */
const ASCII_WIDTHS = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, // space ! " # $ % & ' ( ) * + , - . /
  636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, // 0-9 : ; < = > ?
  1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, // @ A-O
  603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, // P-Z [ \ ] ^ _
  500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, // ` a-o
  635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, // p-z { | } ~
] as const;

/** The width of a text, in ems of its font. */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) width += (ASCII_WIDTHS[cp - 0x20] ?? 620) / 1000;
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

const ENTITY_TEXT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#8195': '\u2003' };

/**
 * The text of a piece of the report's own HTML as it is measured: a line per `<br>` or `<div>`, the
 * tags dropped, the entities read; a status badge counts two letters more for its padding.
 */
export function htmlLines(html: string): string[] {
  return html
    .replace(/<span class="badge[^>]*>/g, 'xx')
    .replace(/<br>|<\/div><div[^>]*>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#8195);/g, (_, e: string) => ENTITY_TEXT[e] ?? '')
    .split('\n');
}

/** The cells of a table row of the report's own HTML: each one's content and the columns it spans. */
export function rowCells(rowHtml: string): { html: string; span: number }[] {
  return [...rowHtml.matchAll(/<t[dh]\b([^>]*)>([\s\S]*?)<\/t[dh]>/g)].map((m) => ({
    html: m[2] ?? '',
    span: Number(/colspan="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 1),
  }));
}

/** How many lines the tallest cell of a row takes when its cells wrap in columns of these widths (mm). */
export function rowLines(cells: readonly { html: string; span: number }[], widths: readonly number[], pt: number, paddingMm: number): number {
  let column = 0;
  let lines = 1;
  for (const cell of cells) {
    const width = widths.slice(column, column + cell.span).reduce((a, b) => a + b, 0);
    column += cell.span;
    const text = htmlLines(cell.html).join('\n');
    lines = Math.max(lines, lineCount(text, width - paddingMm, pt));
  }
  return lines;
}
