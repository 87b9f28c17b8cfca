// Slips of typing that break a YAML file, found in its text: indentation by tabs and a key closed by
// a full-width colon (`total：8`, typed with a Chinese input method). The parser reports each as
// several faults, most of them on later lines; each slip is one cause. Pure.
import type { Position } from '../core/types.js';

export type SyntaxSlip =
  | { kind: 'tab-indent'; lines: number[]; at: Position }
  | { kind: 'full-width-colon'; line: string; fixed: string; at: Position };

/** A line whose indentation holds a tab and that holds more than a comment. */
const TAB_INDENTED = /^[ ]*\t[\t ]*[^\s#]/;
/** A key (not quoted, no colon in it), then a full-width colon: `  total：8`, `- name：城中区`. */
const FULL_WIDTH_COLON_KEY = /^(\s*(?:-\s+)?)([^\s#"'：:{}[\],][^#"'：:{}[\],]*?)\s*：\s*(.*)$/;

/** The slips in a file's text, in the file's order: one for all its tab-indented lines, one per full-width colon. */
export function findSyntaxSlips(text: string): SyntaxSlip[] {
  const slips: SyntaxSlip[] = [];
  const tabLines: number[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (TAB_INDENTED.test(line)) tabLines.push(i + 1);
    const colon = FULL_WIDTH_COLON_KEY.exec(line);
    if (colon) {
      const [, lead = '', key = '', value = ''] = colon;
      const typed = line.trim();
      slips.push({
        kind: 'full-width-colon',
        line: typed,
        fixed: `${lead.trimStart()}${key}:${value === '' ? '' : ` ${value}`}`,
        at: { line: i + 1, column: [...line.slice(0, line.indexOf('：'))].length + 1 },
      });
    }
  });
  if (tabLines.length > 0) {
    const first = lines[(tabLines[0] ?? 1) - 1] ?? '';
    slips.unshift({ kind: 'tab-indent', lines: tabLines, at: { line: tabLines[0] ?? 1, column: first.indexOf('\t') + 1 } });
  }
  return slips;
}
