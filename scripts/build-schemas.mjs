// Generates schemas/unit-report.schema.json (draft 2020-12) from data/measures.yaml and the
// groups' names and descriptions in data/measure-groups.yaml.
//
// Editor messages: yaml-language-server (VS Code's YAML extension) shows a schema's `errorMessage`
// in place of its own for a wrong type, enum or const, and `patternErrorMessage` (else
// `errorMessage`) for a string that does not match `pattern` (its
// src/languageservice/parser/schemaValidation/baseValidator.ts); minimum, required and unknown
// keys keep its own words. ajv, which the tool validates with, ignores both keywords.
//   node scripts/build-schemas.mjs           write the schema
//   node scripts/build-schemas.mjs --check   exit 1 when the committed schema is out of date
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { writeOrCheck } from './schema-file.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const measuresFile = join(root, 'data', 'measures.yaml');
export const groupsFile = join(root, 'data', 'measure-groups.yaml');
export const unitReportSchemaFile = join(root, 'schemas', 'unit-report.schema.json');

const UNIT_TEXT = {
  persons: ['人', 'persons'],
  households: ['户', 'households'],
  m2: ['平方米', 'm²'],
  count: ['个', 'count'],
  beds: ['张', 'beds'],
  'wan-yuan': ['万元', '10,000 yuan'],
  'person-times': ['人次', 'person-times'],
  sessions: ['期', 'sessions'],
  devices: ['台', 'devices'],
  items: ['项', 'items'],
  boolean: ['是/否', 'yes/no'],
};

const LEVEL_TEXT = {
  province: ['省本级', "a province's own accounts"],
  city: ['市本级', "a city's own accounts"],
  county: ['县级单位', 'county-level units'],
};

function describe(def) {
  const [unitZh, unitEn] = UNIT_TEXT[def.unit] ?? [def.unit, def.unit];
  let zh = `${def.zh}（${def.type === 'boolean' ? 'true 或 false' : unitZh}）`;
  let en = `${def.en} (${def.type === 'boolean' ? 'true or false' : unitEn})`;
  if (def.partOf) {
    zh += `，不大于 ${def.partOf}`;
    en += `, at most ${def.partOf}`;
  }
  const levels = def.levels ?? [];
  zh += `；由${levels.map((l) => LEVEL_TEXT[l][0]).join('、')}填报`;
  en += `; reported by ${levels.map((l) => LEVEL_TEXT[l][1]).join(', ')}`;
  return `${zh} / ${en}`;
}

/** What the editor says of a figure of the wrong type: how such a figure is written. */
function typeMessage(def) {
  const [unitZh, unitEn] = UNIT_TEXT[def.unit] ?? [def.unit, def.unit];
  if (def.type === 'boolean') {
    return `${def.zh}：填 true 或 false（不写“是/否”） / ${def.en}: true or false (not 是/否 or yes/no)`;
  }
  const kind = def.type === 'integer' ? ['整数', 'a whole number'] : ['数字', 'a number'];
  const example = def.type === 'integer' ? '14273' : '1234.5';
  return (
    `${def.zh}：填${kind[0]}（${unitZh}），不带千位分隔符、百分号、“万”或单位，如 ${example} / ` +
    `${def.en}: ${kind[1]} (${unitEn}) without thousands separators, percent sign, 万 or unit, e.g. ${example}`
  );
}

/** A group's text in the editor: its name, then what it holds. */
function describeGroup(id, group) {
  if (!group) throw new Error(`data/measure-groups.yaml: the group ${id} needs a name and a description`);
  return `${group.zh}：${group.description.zh} / ${group.en}: ${group.description.en}`;
}

/** The unit-report schema for the text of the measure registry and of its groups. */
export function buildUnitReportSchema(measuresSource, groupsSource) {
  const registry = parse(measuresSource);
  const groupTexts = parse(groupsSource) ?? {};
  const groups = {};
  for (const [id, def] of Object.entries(registry)) {
    const [group, leaf] = id.split('.');
    groups[group] ??= {
      type: 'object',
      description: describeGroup(group, groupTexts[group]),
      errorMessage: `${group} 下逐项填写指标，每行“指标名: 数值” / under ${group}, one measure a line as "name: figure"`,
      properties: {},
      additionalProperties: false,
    };
    const property = { type: def.type, description: describe(def), errorMessage: typeMessage(def) };
    if (def.type !== 'boolean') property.minimum = 0;
    groups[group].properties[leaf] = property;
  }
  const extra = Object.keys(groupTexts).filter((group) => !groups[group]);
  if (extra.length > 0) throw new Error(`data/measure-groups.yaml: no measure is in the group ${extra.join(', ')}`);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'care-check statistics file',
    description:
      '一个报送单位、一个月份的统计数据（由 data/measures.yaml 生成：npm run schemas） / ' +
      'The figures of one reporting unit for one month (generated from data/measures.yaml: npm run schemas)',
    type: 'object',
    required: ['unit', 'period', 'measures'],
    properties: {
      unit: {
        type: 'object',
        description: '报送单位 / the reporting unit',
        errorMessage: '报送单位写成 unit: {code: "450202", name: 城中区} / the unit as unit: {code: "450202", name: 城中区}',
        required: ['code'],
        properties: {
          code: {
            type: 'string',
            pattern: '^[0-9]{6}$',
            description: '6位行政区划代码（GB/T 2260），写成带引号的字符串 / 6-digit administrative division code (GB/T 2260), a quoted string',
            errorMessage: '行政区划代码写成带引号的字符串，如 code: "450202" / write the division code in quotes, e.g. code: "450202"',
            patternErrorMessage: '行政区划代码是6位数字（GB/T 2260），如 "450202" / the division code is 6 digits (GB/T 2260), e.g. "450202"',
          },
          name: {
            type: 'string',
            description: '单位名称（可选） / name of the unit (optional)',
            errorMessage: '单位名称写成文字，如 name: 城中区 / the unit\'s name as text, e.g. name: 城中区',
          },
        },
        additionalProperties: false,
      },
      period: {
        type: 'string',
        pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
        description: '数据所属月份 YYYY-MM（截至月末） / the month the figures describe, YYYY-MM (as of its last day)',
        errorMessage: '月份写成带引号的 YYYY-MM，如 period: "2025-03" / the month in quotes as YYYY-MM, e.g. period: "2025-03"',
        patternErrorMessage: '月份写成 YYYY-MM（月份 01–12），如 "2025-03" / the month as YYYY-MM (month 01-12), e.g. "2025-03"',
      },
      measures: {
        type: 'object',
        description: '各项指标；未填写的视为未知，0 是真实的零 / the measures; an absent one is unknown, 0 is a real zero',
        errorMessage: '各项指标按组填写，如 measures: 下一行缩进写 population: / the measures by group, e.g. population: indented on the line below measures:',
        properties: groups,
        additionalProperties: false,
      },
      notes: { type: 'string', description: '备注 / notes', errorMessage: '备注写成文字 / notes are text' },
    },
    additionalProperties: false,
  };
}

/** The schema as the committed file holds it. */
export function renderUnitReportSchema(measuresSource, groupsSource) {
  return `${JSON.stringify(buildUnitReportSchema(measuresSource, groupsSource), null, 2)}\n`;
}

function main(argv) {
  writeOrCheck(unitReportSchemaFile, renderUnitReportSchema(readFileSync(measuresFile, 'utf8'), readFileSync(groupsFile, 'utf8')), argv);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
