// Every word of `init --area`, `template` and `import` that a person reads, in Chinese and English:
// the command's messages, the form's sheets and the import's report.
import type { Division, Level, Text } from '../core/types.js';

/** A level as the form and the import name it. */
export const FORM_LEVEL_WORDS: Record<Level, Text> = {
  province: { zh: '省本级', en: "province's own accounts" },
  city: { zh: '市本级', en: "city's own accounts" },
  county: { zh: '县级', en: 'county' },
};

const area = (d: Division) => `${d.code} ${d.name}`;

/**
 * The words the form itself uses and the import recognises, in both languages whatever the
 * language of the run: a form written in Chinese may be imported by an English-speaking analyst.
 */
export const FORM_WORDS = {
  /** the label before the period cell */
  period: { zh: '统计期', en: 'Period' },
  /** the label before the area cell */
  area: { zh: '地区', en: 'Area' },
  /** the label before the list of codes of a form made with --code */
  units: { zh: '填报单位', en: 'Units' },
  /** the label before the measures asked beyond the documents' needs (--also) */
  also: { zh: '另收集', en: 'Also asked' },
  /** the yes/no list of a true/false measure */
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  /** the headers of the id row: the key of the form */
  codeKey: 'code',
  nameKey: 'name',
} as const;

export const FORM_TEXT = {
  /** `县级 10 个` / `10 county` in the list of the levels a form holds */
  levelCount: (level: Level, n: number): Text => ({
    zh: `${FORM_LEVEL_WORDS[level].zh} ${n} 个`,
    en: `${n} ${FORM_LEVEL_WORDS[level].en}`,
  }),
  noSelection: { zh: '请用 --area 指定地区（如 4502），或用 --code 指定单位代码（可用逗号分隔多个）', en: 'name an area with --area (e.g. 4502) or units with --code (several separated by commas)' },
  badArea: (value: string): Text => ({
    zh: `--area 应为 2、4 或 6 位行政区划代码（如 45、4502、450200），收到 “${value}”`,
    en: `--area takes a 2-, 4- or 6-digit division code (45, 4502, 450200), got "${value}"`,
  }),
  codeOutsideArea: (code: string, a: Division): Text => ({
    zh: `${code} 不在 --area ${area(a)} 之内`,
    en: `${code} is not inside --area ${area(a)}`,
  }),
  noReportingUnit: (a: Division): Text => ({
    zh: `${area(a)} 没有需要填报的单位：适用的政策文件中没有目标要求这些单位填报数据`,
    en: `no unit of ${area(a)} reports figures: no target of the documents that apply asks these units for any`,
  }),
  initWrote: (path: string, measures: number): Text => ({
    zh: `已写出 ${path}：${measures} 项数据待填写`,
    en: `wrote ${path}: ${measures} figures to fill in`,
  }),
  initExists: (path: string): Text => ({
    zh: `${path} 已存在，未覆盖`,
    en: `${path} exists already, not overwritten`,
  }),
  initSummary: (written: number, existing: number, folder: string): Text => ({
    zh: `共写出 ${written} 个文件${existing > 0 ? `，${existing} 个已存在未覆盖（删除后可重新生成）` : ''}。填好后运行 care-check validate ${folder}`,
    en: `${written} ${written === 1 ? 'file' : 'files'} written${existing > 0 ? `, ${existing} existing ${existing === 1 ? 'file' : 'files'} left as they were (remove one to write it again)` : ''}. Then run care-check validate ${folder}`,
  }),
  initSkipped: (n: number): Text => ({
    zh: `另有 ${n} 个单位没有适用的政策文件或无需填报，未生成文件`,
    en: `${n} more ${n === 1 ? 'unit has' : 'units have'} no document or nothing to report: no file written`,
  }),
  outputNotFolder: (path: string): Text => ({
    zh: `--output ${path} 不是文件夹：为多个单位生成文件时，--output 指定存放 <月份>/<代码>.yaml 的文件夹`,
    en: `--output ${path} is not a folder: for several units, --output names the folder that receives <period>/<code>.yaml`,
  }),
  templateWrote: (path: string, units: number, measures: number, documents: readonly string[]): Text => ({
    zh: `已写出 ${path}：${units} 个单位 × ${measures} 项数据（${documents.join('、')}）。填好后运行 care-check import ${path}`,
    en: `wrote ${path}: ${units} ${units === 1 ? 'unit' : 'units'} × ${measures} figures (${documents.join(', ')}). Once filled in, run care-check import ${path}`,
  }),
  templateExists: (path: string): Text => ({
    zh: `${path} 已存在，不会覆盖（可能是已填好的表）；请换一个 --output 路径，或先删除该文件`,
    en: `${path} exists already and is not overwritten (it may be a filled-in form); choose another --output path or remove the file first`,
  }),
  unknownAlso: (id: string, suggestion: string | null): Text => ({
    zh: `--also：没有名为 “${id}” 的指标或指标组${suggestion ? `；是否要找 ${suggestion}？` : ''}`,
    en: `--also: no measure or group is named "${id}"${suggestion ? `; did you mean ${suggestion}?` : ''}`,
  }),
  fromProblems: (n: number): Text => ({
    zh: `--from 中有 ${n} 个问题：这些文件的数字不作参考`,
    en: `${n} ${n === 1 ? 'problem' : 'problems'} in --from: the figures of those files are not shown`,
  }),
  sheetForm: { zh: '填报表', en: 'Form' },
  sheetInstructions: { zh: '填写说明', en: 'Instructions' },
  sheetMeasures: { zh: '指标说明', en: 'Measures' },
  formTitle: (where: string, period: string): Text => ({
    zh: `${where} ${period} 养老服务统计数据填报表`,
    en: `${where}: elderly-care figures for ${period}`,
  }),
  namedUnits: (n: number): Text => ({
    zh: `指定的 ${n} 个单位`,
    en: `${n} named ${n === 1 ? 'unit' : 'units'}`,
  }),
  formHint: (lastDay: string, instructions: string): Text => ({
    zh: `白色格子填本单位截至 ${lastDay} 的数字；空白表示不掌握（不是 0），确实为零请填 0；灰色格子无需填报。填写前请先阅读“${instructions}”表。`,
    en: `White cells: the unit's figure as of ${lastDay}. An empty cell means unknown (not 0); write 0 for a real zero. Grey cells are not asked of the unit. Read the "${instructions}" sheet first.`,
  }),
  unitBand: { zh: '单位', en: 'unit' },
  codeHeader: { zh: '代码', en: 'code' },
  nameHeader: { zh: '名称', en: 'name' },
  levelHeader: { zh: '层级', en: 'level' },
  promptInteger: { zh: '填不小于 0 的整数', en: 'a whole number, 0 or more' },
  promptNumber: { zh: '填不小于 0 的数字（可有小数）', en: 'a number, 0 or more (decimals allowed)' },
  promptBoolean: { zh: '从列表选“是”或“否”', en: 'pick yes or no from the list' },
  promptAtMost: (whole: string, column: string): Text => ({
    zh: `不大于“${whole}”（${column} 列）`,
    en: `at most "${whole}" (column ${column})`,
  }),
  promptAtLeastParts: (columns: readonly string[]): Text => ({
    zh: `不小于其中各项（${columns.join('、')} 列）`,
    en: `at least each of its parts (column ${columns.join(', ')})`,
  }),
  promptUnknown: { zh: '空白＝不掌握，不是 0', en: 'empty = unknown, not 0' },
  promptFeeds: (ids: readonly string[]): Text => ({
    zh: `用于：${ids.join('、')}`,
    en: `feeds: ${ids.join(', ')}`,
  }),
  promptManyFeeds: (n: number, sheet: string): Text => ({
    zh: `用于 ${n} 项目标，见“${sheet}”表`,
    en: `feeds ${n} targets: see the "${sheet}" sheet`,
  }),
  promptAlso: { zh: '本表额外收集，不用于任何目标', en: 'asked by this form; no target uses it' },
  errorTitle: { zh: '不符合填写要求', en: 'Not accepted' },
  errorInteger: (unit: string): Text => ({
    zh: `应为不小于 0 的整数（${unit}）。不掌握请留空；不要带单位、逗号、“万”或百分号。`,
    en: `A whole number of 0 or more (${unit}). Leave it empty when unknown; no unit, comma, 万 or percent sign.`,
  }),
  errorNumber: (unit: string): Text => ({
    zh: `应为不小于 0 的数字（${unit}）。不掌握请留空；不要带单位、逗号、“万”或百分号。`,
    en: `A number of 0 or more (${unit}). Leave it empty when unknown; no unit, comma, 万 or percent sign.`,
  }),
  errorBoolean: { zh: '请从列表选“是”或“否”；不掌握请留空。', en: 'Pick yes or no from the list; leave it empty when unknown.' },
  errorAtMost: (column: string): Text => ({
    zh: `不能大于 ${column} 列的合计。`,
    en: `It cannot exceed the total in column ${column}.`,
  }),
  errorAtLeastParts: (columns: readonly string[]): Text => ({
    zh: `不能小于其中各项（${columns.join('、')} 列）。`,
    en: `It cannot be below its parts (column ${columns.join(', ')}).`,
  }),
  previousNote: (period: string, value: string): Text => ({
    zh: `上次填报（${period}）：${value}\n仅供参考，不会被导入`,
    en: `last reported (${period}): ${value}\nfor reference only, never imported`,
  }),
  instructionsTitle: (title: string): Text => ({
    zh: `${title}：填写说明`,
    en: `${title}: how to fill it in`,
  }),
  instructions: (o: {
    tool: string; where: string; period: string; lastDay: string; form: string; measures: string; idRow: number;
    levels: string; contact: string; previous: boolean;
  }): { zh: string[]; en: string[] } => ({
    zh: [
    `本表由 ${o.tool} 生成：${o.where}，统计期 ${o.period}，填截至 ${o.lastDay} 的数字。`,
    `“${o.form}”表每行一个填报单位（${o.levels}）。代码、名称和层级已锁定；请不要增删、移动行或列，也不要改动第 ${o.idRow} 行的指标编号——导入时靠它识别各列。`,
    '白色格子填本单位的数字；灰色格子不需本单位填报，已锁定。',
    '空白表示“不掌握”，不是 0：导入后该项为未知，相关目标显示“缺数据”。确实为零请填 0。不要填“无”“—”“/”之类的占位符。',
    '只填数字：不带单位，不用千分位逗号，不写“万”，不加百分号；整数项不填小数。是/否项从下拉列表选择“是”或“否”。',
    '“其中……”一项不能大于它的合计（例如“其中建有区域养老服务中心的”不大于“乡镇（街道）数”）；超出时格子变红，填成文字时格子变黄。',
    '市本级、省本级一行只填本级自身的数字，不要加上下级单位：全域合计由 care-check 计算。',
    '累计项：名称注明“2021年1月1日起累计”的，填自 2021 年 1 月 1 日起的累计数；名称以“本年”开头的，填自当年 1 月 1 日起的累计数。',
    `选中一个格子可看到该项的含义、要求和用于哪些目标；各项的完整说明见“${o.measures}”表。`,
    ...(o.previous ? ['带红色小三角的格子附有批注：该单位上次填报的数字，仅供对照，不会被导入；本月的数字请重新填写。'] : []),
    `填好后保存为 .xlsx 文件（Excel、WPS、LibreOffice 均可；也可另存为 CSV，UTF-8 或 GBK 编码均可），发送给：${o.contact}。`,
    `汇总方：care-check import <文件> --output data/ 为每个单位写出统计文件 data/${o.period}/<代码>.yaml，再用 care-check check data/ 检查。`,
  ],
    en: [
    `Written by ${o.tool}: ${o.where}, period ${o.period}: the figures as of ${o.lastDay}.`,
    `The "${o.form}" sheet has one row per reporting unit (${o.levels}). Codes, names and levels are locked; do not add, remove or move rows or columns, and leave the measure ids of row ${o.idRow} as they are: the import finds each column by them.`,
    "White cells take the unit's figures; grey cells are not asked of that unit and are locked.",
    'An empty cell means "unknown", not 0: the measure is unknown after the import and the targets it feeds show no-data. Write 0 for a real zero. Do not write placeholders such as "-", "/" or "none".',
    'Figures only: no unit, no thousands separator, no 万, no percent sign; no decimals where a whole number is asked. Pick yes or no from the list for a yes/no measure.',
    'An "of which" figure cannot exceed its total (e.g. "of which with a regional elderly-care centre" is at most "townships and sub-districts"); a cell that does turns red, and a figure typed as text turns yellow.',
    "The rows of a city's or province's own accounts hold only those accounts, without the lower units: care-check makes the whole area's sum.",
    'Running totals: a measure "since 2021-01-01" takes the total since 1 January 2021; a measure "this year" the total since 1 January of the period\'s year.',
    `Select a cell to see what the measure means, what it must be and which targets it feeds; the "${o.measures}" sheet describes every measure.`,
    ...(o.previous ? ["A cell with a small red triangle has a comment: the unit's last reported figure, for comparison only and never imported; this month's figure must be filled in anew."] : []),
    `Save the filled form as .xlsx (Excel, WPS and LibreOffice all do; a CSV in UTF-8 or GBK works too) and send it to: ${o.contact}.`,
    `For the analyst: care-check import <file> --output data/ writes each unit's statistics file data/${o.period}/<code>.yaml; care-check check data/ then checks them.`,
  ],
  }),
  defaultContact: (area: string | null): Text => ({
    zh: `发出本表的${area ?? ''}民政部门`,
    en: `the civil-affairs bureau${area ? ` of ${area}` : ''} that sent you this form`,
  }),
  documentsHeading: { zh: '适用的政策文件', en: 'Documents that apply' },
  documentColumns: { zh: ['编号', '名称', '文号'], en: ['id', 'title', 'number'] },
  measureColumns: { zh: ['指标编号', '名称', '单位', '取值', '约束', '累计口径', '填报单位', '用于的目标'], en: ['measure id', 'name', 'unit', 'value', 'constraint', 'running total', 'asked of', 'feeds'] },
  valueInteger: { zh: '整数 ≥ 0', en: 'whole number ≥ 0' },
  valueNumber: { zh: '数字 ≥ 0', en: 'number ≥ 0' },
  valueBoolean: { zh: '是 / 否', en: 'yes / no' },
  atMostMeasure: (whole: string): Text => ({
    zh: `不大于 ${whole}`,
    en: `at most ${whole}`,
  }),
  windowSince2021: { zh: '2021年1月1日起累计', en: 'since 2021-01-01' },
  windowYtd: { zh: '本年1月1日起累计', en: 'since 1 January of the year' },
  feedMarks: {
    wholeArea: { zh: '[全域]', en: '[area]' },
    indicative: { zh: '[参考]', en: '[shown]' },
  },
  feedsLegend: { zh: '[全域] 全域合计的目标；[参考] 只显示不判定的指标', en: '[area] a whole-area target; [shown] a figure shown without a verdict' },
  importPeriodMismatch: (form: string, at: string, option: string): Text => ({
    zh: `表中的统计期是 ${form}（${at}），--period 却是 ${option}：请核对是否用错了表，或去掉 --period`,
    en: `the form is for ${form} (${at}) but --period says ${option}: check that this is the right form, or drop --period`,
  }),
  importNoPeriod: (file: string): Text => ({
    zh: `${file} 没有写明统计期：请用 --period YYYY-MM 指定`,
    en: `${file} names no period: give it with --period YYYY-MM`,
  }),
  importBadPeriod: (value: string): Text => ({
    zh: `--period 应为 YYYY-MM（月份 01–12），收到 “${value}”`,
    en: `--period must be YYYY-MM (month 01–12), got "${value}"`,
  }),
  importWritten: (path: string, n: number): Text => ({
    zh: `已写出 ${path}（${n} 项数据）`,
    en: `wrote ${path} (${n} ${n === 1 ? 'figure' : 'figures'})`,
  }),
  importReplaced: (path: string, n: number): Text => ({
    zh: `已覆盖 ${path}（${n} 项数据，--force）`,
    en: `overwrote ${path} (${n} ${n === 1 ? 'figure' : 'figures'}, --force)`,
  }),
  importReplacedEmpty: (path: string, n: number): Text => ({
    zh: `已写出 ${path}（${n} 项数据；原文件是未填写的模板）`,
    en: `wrote ${path} (${n} ${n === 1 ? 'figure' : 'figures'}; the file there was an unfilled template)`,
  }),
  importUnchanged: (path: string): Text => ({
    zh: `未改动 ${path}：数字与表中相同`,
    en: `left ${path} as it is: the same figures as the form`,
  }),
  importRefusedExisting: (path: string): Text => ({
    zh: `未写出 ${path}：文件已存在且数字不同；核对表中数字无误后加 --force 覆盖`,
    en: `did not write ${path}: it exists with other figures; once the form's figures are checked, --force overwrites it`,
  }),
  importRefusedProblems: (unit: string, n: number): Text => ({
    zh: `未写出 ${unit}：本行有 ${n} 个问题，改正后重新导入`,
    en: `did not write ${unit}: its row has ${n} ${n === 1 ? 'problem' : 'problems'}; fix ${n === 1 ? 'it' : 'them'} and import again`,
  }),
  importEmptyRow: (unit: string): Text => ({
    zh: `${unit}：本行没有填写任何数字，不写文件`,
    en: `${unit}: the row holds no figure, no file written`,
  }),
  importSummary: (o: { file: string; period: string; written: number; replaced: number; unchanged: number; refused: number; empty: number }): Text => ({
    zh: `导入 ${o.file}（${o.period}）：写出 ${o.written} 个文件${o.replaced > 0 ? `（其中覆盖 ${o.replaced} 个）` : ''}，未改动 ${o.unchanged} 个，拒绝 ${o.refused} 个${o.empty > 0 ? `，空行 ${o.empty} 个` : ''}`,
    en: `imported ${o.file} (${o.period}): ${o.written} ${o.written === 1 ? 'file' : 'files'} written${o.replaced > 0 ? ` (${o.replaced} overwritten)` : ''}, ${o.unchanged} left as they were, ${o.refused} refused${o.empty > 0 ? `, ${o.empty} empty ${o.empty === 1 ? 'row' : 'rows'}` : ''}`,
  }),
  importNext: (folder: string): Text => ({
    zh: `下一步：care-check check ${folder}`,
    en: `next: care-check check ${folder}`,
  }),
};
