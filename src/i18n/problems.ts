// Every message about bad input, in Chinese and English.
import type { Text } from '../core/types.js';

/** How a JSON type is named in a message: 'an integer' / '整数'. */
export const TYPE_NAMES: Record<string, Text> = {
  integer: { zh: '整数', en: 'an integer' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  string: { zh: '文本', en: 'a text' },
  object: { zh: '映射（键: 值）', en: 'a mapping (key: value)' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空值', en: 'nothing' },
};

/** The YAML parser's error codes, described; anything else falls back to the parser's own words. */
export const YAML_ERRORS: Record<string, Text> = {
  BAD_INDENT: { zh: '缩进不正确', en: 'bad indentation' },
  TAB_AS_INDENT: { zh: '用制表符（Tab）缩进了，请改用空格', en: 'a tab is used for indentation: use spaces' },
  MISSING_CHAR: { zh: '缺少字符（如引号、括号未闭合）', en: 'a character is missing (an unclosed quote or bracket)' },
  UNEXPECTED_TOKEN: { zh: '出现了意外的内容', en: 'unexpected content' },
  BLOCK_AS_IMPLICIT_KEY: { zh: '键的写法不正确', en: 'a block cannot be a key' },
  MULTILINE_IMPLICIT_KEY: { zh: '键不能跨行（是否漏了冒号或缩进不对？）', en: 'a key cannot span lines (a missing colon, or bad indentation?)' },
  BAD_SCALAR_START: { zh: '值不能以这个字符开头，请加引号', en: 'a value cannot start with this character: quote it' },
  BAD_DQ_ESCAPE: { zh: '双引号字符串中的转义不正确', en: 'bad escape in a double-quoted string' },
  BAD_ALIAS: { zh: '引用（*别名）找不到对应的锚点（&）', en: 'an alias (*) has no matching anchor (&)' },
  MULTIPLE_DOCS: { zh: '一个文件只能有一个 YAML 文档（去掉多余的 ---）', en: 'one file holds one YAML document (remove the extra ---)' },
  KEY_OVER_1024_CHARS: { zh: '键超过 1024 个字符', en: 'a key longer than 1024 characters' },
  BLOCK_IN_FLOW: { zh: '方括号或花括号内不能使用块结构', en: 'a block inside brackets or braces' },
  TAG_RESOLVE_FAILED: { zh: '无法识别的值', en: 'a value that cannot be read' },
  RESOURCE_EXHAUSTION: { zh: '嵌套过深', en: 'nested too deeply' },
};

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[\w"'.+-]/;

/** Joins Chinese phrases, with a space where a Chinese character meets a Latin letter or digit. */
export function zhJoin(...parts: string[]): string {
  let out = '';
  for (const part of parts) {
    const last = out.at(-1) ?? '';
    const first = part[0] ?? '';
    if ((HAN.test(last) && LATIN.test(first)) || (LATIN.test(last) && HAN.test(first))) out += ' ';
    out += part;
  }
  return out;
}

function quoteList(items: string[]): string {
  return items.join(', ');
}

/** Levels as a message names them. */
export const PROBLEM_LEVEL_NAMES = {
  zh: { province: '省本级', city: '市本级', county: '县级单位' },
  en: { province: "a province's own accounts", city: "a city's own accounts", county: 'county-level units' },
} as const;

/** Messages by problem, each a function of what it needs. */
export const PROBLEM_TEXT = {
  tooLarge: (sizeMiB: string, limitMiB: string, kind: 'statistics' | 'policy' = 'statistics'): Text =>
    kind === 'policy'
      ? {
          zh: `文件过大（${sizeMiB} MiB），上限为 ${limitMiB} MiB：一个政策文件只应包含一份方案的目标`,
          en: `the file is too large (${sizeMiB} MiB; the limit is ${limitMiB} MiB): a policy file holds the targets of one plan`,
        }
      : {
          zh: `文件过大（${sizeMiB} MiB），上限为 ${limitMiB} MiB：一个统计文件只应包含一个单位一个月的数据`,
          en: `the file is too large (${sizeMiB} MiB; the limit is ${limitMiB} MiB): a statistics file holds one unit and one month`,
        },
  tooManyEntries: (limit: number, kind: 'statistics' | 'policy' = 'statistics'): Text =>
    kind === 'policy'
      ? {
          zh: `文件的行数、键或列表项超过 ${limit} 个（上限）：一个政策文件只应包含一份方案的目标`,
          en: `the file has more than ${limit.toLocaleString('en')} lines, keys or list items (the limit): a policy file holds the targets of one plan`,
        }
      : {
          zh: `文件的行数、键或列表项超过 ${limit} 个（上限）：一个统计文件只应包含一个单位一个月的数据`,
          en: `the file has more than ${limit.toLocaleString('en')} lines, keys or list items (the limit): a statistics file holds one unit and one month`,
        },
  utf16WithoutBom: (order: 'LE' | 'BE'): Text => ({
    zh: `文件看来是没有字节顺序标记（BOM）的 UTF-16${order} 编码，应为 UTF-8：请在编辑器中另存为 UTF-8`,
    en: `the file looks like UTF-16${order} without a byte-order mark, not UTF-8: save it as UTF-8 in the editor`,
  }),
  nulBytes: (): Text => ({
    zh: '文件含有 NUL（0x00）字节，不是文本文件：应为 UTF-8 编码的 YAML',
    en: 'the file holds NUL (0x00) bytes, so it is not a text file: a UTF-8 YAML file is expected',
  }),
  notUtf8: (utf16: boolean): Text =>
    utf16
      ? {
          zh: '文件是 UTF-16 编码，应为 UTF-8：请在编辑器中另存为 UTF-8',
          en: 'the file is encoded in UTF-16, not UTF-8: save it as UTF-8 in the editor',
        }
      : {
          zh: '文件不是 UTF-8 编码：请在编辑器中另存为 UTF-8',
          en: 'the file is not UTF-8: save it as UTF-8 in the editor',
        },
  gbkEncoding: (file: string): Text => ({
    zh: `文件是 GBK/GB18030 编码，应为 UTF-8：请在编辑器中另存为 UTF-8，或运行 iconv -f GBK -t UTF-8 ${file} > 新文件.yaml`,
    en: `the file is encoded in GBK/GB18030, not UTF-8: save it as UTF-8 in the editor, or run iconv -f GBK -t UTF-8 ${file} > new.yaml`,
  }),
  unreadable: (reason: string): Text => ({
    zh: `无法读取：${reason}`,
    en: `cannot be read: ${reason}`,
  }),
  notFound: (): Text => ({ zh: '文件或文件夹不存在', en: 'no such file or folder' }),
  notAFile: (): Text => ({ zh: '不是普通文件', en: 'not a regular file' }),
  underAFile: (file: string): Text => ({
    zh: `${file} 是文件而不是文件夹，其下不可能有这个路径`,
    en: `${file} is a file, not a folder: nothing can lie under it`,
  }),
  linkLoop: (): Text => ({ zh: '符号链接形成了循环', en: 'a loop of symbolic links' }),
  skippedDanglingLink: (target: string): Text => ({
    zh: `符号链接指向不存在的 ${target}，已跳过`,
    en: `a symbolic link to ${target}, which does not exist: skipped`,
  }),
  skippedLinkLoop: (): Text => ({ zh: '符号链接形成了循环，已跳过', en: 'a loop of symbolic links: skipped' }),
  skippedFolderSeen: (): Text => ({
    zh: '符号链接指回已扫描过的文件夹，已跳过',
    en: 'a symbolic link back to a folder already scanned: skipped',
  }),
  skippedNotAFile: (what: Text): Text => ({
    zh: `不是普通文件（${what.zh}），已跳过`,
    en: `not a regular file (${what.en}): skipped`,
  }),
  skippedUnreadableFolder: (reason: string): Text => ({
    zh: `无法读取该文件夹（${reason}），已跳过`,
    en: `the folder cannot be read (${reason}): skipped`,
  }),
  fileKindFifo: (): Text => ({ zh: '命名管道 FIFO', en: 'a FIFO' }),
  fileKindSocket: (): Text => ({ zh: '套接字', en: 'a socket' }),
  fileKindDevice: (): Text => ({ zh: '设备文件', en: 'a device' }),
  fileKindFolder: (): Text => ({ zh: '文件夹', en: 'a folder' }),
  moreProblems: (count: number, shown: number): Text => ({
    zh: `本文件还有 ${count} 个问题未列出（只列出前 ${shown} 个）`,
    en: `${count} more problem(s) in this file not listed (the first ${shown} are)`,
  }),
  unclosedFlow: (open: string, line: number, column: number): Text => ({
    zh: `第 ${line} 行第 ${column} 列的 ${open} 没有闭合（缺少 ${open === '{' ? '}' : ']'}）`,
    en: `the ${open} at line ${line}, column ${column} is never closed (a ${open === '{' ? '}' : ']'} is missing)`,
  }),
  nestedTooDeeply: (limit: number): Text => ({
    zh: `括号嵌套超过 ${limit} 层`,
    en: `brackets nested more than ${limit} deep`,
  }),
  numberOutOfRange: (written: string): Text => ({
    zh: `数字 ${written} 超出可表示的范围`,
    en: `the number ${written} is out of range`,
  }),
  noInputInFolder: (): Text => ({
    zh: '文件夹中没有 .yaml 或 .yml 文件',
    en: 'the folder holds no .yaml or .yml file',
  }),
  noInputForGlob: (): Text => ({
    zh: '没有与该模式匹配的 .yaml 或 .yml 文件',
    en: 'no .yaml or .yml file matches the pattern',
  }),
  yamlSyntax: (what: Text): Text => ({
    zh: `YAML 语法错误：${what.zh}`,
    en: `YAML syntax error: ${what.en}`,
  }),
  yamlWarning: (what: string): Text => ({ zh: `YAML 警告：${what}`, en: `YAML warning: ${what}` }),
  duplicateKey: (key: string): Text => ({
    zh: `键 ${key} 重复出现：每个键只能写一次`,
    en: `the key ${key} appears twice: write each key once`,
  }),
  aliasLimit: (limit: number): Text => ({
    zh: `引用（*别名）展开次数过多（上限 ${limit}），文件被拒绝`,
    en: `aliases (*) expand too many times (limit ${limit}): the file is refused`,
  }),
  emptyFile: (): Text => ({
    zh: '文件为空：应包含 unit、period 和 measures',
    en: 'the file is empty: it should hold unit, period and measures',
  }),
  wrongType: (expected: Text, found: Text): Text => ({
    zh: zhJoin('应为', expected.zh, '，实为', found.zh),
    en: `expected ${expected.en}, found ${found.en}`,
  }),
  notInteger: (found: string): Text => ({
    zh: `应为整数，实为 ${found}`,
    en: `expected a whole number, found ${found}`,
  }),
  negative: (found: string): Text => ({
    zh: `不能为负数，实为 ${found}`,
    en: `expected a number of 0 or more, found ${found}`,
  }),
  notFinite: (found: string): Text => ({
    zh: `应为有限的数字，实为 ${found}`,
    en: `expected a finite number, found ${found}`,
  }),
  required: (field: string): Text => ({
    zh: `缺少必填字段 ${field}`,
    en: `the required field ${field} is missing`,
  }),
  unknownField: (field: string, allowed: string[]): Text => ({
    zh: `未知字段 ${field}（此处可用：${quoteList(allowed)}）`,
    en: `unknown field ${field} (allowed here: ${quoteList(allowed)})`,
  }),
  unknownMeasure: (id: string, suggestion: string | null): Text =>
    suggestion
      ? {
          zh: `未知指标 ${id}，是否应为 ${suggestion}？`,
          en: `unknown measure ${id}; did you mean ${suggestion}?`,
        }
      : {
          zh: `未知指标 ${id}（指标清单见 data/measures.yaml）`,
          en: `unknown measure ${id} (the measures are listed in data/measures.yaml)`,
        },
  flatMeasure: (id: string, group: string, leaf: string): Text => ({
    zh: `指标 ${id} 应分两层书写：${group}: {${leaf}: …}`,
    en: `write the measure ${id} nested: ${group}: {${leaf}: …}`,
  }),
  partExceedsWhole: (part: string, partValue: string, whole: string, wholeValue: string): Text => ({
    zh: `${part}（${partValue}）大于其总数 ${whole}（${wholeValue}）`,
    en: `${part} (${partValue}) exceeds its whole ${whole} (${wholeValue})`,
  }),
  badCode: (found: string): Text => ({
    zh: `应为6位行政区划代码（如 "450202"），实为 ${found}`,
    en: `expected a 6-digit division code (such as "450202"), found ${found}`,
  }),
  unknownUnit: (code: string): Text => ({
    zh: `行政区划代码 ${code} 不在内置的区划表中`,
    en: `the division code ${code} is not in the bundled division table`,
  }),
  nameMismatch: (name: string, code: string, expected: string): Text => ({
    zh: `单位名称 ${name} 与区划表不符：${code} 是 ${expected}`,
    en: `the name ${name} disagrees with the division table: ${code} is ${expected}`,
  }),
  badPeriod: (found: string): Text => ({
    zh: `应为 YYYY-MM 格式的月份（如 2025-06），实为 ${found}`,
    en: `expected a month as YYYY-MM (such as 2025-06), found ${found}`,
  }),
  periodYearRange: (found: string, from: number, to: number): Text => ({
    zh: `月份 ${found} 的年份应在 ${from} 至 ${to} 之间`,
    en: `the year of ${found} should be between ${from} and ${to}`,
  }),
  duplicateReport: (code: string, period: string, files: string[]): Text => ({
    zh: `${code} ${period} 的数据有多份文件：${files.join('、')}；无法确定以哪份为准，两份都不采用（该单位本月按未报送处理）：请删除多余的文件（如备份副本）`,
    en: `${code} ${period} is reported in more than one file: ${files.join(', ')}; neither can be trusted over the other, so none is used (the unit counts as not reported this month): remove the extra file (a backup copy?)`,
  }),
  codeMismatch: (file: string, code: string): Text => ({
    zh: `文件名 ${file} 是代码 ${code}，但文件中的代码不同：请改正代码，或把文件改名为其中的代码`,
    en: `the file is named ${file} after the code ${code}, but holds another code: correct the code, or name the file after the code it holds`,
  }),
  periodMismatch: (folder: string, period: string): Text => ({
    zh: `文件位于月份文件夹 ${folder}，但数据期是 ${period}：请改正数据期，或把文件移到 ${period} 文件夹`,
    en: `the file is in the month folder ${folder}, but its period is ${period}: correct the period, or move the file to the folder ${period}`,
  }),
  futurePeriod: (period: string, asOf: string): Text => ({
    zh: `数据期 ${period} 晚于判定日期 ${asOf}，本文件未使用：请检查数据期，或用 --as-of 给出更晚的日期`,
    en: `the period ${period} is after the as-of date ${asOf}, so the file is not used: check the period, or give a later --as-of`,
  }),
  notHeld: (measure: string, level: string, levels: string): Text => ({
    zh: `${measure} 由${levels}填报，${level}不填报此项：该数字不计入全域合计（是否填成了下辖各县的合计？）`,
    en: `${measure} is held by ${levels}, not by ${level}: the figure is not counted in whole-area sums (is it the sum of the counties?)`,
  }),
  notFiniteResult: (target: string, period: string, measure: string): Text => ({
    zh: `${target} 在 ${period} 的计算结果不是有限数值（溢出），无法判定：请检查 ${measure} 的数字`,
    en: `${target} in ${period} computes to a value that is not a finite number (an overflow), so it cannot be judged: check the figure of ${measure}`,
  }),
  foundString: (quoted: string): Text => ({ zh: `文本 ${quoted}`, en: `the text ${quoted}` }),
  foundNothing: (): Text => ({ zh: '空值', en: 'nothing' }),
  foundMapping: (): Text => ({ zh: '映射（键: 值）', en: 'a mapping' }),
  foundList: (): Text => ({ zh: '列表', en: 'a list' }),
  expectedOneOf: (allowed: Text[], found: Text): Text => ({
    zh: zhJoin(`应为以下之一：${allowed.map((a) => a.zh).join('；')}`, '，实为', found.zh),
    en: `expected one of: ${allowed.map((a) => a.en).join('; ')}; found ${found.en}`,
  }),
  expectedPattern: (pattern: string): Text => ({ zh: `符合 ${pattern} 的文本`, en: `a text matching ${pattern}` }),
  expectedDate: (): Text => ({ zh: 'YYYY-MM-DD 格式的有效日期', en: 'a valid date as YYYY-MM-DD' }),
  expectedFormat: (format: string): Text => ({ zh: `${format} 格式的文本`, en: `a text in the format ${format}` }),
  schemaRule: (rule: string, found: Text): Text => ({ zh: zhJoin(rule, '，实为', found.zh), en: `${rule}; found ${found.en}` }),
  warningPrefix: (): Text => ({ zh: '警告：', en: 'warning: ' }),
} as const;

/** Messages about policy documents (`data/policies`, `--policies DIR`). */
export const POLICY_TEXT = {
  duplicateDocument: (id: string, first: string): Text => ({
    zh: `文件编号 ${id} 已在 ${first} 中定义`,
    en: `the document id ${id} is already defined in ${first}`,
  }),
  duplicateTarget: (id: string): Text => ({
    zh: `目标编号 ${id} 重复`,
    en: `the target id ${id} appears twice`,
  }),
  idFileMismatch: (id: string, file: string): Text => ({
    zh: `文件编号 ${id} 与文件名 ${file} 不一致`,
    en: `the document id ${id} differs from the file name ${file}`,
  }),
  badSlug: (found: string): Text => ({
    zh: `编号应由小写字母、数字和连字符组成（如 director-training），实为 ${found}`,
    en: `expected an id of lower-case letters, digits and hyphens (such as director-training), found ${found}`,
  }),
  badDate: (found: string): Text => ({
    zh: `应为 YYYY-MM-DD 格式的有效日期，实为 ${found}`,
    en: `expected a valid date as YYYY-MM-DD, found ${found}`,
  }),
  dateOutOfRange: (found: string, from: string, to: string): Text => ({
    zh: `日期 ${found} 应在 ${from} 至 ${to} 之间`,
    en: `the date ${found} should be between ${from} and ${to}`,
  }),
  badDeadline: (found: string): Text => ({
    zh: `期限应为日期（YYYY-MM-DD）、ongoing 或 each-year，实为 ${found}`,
    en: `expected a deadline date (YYYY-MM-DD), ongoing or each-year, found ${found}`,
  }),
  oneOf: (allowed: string[], found: string): Text => ({
    zh: `应为 ${allowed.join('、')} 之一，实为 ${found}`,
    en: `expected one of ${allowed.join(', ')}, found ${found}`,
  }),
  fromOnlyOngoing: (): Text => ({
    zh: 'from 只适用于期限为 ongoing 的目标',
    en: 'from applies only to an ongoing target',
  }),
  levelsOnlyEachLevel: (): Text => ({
    zh: 'levels 只适用于 scope 为 each-level 的目标',
    en: 'levels applies only to scope each-level',
  }),
  levelsRequired: (): Text => ({
    zh: 'scope 为 each-level 时必须列出 levels',
    en: 'scope each-level needs a list of levels',
  }),
  duplicateLevel: (level: string): Text => ({
    zh: `levels 中 ${level} 重复`,
    en: `${level} appears twice in levels`,
  }),
  windowOnlyCumulative: (): Text => ({
    zh: 'windowStart 只适用于期限为日期、kind 为 cumulative 的目标',
    en: 'windowStart applies only to a cumulative target with a deadline date',
  }),
  windowRequired: (): Text => ({
    zh: '期限为日期的累计（cumulative）目标须写明 windowStart（累计起点）',
    en: 'a cumulative target with a deadline date needs windowStart (where the running total starts)',
  }),
  windowAfterDeadline: (start: string, deadline: string): Text => ({
    zh: `windowStart（${start}）不早于期限（${deadline}）`,
    en: `windowStart (${start}) is not before the deadline (${deadline})`,
  }),
  eachYearCumulative: (): Text => ({
    zh: '期限为 each-year 的目标必须是 cumulative（按年累计）',
    en: 'an each-year target must be cumulative (a running total per year)',
  }),
  unknownMeasure: (id: string, suggestion: string | null): Text => PROBLEM_TEXT.unknownMeasure(id, suggestion),
  booleanFormula: (): Text => ({
    zh: '是/否型目标的公式只能有一个布尔指标作分子，不能有分母或 scale',
    en: 'a yes/no target has one boolean measure as its numerator, and no denominator or scale',
  }),
  booleanMismatch: (): Text => ({
    zh: '阈值为 true/false 时，单位必须是 boolean，公式必须是一个布尔指标，反之亦然',
    en: 'a true/false threshold goes with unit boolean and a boolean measure, and the other way round',
  }),
  numericMeasureInBoolean: (id: string): Text => ({
    zh: `指标 ${id} 是布尔型，不能用于数值公式`,
    en: `the measure ${id} is yes/no: it cannot enter a numeric formula`,
  }),
  areaCodePrefix: (code: string, prefix: string): Text => ({
    zh: `area.code ${code} 不以 area.prefix ${prefix} 开头`,
    en: `area.code ${code} does not start with area.prefix ${prefix}`,
  }),
} as const;

/** Messages about values a schema allows only from a list, or fields it forbids in a context. */
export const SCHEMA_TEXT = {
  notApplicable: (field: string): Text => ({
    zh: `字段 ${field} 不适用于此处`,
    en: `the field ${field} does not apply here`,
  }),
  unknownValue: (found: string, suggestion: string | null): Text =>
    suggestion
      ? { zh: `${found} 不是可用的值，是否应为 ${suggestion}？`, en: `${found} is not an allowed value; did you mean ${suggestion}?` }
      : { zh: `${found} 不是可用的值`, en: `${found} is not an allowed value` },
} as const;

/** What a field of a policy document should hold, as "expected …" names it. */
export const POLICY_EXPECTED = {
  text: { zh: '非空文本', en: 'a non-empty text' },
  bilingual: { zh: '{zh: …, en: …}', en: '{zh: …, en: …}' },
  measureList: { zh: '非空的指标列表', en: 'a non-empty list of measures' },
  formula: { zh: '公式 {numerator: […]}', en: 'a formula {numerator: […]}' },
  positive: { zh: '正数', en: 'a positive number' },
  levels: { zh: '级别列表', en: 'a list of levels' },
  mapping: { zh: '映射（键: 值）', en: 'a mapping' },
  rule: { zh: '{comparator, threshold}', en: '{comparator, threshold}' },
  threshold: { zh: '数字或 true/false', en: 'a number or true/false' },
  list: { zh: '列表', en: 'a list' },
  textList: { zh: '非空文本的非空列表', en: 'a non-empty list of non-empty texts' },
  area: { zh: '{prefix, code, name}', en: '{prefix, code, name}' },
  prefix: { zh: '2至6位数字（带引号）', en: 'two to six digits, quoted' },
  code: { zh: '6位代码（带引号）', en: 'a quoted 6-digit code' },
} satisfies Record<string, Text>;
