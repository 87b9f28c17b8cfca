// The chart part (xl/charts/chartN.xml): one line chart, its series read from ranges with their
// cached values, in the element order of ECMA-376 part 1, 21.2 (CT_ChartSpace, CT_Chart, CT_PlotArea,
// CT_LineChart, CT_LineSer, CT_CatAx, CT_ValAx).
import { escapeAttribute, escapeText, xmlSafe } from './xml.js';
import type { NativeChartSpec, NativeSeriesSpec } from './spec.js';
import { LOCALE_TAGS } from '../../../i18n/index.js';

export const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
} as const;

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;
/** EMUs per point */
const EMU_PER_PT = 12700;
const TEXT_GREY = '333333';
const AXIS_GREY = '8C8C8C';
const GRID_GREY = 'E3E3E3';

const text = (s: string) => escapeText(xmlSafe(s));
const attr = (s: string) => escapeAttribute(xmlSafe(s));

/** A number as a cache writes it: shortest round-trip form, never `NaN` or `Infinity`. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

function solidFill(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color.slice(1).toUpperCase()}"/></a:solidFill>`;
}

/** A run of text in a chart (title, axis title): one paragraph, the given size in points, bold or not. */
function richText(content: string, sizePt: number, bold: boolean, lang: string): string {
  const props = `lang="${lang}" sz="${sizePt * 100}" b="${bold ? 1 : 0}"`;
  return (
    '<c:rich><a:bodyPr/><a:lstStyle/><a:p>' +
    `<a:pPr><a:defRPr sz="${sizePt * 100}" b="${bold ? 1 : 0}">${solidFill(`#${TEXT_GREY}`)}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr ${props}>${solidFill(`#${TEXT_GREY}`)}</a:rPr><a:t>${text(content)}</a:t></a:r>` +
    '</a:p></c:rich>'
  );
}

/** Text properties of axis labels and the legend: size and colour. */
function textProperties(sizePt: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${sizePt * 100}">${solidFill(`#${TEXT_GREY}`)}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
}

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${text(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], format: string): string {
  const points = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${numberText(v)}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>${text(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function seriesXml(series: NativeSeriesSpec, index: number, chart: NativeChartSpec): string {
  const name =
    typeof series.name === 'string'
      ? `<c:tx><c:v>${text(series.name)}</c:v></c:tx>`
      : `<c:tx><c:strRef><c:f>${text(series.name.ref)}</c:f>${strCache([series.name.cache])}</c:strRef></c:tx>`;
  const width = Math.round((series.width ?? 2.25) * EMU_PER_PT);
  const line = `<a:ln w="${width}" cap="rnd">${solidFill(series.color)}<a:prstDash val="${series.dash ?? 'solid'}"/><a:round/></a:ln>`;
  const marker =
    series.markers === false
      ? '<c:marker><c:symbol val="none"/></c:marker>'
      : `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solidFill(series.color)}<a:ln w="9525">${solidFill(series.color)}</a:ln></c:spPr></c:marker>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${name}<c:spPr>${line}</c:spPr>${marker}` +
    `<c:cat><c:strRef><c:f>${text(chart.categories.ref)}</c:f>${strCache(chart.categories.cache)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${text(series.values.ref)}</c:f>${numCache(series.values.cache, chart.numberFormat ?? 'General')}</c:numRef></c:val>` +
    '<c:smooth val="0"/></c:ser>'
  );
}

export function chartPartXml(chart: NativeChartSpec): string {
  const lang = LOCALE_TAGS.region[chart.lang ?? 'zh'];
  const gridLine = `<c:spPr><a:ln w="9525">${solidFill(`#${GRID_GREY}`)}</a:ln></c:spPr>`;
  const axisLine = `<c:spPr><a:ln w="9525">${solidFill(`#${AXIS_GREY}`)}</a:ln></c:spPr>`;
  const valueTitle =
    chart.valueAxisTitle === undefined || chart.valueAxisTitle === ''
      ? ''
      : `<c:title><c:tx>${richText(chart.valueAxisTitle, 9, false, lang)}</c:tx><c:overlay val="0"/></c:title>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="${lang}"/><c:roundedCorners val="0"/>` +
    '<c:chart>' +
    `<c:title><c:tx>${richText(chart.title, 12, true, lang)}</c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
    chart.series.map((s, i) => seriesXml(s, i, chart)).join('') +
    `<c:marker val="1"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:lineChart>` +
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    '<c:axPos val="b"/><c:numFmt formatCode="@" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="low"/>${axisLine}${textProperties(9)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines>${gridLine}</c:majorGridlines>${valueTitle}` +
    `<c:numFmt formatCode="${attr(chart.numberFormat ?? 'General')}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisLine}${textProperties(9)}<c:crossAx val="${CATEGORY_AXIS}"/>` +
    '<c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>' +
    '</c:plotArea>' +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(9)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="${chart.blanks ?? 'gap'}"/>` +
    '</c:chart>' +
    `<c:spPr>${solidFill('#FFFFFF')}<a:ln w="9525">${solidFill(`#${GRID_GREY}`)}</a:ln></c:spPr>` +
    '</c:chartSpace>'
  );
}
