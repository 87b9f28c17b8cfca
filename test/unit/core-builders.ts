// Builders of the core's plain inputs for the tests: a target, an indicator, a document, a
// statistics file and a division table, each with sensible defaults and any field overridden.
//
//   makeTarget('share')                                 a county share (x.done / x.total ≥ 60%) due 2025-12-31
//   makeTarget('total', { formula: COUNT_FORMULA, kind: 'cumulative', windowStart: '2025-01-01' })
//   makeDocument([t1, t2], { issued: '2023-01-01' })    a Liuzhou-area document (prefix 4502)
//   makeUnitReport('450202', '2025-06', { 'x.done': 4 })  positions: line 5, 6, … in the order given
//   shareReport('450202', '2025-06', 40, 100), countReport('450202', '2025-06', 7)
//   makeDivisions(['450200', ['450202', '城中区']])      a unit named by its code unless given a name

import { levelOf } from '../../src/core/levels.js';
import type { Division, Divisions, Formula, Indicator, Level, MeasureDef, MeasureValue, PolicyDocument, Target, UnitReport } from '../../src/core/types.js';

export const TEST_DOCUMENT = 'test-doc';

/** What countReport writes: a running count, read by a target with this formula. */
export const COUNT_FORMULA: Formula = { numerator: ['x.count'] };

/** What a target and an indicator share: a share of x.done in x.total, in the test document. */
function catalogEntry(slug: string, document = TEST_DOCUMENT): Omit<Indicator, 'scope'> {
  return {
    id: `${document}/${slug}`,
    document,
    indicator: { zh: slug, en: slug },
    formula: { numerator: ['x.done'], denominator: ['x.total'], scale: 100 },
    unit: 'percent',
    clause: '一(一)1',
    quote: '…',
    responsible: ['市民政局'],
  };
}

export function makeTarget(slug: string, over: Partial<Target> = {}): Target {
  return {
    ...catalogEntry(slug, over.document),
    rule: { comparator: '>=', threshold: 60 },
    deadline: { type: 'date', date: '2025-12-31' },
    scope: { type: 'each-county' },
    kind: 'level',
    ...over,
  };
}

export function makeIndicator(slug: string, over: Partial<Indicator> = {}): Indicator {
  return { ...catalogEntry(slug, over.document), scope: { type: 'each-county' }, ...over };
}

export function makeDocument(targets: Target[], over: Partial<PolicyDocument> = {}): PolicyDocument {
  const id = over.id ?? TEST_DOCUMENT;
  return {
    id,
    title: { zh: '测试', en: 'Test' },
    issuer: 'test',
    number: null,
    issued: '2023-03-03',
    area: { prefix: '4502', code: '450200', name: '柳州市' },
    source: 'test.md',
    notes: [],
    targets,
    indicators: [],
    file: `${id}.yaml`,
    ...over,
  };
}

/** A validated statistics file; each measure stands on its own line from line 5, in the order given. */
export function makeUnitReport(code: string, period: string, measures: Record<string, MeasureValue> = {}, over: Partial<UnitReport> = {}): UnitReport {
  return {
    file: `data/${period}/${code}.yaml`,
    code,
    name: null,
    level: levelOf(code),
    period,
    measures,
    positions: Object.fromEntries(Object.keys(measures).map((id, i) => [id, { line: 5 + i, column: 7 }])),
    ...over,
  };
}

/** A file with the two measures of the default target's share. */
export const shareReport = (code: string, period: string, done: number, total: number): UnitReport =>
  makeUnitReport(code, period, { 'x.done': done, 'x.total': total });

export const countReport = (code: string, period: string, value: number): UnitReport => makeUnitReport(code, period, { 'x.count': value });

/** A division table in the order given; a unit given by its code alone is named by its code. */
export function makeDivisions(units: readonly (string | readonly [code: string, name: string])[]): Divisions {
  const map = new Map<string, Division>(
    units.map((unit) => {
      const [code, name] = typeof unit === 'string' ? [unit, unit] : unit;
      return [code, { code, name, level: levelOf(code), parent: null }];
    }),
  );
  return {
    get: (code) => map.get(code),
    has: (code) => map.has(code),
    codesUnder: (prefix) => [...map.keys()].filter((code) => code.startsWith(prefix)).sort(),
  };
}

/** A measure registry of the levels that hold each measure: `makeMeasures({ 'x.done': ['county'] })`. */
export function makeMeasures(levels: Record<string, Level[]>): Map<string, MeasureDef> {
  return new Map(
    Object.entries(levels).map(([id, held]) => [id, { id, type: 'integer', unit: 'count', zh: id, en: id, levels: held } satisfies MeasureDef]),
  );
}
