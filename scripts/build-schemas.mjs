// Generates schemas/unit-report.schema.json (draft 2020-12) from data/measures.yaml.
//   node scripts/build-schemas.mjs           write the schema
//   node scripts/build-schemas.mjs --check   exit 1 when the committed schema is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const measuresFile = join(root, 'data', 'measures.yaml');
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

/** The unit-report schema for a measure registry's text. */
export function buildUnitReportSchema(measuresSource) {
  const registry = parse(measuresSource);
  const groups = {};
  for (const [id, def] of Object.entries(registry)) {
    const [group, leaf] = id.split('.');
    groups[group] ??= { type: 'object', properties: {}, additionalProperties: false };
    const property = { type: def.type, description: describe(def) };
    if (def.type !== 'boolean') property.minimum = 0;
    groups[group].properties[leaf] = property;
  }
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
        required: ['code'],
        properties: {
          code: {
            type: 'string',
            pattern: '^[0-9]{6}$',
            description: '6位行政区划代码（GB/T 2260），写成带引号的字符串 / 6-digit administrative division code (GB/T 2260), a quoted string',
          },
          name: { type: 'string', description: '单位名称（可选） / name of the unit (optional)' },
        },
        additionalProperties: false,
      },
      period: {
        type: 'string',
        pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
        description: '数据所属月份 YYYY-MM（截至月末） / the month the figures describe, YYYY-MM (as of its last day)',
      },
      measures: {
        type: 'object',
        description: '各项指标；未填写的视为未知，0 是真实的零 / the measures; an absent one is unknown, 0 is a real zero',
        properties: groups,
        additionalProperties: false,
      },
      notes: { type: 'string', description: '备注 / notes' },
    },
    additionalProperties: false,
  };
}

/** The schema as the committed file holds it. */
export function renderUnitReportSchema(measuresSource) {
  return `${JSON.stringify(buildUnitReportSchema(measuresSource), null, 2)}\n`;
}

function main(argv) {
  const text = renderUnitReportSchema(readFileSync(measuresFile, 'utf8'));
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(unitReportSchemaFile, 'utf8');
    } catch {
      // missing: out of date
    }
    if (current !== text) {
      console.error('schemas/unit-report.schema.json is out of date: run npm run schemas');
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(unitReportSchemaFile, text);
  console.log(`wrote ${unitReportSchemaFile}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
