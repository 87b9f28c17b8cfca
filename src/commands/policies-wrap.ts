// Text wrapped to a terminal's columns, Chinese characters counted as two.

const WIDE_RANGES =
  '\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf' +
  '\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_RANGES}]`, 'u');
/** a CJK character, a run of other non-space characters, or a run of spaces */
const TOKEN = new RegExp(`[${WIDE_RANGES}]|[^\\s${WIDE_RANGES}]+|\\s+`, 'gu');

/** Columns a string takes on a terminal: CJK characters and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** Characters that may not start a line (Chinese line-breaking rules, and their ASCII cousins). */
const NO_LINE_START = /^[，。、；：！？）》」』”’〕】…,.;:!?)\]]/u;

/**
 * Breaks text into lines of at most `width` columns: between words, or between CJK characters, never
 * before a closing punctuation mark. Spaces inside a line are kept as they are (aligned columns).
 */
export function wrapText(text: string, width: number): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line: string[] = [];
    const widthOf = (tokens: string[]): number => displayWidth(tokens.join(''));
    const flush = (): void => {
      out.push(line.join('').trimEnd());
      line = [];
    };
    for (let token of paragraph.match(TOKEN) ?? []) {
      if (/^\s+$/.test(token)) {
        if (line.length > 0) line.push(token);
        continue;
      }
      while (displayWidth(token) > width) {
        // a word longer than the column: cut it where it fills a line of its own
        if (line.length > 0) flush();
        let head = '';
        for (const char of token) {
          if (displayWidth(head + char) > width) break;
          head += char;
        }
        if (head === '') head = [...token][0] ?? token;
        out.push(head);
        token = token.slice(head.length);
      }
      if (token === '') continue;
      if (line.length > 0 && widthOf(line) + displayWidth(token) > width) {
        // a closing mark takes the character before it (and any closing marks between) to the next line
        const carried: string[] = [];
        if (NO_LINE_START.test(token)) {
          while (line.length > 1 && carried.length < 4 && WIDE.test(line[line.length - 1] ?? '')) {
            const last = line.pop() ?? '';
            carried.unshift(last);
            if (!NO_LINE_START.test(last)) break;
          }
        }
        flush();
        line.push(...carried);
      }
      line.push(token);
    }
    if (line.length > 0 || out.length === 0) flush();
  }
  return out.join('\n');
}
