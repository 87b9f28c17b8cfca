// The one width rule of the terminal: a character of the East Asian Wide and Fullwidth classes
// takes two columns, a control character, a combining mark or an ANSI colour code none, the rest
// one. It is the rule of string-width, which cli-table3 measures its cells with, so that a table
// and the text around it agree (test/unit/text-width.test.ts holds them to it). Every line the
// tool prints to a terminal is measured and wrapped here.

/** East Asian Wide (W) and Fullwidth (F) code points, as string-width's is-fullwidth-code-point lists them. */
const WIDE_CLASS =
  '\\u1100-\\u115f\\u2329\\u232a\\u2e80-\\u303e\\u3040-\\u3247\\u3250-\\u4dbf\\u4e00-\\ua4c6\\ua960-\\ua97c' +
  '\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe10-\\ufe19\\ufe30-\\ufe6b\\uff01-\\uff60\\uffe0-\\uffe6' +
  '\\u{1b000}-\\u{1b001}\\u{1f200}-\\u{1f251}\\u{20000}-\\u{3fffd}';
const WIDE = new RegExp(`^[${WIDE_CLASS}]$`, 'u');
const ZERO = /^[\u0000-\u001f\u007f-\u009f\u0300-\u036f]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;
const ANSI = /\u001b\[[0-9;]*m/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns one character takes. */
function charWidth(char: string): number {
  if (char.length === 1 && char <= '\u00ff') return ZERO.test(char) ? 0 : 1;
  if (WIDE.test(char) || EMOJI.test(char)) return 2;
  return ZERO.test(char) ? 0 : 1;
}

function lineWidth(line: string): number {
  if (PRINTABLE_ASCII.test(line)) return line.length;
  let width = 0;
  for (const char of line.replace(ANSI, '')) width += charWidth(char);
  return width;
}

/** Columns a string takes on a terminal; of several lines, the widest. */
export function displayWidth(text: string): number {
  if (!text.includes('\n')) return lineWidth(text);
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, lineWidth(line));
  return widest;
}

// a CJK character, a word up to and including a `/` or `-` (where an id may break), or a run of spaces
const TOKEN = new RegExp(`[${WIDE_CLASS}]|[^\\s${WIDE_CLASS}/-]+[/-]?|[/-]|\\s+`, 'gu');
/** Characters a line may not start with (Chinese line-breaking rules, and their ASCII cousins). */
const NO_LINE_START = /^[，。、；：！？）》」』”’〕】…,.;:!?)\]]/u;
/** Characters a line may not end with. */
const NO_LINE_END = /[（《「『“‘〔【(\[]$/u;

/**
 * Plain text (no colour codes) broken into lines of at most `width` columns: between words, after
 * a `/` or `-`, or between CJK characters; never before closing punctuation nor after an opening
 * bracket; a word longer than a line is cut. Spaces inside a line are kept (aligned columns).
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    const flush = (): void => {
      out.push(line.trimEnd());
      line = '';
    };
    for (let token of paragraph.match(TOKEN) ?? []) {
      if (/^\s+$/u.test(token)) {
        if (line !== '') line += token;
        continue;
      }
      if (line !== '' && displayWidth(line) + displayWidth(token) > limit) {
        const chars = [...line.trimEnd()];
        let carried = '';
        // an opening bracket does not end a line: it goes with what follows
        while (chars.length > 1 && NO_LINE_END.test(chars[chars.length - 1] ?? '')) carried = chars.pop() + carried;
        // closing punctuation does not start a line: the CJK character before it goes along
        if (carried === '' && NO_LINE_START.test(token)) {
          while (chars.length > 1 && carried.length < 4 && WIDE.test(chars[chars.length - 1] ?? '')) {
            const last = chars.pop() ?? '';
            carried = last + carried;
            if (!NO_LINE_START.test(last)) break;
          }
        }
        line = chars.join('');
        flush();
        line = carried;
      }
      while (displayWidth(line + token) > limit) {
        // a word longer than a line: cut it where the line is full
        if (line !== '') {
          flush();
          continue;
        }
        let head = '';
        for (const char of token) {
          if (head !== '' && displayWidth(head + char) > limit) break;
          head += char;
        }
        out.push(head);
        token = token.slice(head.length);
      }
      line += token;
    }
    flush();
  }
  return out;
}

const PAINTED = /^((?:\u001b\[[0-9;]*m)*)([^\u001b]*)((?:\u001b\[[0-9;]*m)*)$/;

/**
 * A line painted in one colour (or none) broken at its spaces only, each piece painted alike: no
 * word is cut, so a piece is wider than `width` only when a word is.
 */
export function wrapAtSpaces(line: string, width: number): string[] {
  const match = PAINTED.exec(line);
  if (!match) return [line];
  const [, open = '', text = '', close = ''] = match;
  const pieces: string[] = [];
  let piece = '';
  for (const word of text.split(/ +/)) {
    if (piece !== '' && displayWidth(`${piece} ${word}`) > width) {
      pieces.push(piece);
      piece = word;
    } else {
      piece = piece === '' ? word : `${piece} ${word}`;
    }
  }
  pieces.push(piece);
  return pieces.map((p) => (p === '' ? '' : `${open}${p}${close}`));
}
