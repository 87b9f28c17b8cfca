// The HTML report's look, and the geometry its page layout (html/pages.ts) counts on: every height
// below is the room a piece takes on an A4 sheet, in millimetres, matched by the style sheet.
import { STATUSES } from '../../core/types.js';
import { CHART_INK, STATUS_PALETTE } from '../status-palette.js';

/** A4 portrait: 184 mm of text across, 268 mm down (2 mm of the body left free for rounding). */
export const PAGE = { width: 210, height: 297, top: 12, side: 13, bottom: 8, foot: 5, body: 270, usable: 268, content: 184 } as const;

/** Sizes in points and the room each piece takes, in millimetres. */
export const TYPE = {
  bodyPt: 8.5,
  smallPt: 7.5,
  /** a heading of a section (h2), its rule and margin */
  h2: 11,
  /** a heading inside a section (h3) */
  h3: 9.5,
  /** one table row of one line: a line, the cell's padding and its rule (4.83 in Chromium) */
  row: 4.9,
  /** a table's head of one line, and the margin under the table */
  tableHead: 5.6,
  tableGap: 3,
  /** a line of small text inside a wrapped cell (7.5 pt × 1.35: 3.57) */
  smallLine: 3.6,
  /** a table cell's padding above and below its lines, and its rule (1 + 0.2) */
  rowPadding: 1.3,
  /** a paragraph's line and the margin under it */
  line: 4.2,
  paragraphGap: 2,
} as const;

/** A trend chart: its SVG's size in pixels, and the card that holds it with its three lines of figures
 * (taller when a line wraps), and the width of those lines inside the card's borders and padding. */
export const CHART = { width: 720, height: 240, card: 75, gap: 3, factsWidth: PAGE.content - 1.6 - 0.3 - 4 } as const;

const CJK_FONTS = "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei'";
const LATIN_FONTS = "Arial,'Helvetica Neue',Helvetica,'Liberation Sans','DejaVu Sans'";
/** A Chinese page sets its Latin letters in the Chinese face; an English one takes a Latin face first, so
 * that its quotes and apostrophes are not the Chinese face's full-width ones (the Chinese names in it
 * fall back to the Chinese faces). */
const FONT = `${CJK_FONTS},${LATIN_FONTS},sans-serif`;
const FONT_EN = `${LATIN_FONTS},${CJK_FONTS},sans-serif`;

function statusRules(): string {
  return STATUSES.map((s) => {
    const c = STATUS_PALETTE[s];
    return `.s-${s}{background:${c.fill};color:${c.text}}.b-${s}{border-left-color:${c.mark}}`;
  }).join('');
}

export function styleSheet(): string {
  const { width, height, top, side, bottom, foot, body } = PAGE;
  return [
    `@page{size:A4 portrait;margin:0}`,
    `*{box-sizing:border-box}`,
    `html{background:#E6E6E6}`,
    `body{margin:0;font-family:${FONT};font-size:${TYPE.bodyPt}pt;line-height:1.4;color:${CHART_INK.text};-webkit-print-color-adjust:exact;print-color-adjust:exact}`,
    `html:lang(en) body{font-family:${FONT_EN}}`,
    `.sheet{width:${width}mm;height:${height}mm;margin:6mm auto;padding:${top}mm ${side}mm ${bottom}mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3);display:flex;flex-direction:column;overflow:hidden;break-after:page;page-break-after:always}`,
    `.sheet:last-of-type{break-after:auto;page-break-after:auto}`,
    `.body{height:${body}mm;overflow:hidden}`,
    `.foot{height:${foot}mm;margin-top:auto;display:flex;justify-content:space-between;gap:4mm;font-size:7pt;color:#666;border-top:.3mm solid #CCC;padding-top:1mm;white-space:nowrap}`,
    `@media print{html{background:none}.sheet{margin:0;box-shadow:none}}`,
    `h1{font-size:17pt;line-height:1.25;margin:0 0 1.5mm}`,
    `h2{font-size:12.5pt;line-height:1.3;margin:0 0 2.5mm;padding-bottom:1mm;border-bottom:.4mm solid ${CHART_INK.text}}`,
    `h3{font-size:10pt;line-height:1.3;margin:2.5mm 0 1.5mm}`,
    `p{margin:0 0 ${TYPE.paragraphGap}mm}`,
    `a{color:inherit;text-decoration:none}`,
    `a.link{color:#1F5AA6;text-decoration:underline}`,
    `.meta{color:#555;margin-bottom:3mm}`,
    `.muted{color:#666}`,
    `table{width:100%;border-collapse:collapse;table-layout:fixed;font-size:${TYPE.smallPt}pt;line-height:1.35;margin:0 0 ${TYPE.tableGap}mm}`,
    `th,td{padding:.5mm 1mm;border-bottom:.2mm solid #DDD;overflow:hidden;overflow-wrap:anywhere;vertical-align:top;text-align:left}`,
    `th{font-weight:bold;border-bottom:.4mm solid #777}`,
    `td.n,th.n{text-align:right}`,
    `td.c,th.c{text-align:center}`,
    `td.w,th.w{white-space:normal;overflow-wrap:anywhere}`,
    `tr.group td{font-weight:bold;background:#F3F3F3}`,
    `.badge{display:inline-block;padding:0 1.2mm;border-radius:.8mm;font-weight:bold}`,
    `.tiles{display:flex;gap:1.5mm;margin:0 0 3mm}`,
    `.tile{flex:1;padding:1.2mm 1.5mm;border-radius:1mm;height:14mm}`,
    `.tile b{display:block;font-size:15pt;line-height:1.2}`,
    `.card{height:${CHART.card}mm;margin:0 0 ${CHART.gap}mm;border:.3mm solid #CCC;border-left:1.6mm solid #999;padding:1.2mm 2mm;overflow:hidden}`,
    `.card svg{display:block;width:100%;height:auto}`,
    `.card .facts{font-size:${TYPE.smallPt}pt;line-height:1.35;margin-top:.8mm}`,
    `.card .none{height:${((CHART.height / CHART.width) * (PAGE.content - 6)).toFixed(1)}mm;display:flex;align-items:center;justify-content:center;color:#666;border:.3mm dashed #CCC}`,
    `table.grid td,table.grid th{padding:.5mm .3mm}`,
    `table.grid td.g{text-align:center;font-weight:bold}`,
    `table.grid td.g a{display:block}`,
    `.ind{color:#AAA}`,
    `.toc div{display:flex;justify-content:space-between;border-bottom:.2mm dotted #BBB}`,
    statusRules(),
  ].join('\n');
}
