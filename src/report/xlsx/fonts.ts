// Every font of the workbook named. exceljs writes a style's font with only what the style sets (bold,
// a colour), no face and no size: a reader then falls back to its own default, which in LibreOffice is
// a serif face beside the sans cells. Each font entry of xl/styles.xml gets the run's face, its size
// (11 pt unless set), the sans-serif family and, in Chinese, the GB 2312 character set; the theme's
// scheme is dropped so that the face named is the one used.
import type { Lang } from '../../core/types.js';

/** The face of each language: Excel's own body face for Chinese (等线, DengXian) and for English. */
export const WORKBOOK_FACE: Record<Lang, string> = { zh: '等线', en: 'Calibri' };

/** ECMA-376's order of a font's children, as Excel writes them. */
const ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** One `<font>`'s children with the face, size, family and character set filled in. */
function namedFont(inner: string, lang: Lang): string {
  const children = new Map<string, string>();
  for (const m of inner.matchAll(/<([A-Za-z]+)\b[^>]*\/>/g)) children.set(m[1] ?? '', m[0]);
  if (!children.has('sz')) children.set('sz', '<sz val="11"/>');
  children.set('name', `<name val="${escapeAttr(WORKBOOK_FACE[lang])}"/>`);
  children.set('family', '<family val="2"/>');
  if (lang === 'zh') children.set('charset', '<charset val="134"/>');
  else children.delete('charset');
  children.delete('scheme');
  const known = ORDER.filter((tag) => children.has(tag)).map((tag) => children.get(tag));
  const rest = [...children.keys()].filter((tag) => !ORDER.includes(tag)).map((tag) => children.get(tag));
  return [...known, ...rest].join('');
}

/** xl/styles.xml with every font of its `<fonts>` (and of its `<dxfs>`' fonts left as they are) named. */
export function nameFonts(stylesXml: string, lang: Lang): string {
  return stylesXml.replace(/<fonts\b[^>]*>[\s\S]*?<\/fonts>/, (fonts) =>
    fonts.replace(/<font>([\s\S]*?)<\/font>|<font\/>/g, (_, inner: string | undefined) => `<font>${namedFont(inner ?? '', lang)}</font>`),
  );
}
