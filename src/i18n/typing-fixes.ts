// What a statistics file's author typed that YAML or the division table cannot take, named as what
// it is, with the fix: a full-width colon, indentation by tabs, a code that is not the unit named.
import type { Text } from '../core/types.js';
import { joinList } from './index.js';

/** Line numbers as runs: 2、3、6–11. */
function lineRuns(lines: readonly number[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === (lines[j] ?? 0) + 1) j += 1;
    runs.push(j > i ? `${lines[i]}–${lines[j]}` : String(lines[i]));
    i = j + 1;
  }
  return runs;
}

export const TYPING_FIXES = {
  fullWidthColon: (line: string, fixed: string): Text => ({
    zh: `“${line}” 用了全角冒号“：”：键后应为半角冒号加空格，写作 ${fixed}`,
    en: `"${line}" has a full-width colon (：): a key takes a half-width colon and a space, as in ${fixed}`,
  }),
  tabIndent: (lines: readonly number[]): Text => {
    const shown = lineRuns(lines.slice(0, 30));
    const more = lines.length > 30 ? { zh: ` 等 ${lines.length} 行`, en: ` (${lines.length} lines in all)` } : { zh: '', en: '' };
    return lines.length === 1
      ? { zh: `第 ${lines[0]} 行用制表符（Tab）缩进：YAML 只能用空格缩进，请把 Tab 换成空格`, en: `line ${lines[0]} is indented with a tab: YAML indents with spaces only; replace the tab by spaces` }
      : {
          zh: `第 ${joinList('zh', shown)} 行${more.zh}用制表符（Tab）缩进：YAML 只能用空格缩进，请把 Tab 换成空格（同一层级缩进相同个数的空格）`,
          en: `lines ${joinList('en', shown)}${more.en} are indented with tabs: YAML indents with spaces only; replace each tab by spaces (the same number for the same level)`,
        };
  },
  codeForName: (code: string, name: string, suggestion: string, fullName: string): Text => ({
    zh: `行政区划代码 ${code} 不在内置的区划表中；文件写的单位是“${name}”：是否应为 ${suggestion}（${fullName}）？`,
    en: `the division code ${code} is not in the bundled division table; the file names the unit "${name}": did you mean ${suggestion} (${fullName})?`,
  }),
};
