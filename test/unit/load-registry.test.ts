import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { levelOf } from '../../src/core/levels.js';
import { loadDivisions, parseDivisions } from '../../src/load/divisions.js';
import { loadMeasures, parseMeasures } from '../../src/load/measures.js';
import { dataPath, packageRoot, schemaPath } from '../../src/shared/paths.js';
import { measureIds } from '../support/catalog.js';

describe('shipped paths', () => {
  test('the package root holds package.json, data and schemas', () => {
    expect(existsSync(`${packageRoot}/package.json`)).toBe(true);
    expect(existsSync(dataPath('measures.yaml'))).toBe(true);
    expect(existsSync(schemaPath('unit-report.schema.json'))).toBe(true);
  });
});

describe('measures', () => {
  test('the registry loads every measure of the spec with its type, and is read once', () => {
    const measures = loadMeasures();
    expect([...measures.keys()]).toEqual(measureIds());
    expect(measures.get('townships.with_regional_center')).toMatchObject({ type: 'integer', unit: 'count', partOf: 'townships.total' });
    expect(measures.get('lottery.welfare_fund')?.type).toBe('number');
    expect(measures.get('smart_care.platform_built')?.type).toBe('boolean');
    expect(measures.get('training.sessions_ytd')?.window).toBe('year-to-date');
    expect(measures.get('home_care.sites_built_since_2020_10')?.window).toBe('since-2020-10-14');
    expect(loadMeasures()).toBe(measures);
  });

  test('every measure names the levels that hold it, in level order', () => {
    const measures = loadMeasures();
    expect(measures.get('population.elderly_60plus')?.levels).toEqual(['county']);
    expect(measures.get('staff.social_workers')?.levels).toEqual(['city', 'county']);
    expect(measures.get('lottery.welfare_fund')?.levels).toEqual(['province', 'city', 'county']);
    expect(parseMeasures('a.b: {type: integer, unit: count, zh: 甲, en: a, levels: [county, city]}').get('a.b')?.levels).toEqual(['city', 'county']);
    expect(() => parseMeasures('a.b: {type: integer, unit: count, zh: 甲, en: a}')).toThrow(/levels/);
    expect(() => parseMeasures('a.b: {type: integer, unit: count, zh: 甲, en: a, levels: [town]}')).toThrow(/levels/);
    expect(() => parseMeasures('a.b: {type: integer, unit: count, zh: 甲, en: a, levels: [city, city]}')).toThrow(/twice/);
  });

  test('a partOf naming an unknown measure is a bug in the registry', () => {
    expect(() => parseMeasures('a.b: {type: integer, unit: count, zh: 甲, en: a, partOf: a.c, levels: [county]}')).toThrow(/unknown measure/);
    expect(() => parseMeasures('a.b: {type: float, unit: count, zh: 甲, en: a, levels: [county]}')).toThrow(/type/);
    expect(() => parseMeasures('a.b: {type: integer, unit: count, zh: 甲, en: a, levels: [county], window: since-2021-02-30}')).toThrow(/window/);
  });
});

describe('divisions', () => {
  test('levels come from the code, parents from the table', () => {
    const table = parseDivisions('450000 广西壮族自治区\n450200 柳州市\n450202 城中区\n419001 济源市\n410000 河南省\n');
    expect(table.get('450000')).toEqual({ code: '450000', name: '广西壮族自治区', level: 'province', parent: null });
    expect(table.get('450200')).toEqual({ code: '450200', name: '柳州市', level: 'city', parent: '450000' });
    expect(table.get('450202')).toEqual({ code: '450202', name: '城中区', level: 'county', parent: '450200' });
    // a county with no city of its own in the table hangs under its province
    expect(table.get('419001')?.parent).toBe('410000');
    expect(levelOf('520000')).toBe('province');
    expect(levelOf('520100')).toBe('city');
    expect(levelOf('520581')).toBe('county');
  });

  test('the bundled table names the units of the five areas', () => {
    const table = loadDivisions();
    expect(table.get('450202')?.name).toBe('城中区');
    expect(table.get('520581')).toMatchObject({ name: '黔西市', level: 'county', parent: '520500' });
    expect(table.get('211300')).toMatchObject({ name: '朝阳市', level: 'city', parent: '210000' });
    expect(table.has('520522')).toBe(false);
    expect(loadDivisions()).toBe(table);
  });

  test('reads as a map: the same divisions by get, by iteration and by forEach, each made once', () => {
    const table = parseDivisions('450000 广西壮族自治区\n450200 柳州市\n450202 城中区\n');
    expect(table.size).toBe(3);
    expect([...table.keys()]).toEqual(['450000', '450200', '450202']);
    expect([...table.values()]).toEqual(['450000', '450200', '450202'].map((code) => table.get(code)));
    expect(new Map(table)).toEqual(new Map([...table.entries()]));
    const seen: string[] = [];
    table.forEach((division, code, map) => {
      expect(map).toBe(table);
      expect(division).toBe(table.get(code));
      seen.push(code);
    });
    expect(seen).toEqual(['450000', '450200', '450202']);
    expect(table.get('450202')).toBe(table.get('450202'));
    expect(table.get('459999')).toBeUndefined();
    expect(table.has('459999')).toBe(false);
  });

  test('lists the codes under a prefix as iterating every unit would', () => {
    const table = loadDivisions();
    const byIteration = (prefix: string): string[] => [...table.keys()].filter((code) => code.startsWith(prefix)).sort();
    for (const prefix of ['', '45', '4502', '450202', '52', '5201', '99', '4', '452', 'x4', '4502021']) {
      expect(table.codesUnder(prefix), prefix).toEqual(byIteration(prefix));
    }
    expect(table.codesUnder('4502')).toContain('450200');
    expect(table.size).toBe(new Set(table.keys()).size);
  });

  test('a malformed line is a bug in the table', () => {
    expect(() => parseDivisions('45020 城中区\n')).toThrow(/line 1/);
  });
});
