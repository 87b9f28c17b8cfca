// Terminal text measures. cli-table3 measures cells with string-width (CJK characters take two
// columns, ANSI codes none) but wraps by UTF-16 length or at spaces only, which cuts Chinese text
// wrongly; so the table wraps its long cells itself, with cli-table3's own measure.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { strlen } = require('cli-table3/src/utils.js') as { strlen: (text: string) => number };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const WIDE = /^[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]$/u;

// strlen builds its regular expressions anew on every call: plain ASCII and single CJK characters,
// most of what a report holds, are measured without it
function columns(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  if (WIDE.test(text)) return 2;
  return strlen(text);
}

/** Columns a string takes on a terminal (ANSI codes excluded; the widest line of several). */
export function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, columns(line));
  return widest;
}

// a CJK character or full-width punctuation may be broken after; a word (up to and including a `/` or `-`)
// is kept whole when it fits; whitespace is a break
const TOKEN = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF/-]+[/-]?|[/-]|\s+/gu;

const OPENING = /^[（《“‘「『【〔(]$/u;
const CLOSING = /^[）》”’」』】〕)，。、；：！？,.;:!?]$/u;

/** A line does not end on an opening bracket, nor start with closing punctuation. */
function keepPunctuation(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let carry = '';
  for (const token of tokens) {
    if (OPENING.test(token)) {
      carry += token;
      continue;
    }
    const last = out.length - 1;
    if (!carry && CLOSING.test(token) && last >= 0 && !/^\s+$/u.test(out[last] ?? '')) {
      out[last] += token;
      continue;
    }
    out.push(carry + token);
    carry = '';
  }
  if (carry) out.push(carry);
  return out;
}

/** Plain text (no ANSI codes) broken into lines of at most `width` columns. */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    const push = () => {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    };
    for (const token of keepPunctuation(paragraph.match(TOKEN) ?? [])) {
      if (/^\s+$/u.test(token)) {
        if (lineWidth > 0 && lineWidth + 1 <= limit) {
          line += ' ';
          lineWidth += 1;
        }
        continue;
      }
      const w = columns(token);
      if (lineWidth + w <= limit) {
        line += token;
        lineWidth += w;
        continue;
      }
      if (lineWidth > 0) push();
      if (w <= limit) {
        line = token;
        lineWidth = w;
        continue;
      }
      // a word longer than a line: cut it by characters
      for (const ch of token) {
        const cw = columns(ch);
        if (lineWidth + cw > limit && lineWidth > 0) push();
        line += ch;
        lineWidth += cw;
      }
    }
    push();
  }
  return lines;
}
