import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { BaselineEntry } from '../../src/core/baseline.js';
import { STATUSES } from '../../src/core/types.js';
import type { Result } from '../../src/core/types.js';
import { render } from '../../src/report/json.js';
import { makeContext, makeIndicative, makeLargeContext, makeProblem, makeResult } from './fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as object;
// ajv-formats is CommonJS: its function arrives as the module or as its `default`
const addFormats = (typeof addFormatsModule === 'function' ? addFormatsModule : (addFormatsModule as { default: unknown }).default) as (
  ajv: Ajv2020,
) => unknown;
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const SPEC_TOP = ['schemaVersion', 'tool', 'asOf', 'summary', 'results', 'problems'];
const SPEC_RESULT = ['target', 'document', 'unit', 'aggregate', 'period', 'status', 'value', 'rule', 'deadline', 'flags', 'trend', 'source'];
const SPEC_TREND = ['observations', 'pace', 'requiredPace', 'projected', 'paceRatio'];

interface Parsed {
  summary: Record<string, number>;
  results: (Record<string, unknown> & { unit: { code: string; name: string }; target: string; aggregate: boolean; status: string })[];
  problems: { file: string; line: number | null; column: number | null; code: string }[];
  indicative: { target: string; unit: { code: string } }[];
  documents: { id: string }[];
  tool: { name: string; version: string };
  [key: string]: unknown;
}

function parse(text: string): Parsed {
  return JSON.parse(text) as Parsed;
}

function shuffled<T>(items: readonly T[]): T[] {
  // a fixed permutation: reversed, then odd before even positions
  const r = [...items].reverse();
  return [...r.filter((_, i) => i % 2 === 1), ...r.filter((_, i) => i % 2 === 0)];
}

describe('JSON report', () => {
  const ctx = makeContext();
  const text = render(ctx);
  const report = parse(text);

  it('is JSON ending in a newline', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(report.schemaVersion).toBe(1);
  });

  it('validates against schemas/report.schema.json', () => {
    const ok = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema rejects what the report must not hold', () => {
    const bad = structuredClone(report);
    (bad.results[0] as Record<string, unknown>)['status'] = 'fine';
    expect(validate(bad)).toBe(false);
    const extra = structuredClone(report) as Record<string, unknown>;
    extra['surprise'] = 1;
    expect(validate(extra)).toBe(false);
    const noSummaryKey = structuredClone(report);
    delete noSummaryKey.summary['no-data'];
    expect(validate(noSummaryKey)).toBe(false);
  });

  it('puts the spec keys first, in spec order, and the additions after', () => {
    expect(Object.keys(report).slice(0, SPEC_TOP.length)).toEqual(SPEC_TOP);
    expect(Object.keys(report).slice(SPEC_TOP.length)).toEqual(['indicative', 'documents', 'unreported', 'thresholds']);
    expect(Object.keys(report['thresholds' as keyof typeof report] as object)).toEqual(['on-track', 'at-risk', 'trend-window', 'carry', 'coverage']);
    for (const r of report.results) {
      expect(Object.keys(r).slice(0, SPEC_RESULT.length)).toEqual(SPEC_RESULT);
      expect(Object.keys(r.unit)).toEqual(['code', 'name', 'level']);
      expect(Object.keys(r['rule'] as object)).toEqual(['comparator', 'threshold']);
      expect(Object.keys(r['trend'] as object)).toEqual(SPEC_TREND);
    }
    expect(Object.keys(report.problems[0] ?? {})).toEqual(['file', 'line', 'column', 'path', 'message', 'code', 'severity']);
  });

  it('carries the additions of Result', () => {
    const missed = report.results.find((r) => r.target === 'guizhou-2023/monthly-visits' && r.unit.code === '520102');
    expect(missed).toMatchObject({ status: 'missed', metLate: '2025-03', flags: ['provisional'], period: '2024-11' });
    for (const key of ['gap', 'progress', 'monthsLeft', 'since', 'metLate', 'missingUnits', 'carried', 'coverage', 'missingMeasures', 'noDataReason', 'responsible', 'history']) {
      expect(missed).toHaveProperty(key);
    }
    expect(missed).not.toHaveProperty('change');
    const noData = report.results.find((r) => r.status === 'no-data' && !r.aggregate);
    expect(noData?.['missingMeasures']).toEqual(['institutions.county_disability_care']);
    expect(noData?.['noDataReason']).toBe('missing-measure');
    // a whole area: the units carried forward with the period their figures come from, the coverage of each period
    const carried = report.results.find((r) => r.target === 'liuzhou-2023/home-adaptation' && r.aggregate);
    expect(carried).toMatchObject({ flags: ['carried'], carried: [{ code: '450226', period: '2025-05' }], noDataReason: null });
    expect(carried?.['coverage']).toEqual([{ period: '2025-05', share: 1, used: true }, { period: '2025-06', share: 1, used: true }]);
    const thin = report.results.find((r) => r.target === 'guizhou-2023/rural-mutual-aid-demos' && r.aggregate);
    expect(thin).toMatchObject({ status: 'no-data', noDataReason: 'thin-coverage', missingUnits: ['520103'], flags: ['partial'] });
    expect(missed?.['responsible']).toEqual(['市民政局', '财政局']);
    expect(report['thresholds' as keyof typeof report]).toEqual({ 'on-track': 0.95, 'at-risk': 0.6, 'trend-window': 13, carry: 3, coverage: 0.8 });
  });

  it('sorts results by unit code, target id, own result before the whole area', () => {
    const keys = report.results.map((r) => [r.unit.code, r.target, r.aggregate ? 1 : 0] as const);
    const sorted = [...keys].sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] !== b[1] ? (a[1] < b[1] ? -1 : 1) : a[2] - b[2]));
    expect(keys).toEqual(sorted);
    // 520000 holds the province's own result and whole-province results
    const at520000 = report.results.filter((r) => r.unit.code === '520000');
    expect(at520000.some((r) => !r.aggregate) && at520000.some((r) => r.aggregate)).toBe(true);
  });

  it('puts a unit result before the whole-area result of the same target and code', () => {
    const own = makeResult({ target: 'guizhou-2023/lottery-share', unit: { code: '520000' }, aggregate: false });
    const area = makeResult({ target: 'guizhou-2023/lottery-share', unit: { code: '520000' }, aggregate: true });
    const out = parse(render(makeContext({ results: [area, own] })));
    expect(out.results.map((r) => r.aggregate)).toEqual([false, true]);
  });

  it('sorts problems by file, line, column', () => {
    const problems = [
      makeProblem({ file: 'b.yaml', line: 3, column: 1 }),
      makeProblem({ file: 'a.yaml', line: 10, column: 2 }),
      makeProblem({ file: 'a.yaml', line: 2, column: 9 }),
      makeProblem({ file: 'a.yaml', line: 2, column: 3 }),
      makeProblem({ file: 'a.yaml', line: null, column: null, path: null, code: 'yaml-syntax' }),
    ];
    const out = parse(render(makeContext({ problems })));
    expect(out.problems.map((p) => [p.file, p.line, p.column])).toEqual([
      ['a.yaml', null, null],
      ['a.yaml', 2, 3],
      ['a.yaml', 2, 9],
      ['a.yaml', 10, 2],
      ['b.yaml', 3, 1],
    ]);
  });

  it('counts every status in the summary, zeros included, in the order of STATUSES', () => {
    expect(Object.keys(report.summary)).toEqual([...STATUSES]);
    for (const s of STATUSES) {
      expect(report.summary[s]).toBe(ctx.evaluation.results.filter((r) => r.status === s).length);
    }
    const onlyMet = parse(render(makeContext({ results: [makeResult({ status: 'met' }), makeResult({ status: 'met', unit: { code: '450203' } })] })));
    expect(onlyMet.summary).toEqual({ met: 2, 'on-track': 0, 'at-risk': 0, 'off-track': 0, pending: 0, missed: 0, 'no-data': 0 });
  });

  it('never counts indicative values in the summary', () => {
    const withMore = makeContext({
      results: [makeResult({ status: 'missed', value: 12 })],
      indicative: [makeIndicative(), makeIndicative({ unit: { code: '450203' } })],
    });
    const out = parse(render(withMore));
    expect(Object.values(out.summary).reduce((a, b) => a + b, 0)).toBe(1);
    expect(out.indicative).toHaveLength(2);
  });

  it('gives the same bytes twice, whatever order the input came in', () => {
    expect(render(ctx)).toBe(text);
    const reordered = makeContext({
      evaluation: { results: shuffled(ctx.evaluation.results), indicative: shuffled(ctx.evaluation.indicative) },
      problems: shuffled(ctx.problems),
      documents: shuffled(ctx.documents),
    });
    expect(render(reordered)).toBe(text);
  });

  it('marks a whole-area result aggregate with the area code', () => {
    const area = report.results.filter((r) => r.target.startsWith('liuzhou-2023/') && r.aggregate);
    expect(area.length).toBeGreaterThan(0);
    for (const r of area) {
      expect(r.unit.code).toBe('450200');
      expect(r['source']).toBeNull();
    }
    const partial = area.find((r) => r.target === 'liuzhou-2023/director-training');
    expect(partial).toMatchObject({ flags: ['partial'], missingUnits: ['450226'] });
  });

  it('takes the tool from the context and lists documents and unreported units', () => {
    const out = parse(render(makeContext({ tool: { name: 'care-check', version: '9.9.9' } })));
    expect(out.tool).toEqual({ name: 'care-check', version: '9.9.9' });
    expect(out.documents.map((d) => d.id)).toEqual(['guilin-2020', 'guizhou-2023', 'liuzhou-2023']);
    expect(Object.keys(out.documents[0] ?? {})).toEqual(['id', 'title', 'number', 'issued', 'area']);
    expect(out['unreported']).toEqual({ 'guizhou-2023': [], 'liuzhou-2023': [{ code: '450226', name: '三江侗族自治县' }] });
  });

  it('writes a number that is not finite as null, and still validates', () => {
    const odd: Result = makeResult({ status: 'no-data', value: Number.NaN, progress: Number.POSITIVE_INFINITY, gap: null });
    const out = parse(render(makeContext({ results: [odd] })));
    expect(out.results[0]?.['value']).toBeNull();
    expect(out.results[0]?.['progress']).toBeNull();
    expect(validate(out)).toBe(true);
  });

  it('carries change only when the result has one', () => {
    const out = parse(
      render(makeContext({ baseline: true, results: [makeResult({ change: 'worsened', status: 'missed', value: 3 }), makeResult({ unit: { code: '450203' } })] })),
    );
    expect(out.results[0]?.['change']).toBe('worsened');
    expect(Object.keys(out.results[0] ?? {}).at(-1)).toBe('change');
    expect(out.results[1]).not.toHaveProperty('change');
    expect(validate(out)).toBe(true);
  });

  it('lists the results gone since the baseline under gone, sorted, only when a baseline was given', () => {
    const gone: BaselineEntry[] = [
      { target: 'liuzhou-2023/home-adaptation', unit: { code: '450226', name: '三江侗族自治县' }, aggregate: false, status: 'met', value: 12, period: '2025-05' },
      { target: 'guizhou-2023/monthly-visits', unit: { code: '520111', name: null }, aggregate: false, status: 'off-track', value: true, period: null },
      { target: 'liuzhou-2023/home-adaptation', unit: { code: '450200', name: '柳州市' }, aggregate: true, status: 'at-risk', value: 5000, period: '2025-05' },
      { target: 'liuzhou-2023/facility-area-new', unit: { code: '450226', name: '三江侗族自治县' }, aggregate: false, status: 'missed', value: null, period: '2025-04' },
    ];
    const results = [makeResult({ change: 'unchanged' })];
    const text = render(makeContext({ baseline: true, results, gone }));
    const out = parse(text);
    expect(validate(out)).toBe(true);
    expect(Object.keys(out).at(-1)).toBe('gone');
    expect(out['gone']).toEqual([
      { target: 'liuzhou-2023/home-adaptation', unit: { code: '450200', name: '柳州市' }, aggregate: true, previousStatus: 'at-risk', previousValue: 5000, previousPeriod: '2025-05' },
      { target: 'liuzhou-2023/facility-area-new', unit: { code: '450226', name: '三江侗族自治县' }, aggregate: false, previousStatus: 'missed', previousValue: null, previousPeriod: '2025-04' },
      { target: 'liuzhou-2023/home-adaptation', unit: { code: '450226', name: '三江侗族自治县' }, aggregate: false, previousStatus: 'met', previousValue: 12, previousPeriod: '2025-05' },
      { target: 'guizhou-2023/monthly-visits', unit: { code: '520111', name: null }, aggregate: false, previousStatus: 'off-track', previousValue: true, previousPeriod: null },
    ]);
    expect(render(makeContext({ baseline: true, results, gone: [...gone].reverse() }))).toBe(text);

    // a baseline with nothing gone: an empty list; no baseline: no key, the bytes as before
    const none = parse(render(makeContext({ baseline: true, results })));
    expect(none['gone']).toEqual([]);
    expect(validate(none)).toBe(true);
    expect(parse(render(makeContext({ results, gone })))).not.toHaveProperty('gone');

    const bad = structuredClone(out);
    ((bad['gone'] as Record<string, unknown>[])[0] as Record<string, unknown>)['previousStatus'] = 'fine';
    expect(validate(bad)).toBe(false);
    const noStatus = structuredClone(out);
    delete ((noStatus['gone'] as Record<string, unknown>[])[0] as Record<string, unknown>)['previousStatus'];
    expect(validate(noStatus)).toBe(false);
  });

  it('renders and validates a province-sized set', () => {
    const big = makeLargeContext({ units: 100, targets: 30 });
    const out = parse(render(big));
    expect(out.results).toHaveLength(3000);
    expect(validate(out)).toBe(true);
  });
});

// One JSON contract: the writer and schemas/report.schema.json hold the same keys. Validation (the
// schema's additionalProperties: false) shows that the writer writes no key the schema lacks; this
// shows that the schema declares no key the writer never writes, object by object.
describe('the report schema and the JSON writer', () => {
  type Node = Record<string, unknown>;
  const root = schema as Node;
  const resolveRef = (node: Node): Node => {
    const ref = node['$ref'];
    return typeof ref === 'string' ? resolveRef(((root['$defs'] as Node)[ref.replace('#/$defs/', '')] ?? {}) as Node) : node;
  };
  /** Each object schema met (by identity) with the union of the keys of the values it described. */
  function keysSeen(node: Node, value: unknown, seen: Map<Node, Set<string>>): void {
    const n = resolveRef(node);
    for (const branch of [...((n['oneOf'] ?? []) as Node[]), ...((n['anyOf'] ?? []) as Node[])]) {
      const b = resolveRef(branch);
      const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
      if ((b['type'] === 'object') === isObject && (b['type'] !== 'array') === !Array.isArray(value)) keysSeen(b, value, seen);
    }
    if (Array.isArray(value) && n['items']) for (const item of value) keysSeen(n['items'] as Node, item, seen);
    // a map (document id → units): each value by the schema of additionalProperties
    const more = n['additionalProperties'];
    if (more !== null && typeof more === 'object' && value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) keysSeen(more as Node, item, seen);
    }
    const properties = n['properties'] as Record<string, Node> | undefined;
    if (properties && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = seen.get(n) ?? new Set<string>();
      seen.set(n, keys);
      for (const [key, item] of Object.entries(value)) {
        keys.add(key);
        if (properties[key]) keysSeen(properties[key], item, seen);
      }
    }
  }

  it('declares every key the writer writes, and no other', () => {
    const gone: BaselineEntry[] = [
      { target: 'liuzhou-2023/home-adaptation', unit: { code: '450226', name: '三江侗族自治县' }, aggregate: false, status: 'met', value: 12, period: '2025-05' },
    ];
    const base = makeContext();
    const results = [...base.evaluation.results.map((r, i) => (i % 2 === 0 ? { ...r, change: 'worsened' as const, previousStatus: 'met' as const } : r))];
    const unreported = { 'liuzhou-2023': [{ code: '450226', name: '三江侗族自治县' }] };
    const report = parse(render(makeContext({ baseline: true, results, indicative: base.evaluation.indicative, problems: base.problems, gone, unreported })));
    expect(validate(report)).toBe(true);
    const seen = new Map<Node, Set<string>>();
    keysSeen(root, report, seen);
    const objects: Node[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node !== null && typeof node === 'object') {
        if ((node as Node)['properties']) objects.push(node as Node);
        Object.values(node).forEach(collect);
      }
    };
    collect(root);
    expect(objects.length).toBeGreaterThan(10);
    for (const object of objects) {
      const declared = Object.keys(object['properties'] as object).sort();
      expect([...(seen.get(object) ?? [])].sort(), JSON.stringify(object).slice(0, 120)).toEqual(declared);
    }
  });
});
