import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-ignore: a plain ESM script without type declarations
import { buildUnitReportSchema, renderUnitReportSchema } from '../../scripts/build-schemas.mjs';
// @ts-ignore: a plain ESM script without type declarations
import { buildPolicySchema, renderPolicySchema } from '../../scripts/build-policy-schema.mjs';
import { dataPath, schemaPath } from '../../src/shared/paths.js';
import { compileSchema } from '../../src/validate/ajv.js';

const registry = readFileSync(dataPath('measures.yaml'), 'utf8');

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
  test('the committed schema is what npm run schemas generates from data/measures.yaml', () => {
    expect(readFileSync(schemaPath('unit-report.schema.json'), 'utf8')).toBe(renderUnitReportSchema(registry));
  });

  test('it nests measures by group, with types, minimum 0, and both languages', () => {
    const schema = buildUnitReportSchema(registry);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    const townships = schema.properties.measures.properties.townships;
    expect(townships.additionalProperties).toBe(false);
    expect(townships.properties.with_regional_center).toMatchObject({ type: 'integer', minimum: 0 });
    expect(townships.properties.with_regional_center.description).toMatch(/区域养老服务中心.*regional/);
    expect(schema.properties.measures.properties.smart_care.properties.platform_built).toEqual({
      type: 'boolean',
      description: expect.any(String),
    });
    expect(schema.properties.measures.properties.lottery.properties.welfare_fund.type).toBe('number');
  });

  test('a new measure in the registry appears in the schema', () => {
    const schema = buildUnitReportSchema(`${registry}\nnew_group.thing: {type: number, unit: m2, zh: 新, en: new}\n`);
    expect(schema.properties.measures.properties.new_group.properties.thing).toMatchObject({ type: 'number', minimum: 0 });
  });

  test('it accepts the spec example and refuses what the spec forbids', () => {
    const validate = compileSchema('test:unit-report', buildUnitReportSchema(registry));
    const good = { unit: { code: '450202', name: '城中区' }, period: '2025-06', measures: { townships: { total: 8, with_regional_center: 5 } }, notes: 'x' };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, period: '2025-13' })).toBe(false);
    expect(validate({ ...good, unit: { code: '45020' } })).toBe(false);
    expect(validate({ ...good, extra: 1 })).toBe(false);
    expect(validate({ ...good, measures: { townships: { total: -1 } } })).toBe(false);
    expect(validate({ ...good, measures: { townships: { totals: 1 } } })).toBe(false);
  });
});
