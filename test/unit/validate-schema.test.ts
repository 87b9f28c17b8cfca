import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
// @ts-ignore: a plain ESM script without type declarations
import { buildUnitReportSchema, renderUnitReportSchema } from '../../scripts/build-schemas.mjs';
// @ts-ignore: a plain ESM script without type declarations
import { buildPolicySchema, renderPolicySchema } from '../../scripts/build-policy-schema.mjs';
import { dataPath, schemaPath } from '../../src/shared/paths.js';
import { compileSchema } from '../../src/validate/ajv.js';

const registry = readFileSync(dataPath('measures.yaml'), 'utf8');
const groupTexts = readFileSync(dataPath('measure-groups.yaml'), 'utf8');

describe('the policy schema', () => {
  test('the committed schema is what npm run schemas generates from data/measures.yaml', () => {
    expect(readFileSync(schemaPath('policy.schema.json'), 'utf8')).toBe(renderPolicySchema(registry));
  });

  test('a new measure in the registry may be named in a formula', () => {
    const ids = (source: string) => JSON.stringify(buildPolicySchema(source).$defs.measure);
    expect(ids(registry)).not.toContain('new_group.thing');
    expect(ids(`${registry}\nnew_group.thing: {type: number, unit: m2, zh: 新, en: new}\n`)).toContain('new_group.thing');
  });
});

describe('the unit-report schema', () => {
  test('the committed schema is what npm run schemas generates from data/measures.yaml and its groups', () => {
    expect(readFileSync(schemaPath('unit-report.schema.json'), 'utf8')).toBe(renderUnitReportSchema(registry, groupTexts));
  });

  test('it nests measures by group, with types, minimum 0, and both languages', () => {
    const schema = buildUnitReportSchema(registry, groupTexts);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    const townships = schema.properties.measures.properties.townships;
    expect(townships.additionalProperties).toBe(false);
    expect(townships.properties.with_regional_center).toMatchObject({ type: 'integer', minimum: 0 });
    expect(townships.properties.with_regional_center.description).toMatch(/区域养老服务中心.*regional/);
    expect(schema.properties.measures.properties.smart_care.properties.platform_built).toEqual({
      type: 'boolean',
      description: expect.any(String),
      errorMessage: expect.any(String),
    });
    expect(schema.properties.measures.properties.lottery.properties.welfare_fund.type).toBe('number');
  });

  test('a new measure in the registry appears in the schema', () => {
    const schema = buildUnitReportSchema(
      `${registry}\nnew_group.thing: {type: number, unit: m2, zh: 新, en: new}\n`,
      `${groupTexts}\nnew_group: {zh: 新组, en: new group, description: {zh: 新的一组, en: a new group}}\n`,
    );
    expect(schema.properties.measures.properties.new_group.properties.thing).toMatchObject({ type: 'number', minimum: 0 });
    expect(schema.properties.measures.properties.new_group.description).toBe('新组：新的一组 / new group: a new group');
  });

  test('a group without a name and description, or a named group without measures, stops the generator', () => {
    expect(() => buildUnitReportSchema(`${registry}\nnew_group.thing: {type: number, unit: m2, zh: 新, en: new}\n`, groupTexts)).toThrow(/new_group/);
    expect(() => buildUnitReportSchema(registry, `${groupTexts}\nghost: {zh: 空, en: ghost, description: {zh: 无, en: none}}\n`)).toThrow(/ghost/);
  });

  // yaml-language-server (VS Code's YAML extension) shows `errorMessage` for a wrong type, enum or
  // const and `patternErrorMessage` (else `errorMessage`) for a failed pattern
  // (schemaValidation/baseValidator.ts): the editor's words for the slips people make.
  test('the editor gets bilingual messages where yaml-language-server reads them', () => {
    const schema = buildUnitReportSchema(registry, groupTexts);
    const bilingual = (text: unknown) => {
      expect(text).toEqual(expect.any(String));
      const [zh, en] = String(text).split(' / ');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[A-Za-z]/);
    };
    const { code, name } = schema.properties.unit.properties;
    bilingual(code.errorMessage);
    bilingual(code.patternErrorMessage);
    expect(code.errorMessage).toMatch(/"450202"/);
    bilingual(name.errorMessage);
    bilingual(schema.properties.period.errorMessage);
    bilingual(schema.properties.period.patternErrorMessage);
    expect(schema.properties.period.patternErrorMessage).not.toMatch(/\^|\$|\[0-9\]/);
    bilingual(schema.properties.unit.errorMessage);
    bilingual(schema.properties.measures.errorMessage);
    bilingual(schema.properties.notes.errorMessage);
    const measures = schema.properties.measures.properties as Record<string, { properties: Record<string, { type: string; errorMessage: string }> }>;
    const byType = new Map<string, RegExp>([['integer', /整数.*whole number/], ['number', /数字.*a number/], ['boolean', /true 或 false.*true or false/]]);
    for (const [group, { properties }] of Object.entries(measures)) {
      for (const [leaf, property] of Object.entries(properties)) {
        bilingual(property.errorMessage);
        expect(property.errorMessage, `${group}.${leaf}`).toMatch(byType.get(property.type)!);
      }
    }
  });

  test('each group of data/measures.yaml has a name and a description in zh and en, shown by the editor', () => {
    const schema = buildUnitReportSchema(registry, groupTexts);
    const groups = parse(groupTexts) as Record<string, { zh: string; en: string; description: { zh: string; en: string } }>;
    const inRegistry = [...new Set(Object.keys(parse(registry) as object).map((id) => id.split('.')[0]!))];
    expect(Object.keys(groups)).toEqual(inRegistry);
    for (const [id, group] of Object.entries(groups)) {
      const property = schema.properties.measures.properties[id];
      expect(property.description).toBe(`${group.zh}：${group.description.zh} / ${group.en}: ${group.description.en}`);
      expect(group.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(group.description.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(group.en).not.toMatch(/_/);
    }
  });

  test('it accepts the spec example and refuses what the spec forbids', () => {
    const validate = compileSchema('test:unit-report', buildUnitReportSchema(registry, groupTexts));
    const good = { unit: { code: '450202', name: '城中区' }, period: '2025-06', measures: { townships: { total: 8, with_regional_center: 5 } }, notes: 'x' };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, period: '2025-13' })).toBe(false);
    expect(validate({ ...good, unit: { code: '45020' } })).toBe(false);
    expect(validate({ ...good, extra: 1 })).toBe(false);
    expect(validate({ ...good, measures: { townships: { total: -1 } } })).toBe(false);
    expect(validate({ ...good, measures: { townships: { totals: 1 } } })).toBe(false);
  });
});
