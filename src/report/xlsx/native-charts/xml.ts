// Just enough XML for editing the parts of a finished workbook in place: escaping, the attributes of
// a start tag, and the top-level children of a root element. A worksheet can be tens of megabytes, so
// nothing here builds a tree: the parts are read as text and edited where an element goes.

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** XML 1.0 has no place for most control characters, even escaped: they go. */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? ''),
  );
}

/** The attributes of a start tag (`<sheet name="a" r:id="rId1"/>`), unescaped, by qualified name. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set(m[1] ?? '', unescape(m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** Every start tag (or empty-element tag) of this local name, in any prefix, with its attributes. */
export function tags(xml: string, localName: string): Map<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'g');
  return [...xml.matchAll(re)].map((m) => attributes(m[0]));
}

export interface RootInfo {
  /** `x:` when the root is `<x:worksheet>`, else empty */
  prefix: string;
  localName: string;
  /** the root's start tag */
  startTag: string;
  /** namespace declarations of the root: prefix (empty for the default) → URI */
  namespaces: Map<string, string>;
}

/** The root element of a part, past the XML declaration, comments and processing instructions. */
export function rootOf(xml: string): RootInfo {
  const m = /<([\w.-]+:)?([\w.-]+)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(skipProlog(xml));
  if (!m) throw new Error('no root element');
  const namespaces = new Map<string, string>();
  for (const [name, value] of attributes(m[0])) {
    if (name === 'xmlns') namespaces.set('', value);
    else if (name.startsWith('xmlns:')) namespaces.set(name.slice(6), value);
  }
  return { prefix: m[1] ?? '', localName: m[2] ?? '', startTag: m[0], namespaces };
}

function skipProlog(xml: string): string {
  let at = 0;
  for (;;) {
    while (at < xml.length && /\s|\uFEFF/.test(xml[at] ?? '')) at++;
    if (xml.startsWith('<?', at)) at = xml.indexOf('?>', at) + 2;
    else if (xml.startsWith('<!--', at)) at = xml.indexOf('-->', at) + 3;
    else if (xml.startsWith('<!DOCTYPE', at)) at = xml.indexOf('>', at) + 1;
    else return xml.slice(at);
    if (at < 2) throw new Error('unterminated prolog');
  }
}

export interface Child {
  /** local name, prefix removed */
  name: string;
  /** offset of its `<` */
  start: number;
}

/**
 * The top-level children of the root element that begin at or after `from` (an offset where the
 * scan is at the root's depth, such as just after a child's end tag), and the offset of the root's
 * end tag.
 */
export function childrenFrom(xml: string, from: number): { children: Child[]; rootEnd: number } {
  const children: Child[] = [];
  let depth = 0;
  let at = from;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) throw new Error('the root element is not closed');
    if (xml.startsWith('<!--', lt)) {
      at = xml.indexOf('-->', lt) + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      at = xml.indexOf(']]>', lt) + 3;
    } else if (xml.startsWith('<?', lt)) {
      at = xml.indexOf('?>', lt) + 2;
    } else if (xml.startsWith('</', lt)) {
      if (depth === 0) return { children, rootEnd: lt };
      depth -= 1;
      at = xml.indexOf('>', lt) + 1;
    } else {
      const end = tagEnd(xml, lt);
      const name = /^<([\w.:-]+)/.exec(xml.slice(lt, lt + 200))?.[1] ?? '';
      if (depth === 0) children.push({ name: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name, start: lt });
      if (xml[end - 2] !== '/') depth += 1;
      at = end;
    }
    if (at <= lt) throw new Error('malformed XML');
  }
}

/** The offset just past the `>` of the tag that starts at `lt` (attribute values may hold `>`). */
function tagEnd(xml: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  throw new Error('unterminated tag');
}
