import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import type { Lang, PolicyDocument, Problem, Result, Status, Target } from '../../src/core/types.js';
import type { ReportContext } from '../../src/report/context.js';
import { render } from '../../src/report/junit.js';

const XSD = fileURLToPath(new URL('../fixtures/junit/junit-10.xsd', import.meta.url));
const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'care-check-junit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// ---------------------------------------------------------------- a context written by hand

function target(slug: string, unit: Target['unit'], threshold: number | boolean = 60): Target {
  return {
    id: `liuzhou-2023/${slug}`,
    document: 'liuzhou-2023',
    indicator: { zh: slug, en: slug },
    formula: { numerator: ['townships.with_regional_center'], denominator: ['townships.total'], scale: 100 },
    unit,
    clause: '二(五)14',
    quote: '…',
    rule: { comparator: '>=', threshold },
    deadline: { type: 'date', date: '2025-12-31' },
    scope: { type: 'each-county' },
    kind: 'level',
  };
}

const document: PolicyDocument = {
  id: 'liuzhou-2023',
  title: { zh: '柳州市推进基本养老服务体系建设工作方案', en: 'Liuzhou plan' },
  issuer: '柳州市人民政府办公室',
  number: null,
  issued: '2023-03-03',
  area: { prefix: '4502', code: '450200', name: '柳州市' },
  source: 'liuzhou.md',
  notes: [],
  targets: [target('township-center-coverage', 'percent'), target('three-level-network', 'boolean', true)],
  indicators: [],
  file: 'data/policies/liuzhou-2023.yaml',
};

function result(slug: string, status: Status, over: Partial<Result> = {}): Result {
  return {
    target: `liuzhou-2023/${slug}`,
    document: 'liuzhou-2023',
    unit: { code: '450202', name: '城中区', level: 'county' },
    aggregate: false,
    period: '2025-06',
    status,
    value: 42.5,
    rule: { comparator: '>=', threshold: 60 },
    deadline: '2025-12-31',
    flags: [],
    trend: { observations: 3, pace: 1.2, requiredPace: 2.5, projected: 50, paceRatio: 0.48 },
    source: { file: 'data/2025-06/450202.yaml', line: 7 },
    gap: 17.5,
    progress: 70.8,
    monthsLeft: 6,
    since: null,
    metLate: null,
    missingUnits: [],
    missingMeasures: [],
    history: [],
    ...over,
  };
}

const area = { code: '450200', name: '柳州市', level: 'city' as const };

function sampleResults(): Result[] {
  return [
    result('township-center-coverage', 'missed', { flags: ['provisional'] }),
    result('a-met', 'met', { value: 70 }),
    result('b-pending', 'pending'),
    result('c-no-data', 'no-data', { value: null, missingMeasures: ['townships.total'] }),
    result('d-at-risk', 'at-risk'),
    result('e-off-track', 'off-track', { flags: ['regressing', 'low-confidence'] }),
    result('three-level-network', 'met', { unit: area, value: true, rule: { comparator: '>=', threshold: true } }),
    result('township-center-coverage', 'missed', { unit: area, aggregate: true, source: null, flags: ['partial'], missingUnits: ['450205'] }),
    result('a-met', 'on-track', { unit: area, aggregate: true, source: null }),
    result('three-level-network', 'met', { unit: { code: '450203', name: '鱼峰区', level: 'county' }, value: true }),
  ];
}

const problems: Problem[] = [
  {
    file: 'data/2025-06/450204.yaml',
    line: 9,
    column: 5,
    path: 'measures.townships.total',
    code: 'wrong-type',
    message: 'should be an integer, found "八"',
    severity: 'error',
  },
  { file: 'data/2025-06/450205.yaml', line: null, column: null, path: null, code: 'name-mismatch', message: 'name differs', severity: 'warning' },
];

function context(over: Partial<ReportContext> = {}): ReportContext {
  return {
    evaluation: { asOf: '2025-12-31', results: sampleResults(), indicative: [] },
    problems,
    documents: [document],
    reports: [],
    lang: 'en',
    color: false,
    tool: { name: 'care-check', version: '0.1.0' },
    failOn: ['missed', 'off-track'],
    unreported: {},
    baseline: false,
    ...over,
  };
}

// ---------------------------------------------------------------- reading it back

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; type: string };
  skipped?: { message: string };
  error?: { message: string; type: string };
  'system-out'?: string;
}
interface SuiteXml {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
  testcase?: Case[];
  properties?: { property: { name: string; value: string }[] };
}
interface Parsed {
  testsuites: { name: string; tests: string; failures: string; errors: string; testsuite?: SuiteXml[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});

function parse(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Parsed;
}

function xmllint(xml: string): { ok: boolean; output: string } {
  const file = join(work, `report-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stderr };
}

const XMLLINT_NOTE = 'xmllint is not installed (apt-get install -y libxml2-utils): schema validation skipped';

// ---------------------------------------------------------------- tests

describe('junit report', () => {
  it('has one suite per unit and per whole area, in code order, the unit own accounts before the area', () => {
    const doc = parse(render(context()));
    const suites = doc.testsuites.testsuite ?? [];
    const codes = suites.map((s) => s.properties?.property.find((p) => p.name === 'unit.code')?.value);
    const aggregate = suites.map((s) => s.properties?.property.find((p) => p.name === 'aggregate')?.value);
    expect(codes.slice(0, 4)).toEqual(['450200', '450200', '450202', '450203']);
    expect(aggregate.slice(0, 4)).toEqual(['false', 'true', 'false', 'false']);
    // the city's own accounts and the whole area are told apart by name
    expect(suites[0]?.name).toBe('450200 柳州市');
    expect(suites[1]?.name).not.toBe(suites[0]?.name);
    expect(suites[1]?.name.startsWith('450200 柳州市')).toBe(true);
    // the input problems come last, in a suite of their own
    expect(suites).toHaveLength(5);
  });

  it('names each testcase by its target id and classname by document, sorted by target id', () => {
    const doc = parse(render(context()));
    const county = doc.testsuites.testsuite?.find((s) => s.name === '450202 城中区');
    const names = county?.testcase?.map((c) => c.name);
    expect(names).toEqual([
      'liuzhou-2023/a-met',
      'liuzhou-2023/b-pending',
      'liuzhou-2023/c-no-data',
      'liuzhou-2023/d-at-risk',
      'liuzhou-2023/e-off-track',
      'liuzhou-2023/township-center-coverage',
    ]);
    expect(new Set(county?.testcase?.map((c) => c.classname))).toEqual(new Set(['liuzhou-2023']));
  });

  it('fails each status named by --fail-on, skips pending and no-data, and counts them', () => {
    const doc = parse(render(context()));
    const county = doc.testsuites.testsuite?.find((s) => s.name === '450202 城中区');
    const byName = new Map(county?.testcase?.map((c) => [c.name.split('/')[1], c]));
    expect(byName.get('township-center-coverage')?.failure?.type).toBe('missed');
    expect(byName.get('e-off-track')?.failure?.type).toBe('off-track');
    expect(byName.get('b-pending')?.skipped).toBeDefined();
    expect(byName.get('c-no-data')?.skipped).toBeDefined();
    for (const name of ['a-met', 'd-at-risk']) {
      expect(byName.get(name)?.failure).toBeUndefined();
      expect(byName.get(name)?.skipped).toBeUndefined();
    }
    expect(county).toMatchObject({ tests: '6', failures: '2', errors: '0', skipped: '2' });

    // whole area: missed fails, on-track passes
    const areaSuite = doc.testsuites.testsuite?.[1];
    expect(areaSuite).toMatchObject({ tests: '2', failures: '1', skipped: '0' });

    // totals: 10 results + 1 input error; 3 failures (2 county + 1 area); 1 error
    expect(doc.testsuites).toMatchObject({ name: 'care-check', tests: '11', failures: '3', errors: '1' });
  });

  it('puts value, threshold, flags and the source line in the failure message', () => {
    const doc = parse(render(context()));
    const county = doc.testsuites.testsuite?.find((s) => s.name === '450202 城中区');
    const missed = county?.testcase?.find((c) => c.name === 'liuzhou-2023/township-center-coverage');
    const message = missed?.failure?.message ?? '';
    expect(message).toContain('42.5%');
    expect(message).toContain('60%');
    expect(message).toContain('2025-12-31');
    expect(message).toContain('provisional');
    expect(message).toContain('data/2025-06/450202.yaml:7');
    // an aggregate has no source line
    const areaMissed = doc.testsuites.testsuite?.[1]?.testcase?.find((c) => c.failure);
    expect(areaMissed?.failure?.message).not.toContain('.yaml:');
  });

  it('honours another --fail-on, and none at all', () => {
    const atRisk = parse(render(context({ failOn: ['at-risk', 'pending'] })));
    const county = atRisk.testsuites.testsuite?.find((s) => s.name === '450202 城中区');
    const failing = county?.testcase?.filter((c) => c.failure).map((c) => c.failure?.type);
    expect(failing).toEqual(['pending', 'at-risk']);
    // a status named by --fail-on fails even when it is pending
    expect(county?.testcase?.find((c) => c.name.endsWith('b-pending'))?.skipped).toBeUndefined();

    const never = parse(render(context({ failOn: [], problems: [] })));
    expect(never.testsuites).toMatchObject({ failures: '0', errors: '0', tests: '10' });
  });

  it('turns input errors into errored testcases and keeps warnings out of the counts', () => {
    const doc = parse(render(context()));
    const suite = doc.testsuites.testsuite?.at(-1);
    expect(suite).toMatchObject({ tests: '1', errors: '1', failures: '0' });
    expect(suite?.testcase?.[0]?.error?.type).toBe('wrong-type');
    expect(suite?.testcase?.[0]?.name).toContain('data/2025-06/450204.yaml:9:5');
  });

  it('escapes markup and strips characters that XML 1.0 forbids', () => {
    const nasty = 'A&B <c> "d" \'e\'\u0001\u0008\u000b\u001b\uFFFE\ud800 tab\tline\nret\r]]>';
    const ctx = context({
      evaluation: {
        asOf: '2025-12-31',
        indicative: [],
        results: [
          result('township-center-coverage', 'missed', {
            unit: { code: '450202', name: nasty, level: 'county' },
            source: { file: 'data/<x>&"y".yaml', line: 3 },
          }),
        ],
      },
      problems: [{ ...problems[0]!, message: nasty }],
    });
    const xml = render(ctx);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    const doc = parse(xml);
    const suite = doc.testsuites.testsuite?.[0];
    const cleaned = nasty.replace(/[\u0001\u0008\u000b\u001b\uFFFE\ud800]/g, '\uFFFD');
    expect(suite?.name).toBe(`450202 ${cleaned}`);
    expect(suite?.testcase?.[0]?.failure?.message).toContain('data/<x>&"y".yaml:3');
    expect(doc.testsuites.testsuite?.[1]?.testcase?.[0]?.error?.message).toBe(cleaned);
    if (HAS_XMLLINT) expect(xmllint(xml)).toMatchObject({ ok: true });
  });

  it('gives the same bytes twice and whatever the order of the results', () => {
    const a = render(context());
    const b = render(context());
    const shuffled = render(
      context({ evaluation: { asOf: '2025-12-31', indicative: [], results: sampleResults().reverse() }, problems: [...problems].reverse() }),
    );
    expect(b).toBe(a);
    expect(shuffled).toBe(a);
    expect(a).not.toMatch(/timestamp|hostname/);
  });

  it('says what changed since the baseline', () => {
    const results = sampleResults().map((r, i) => ({ ...r, change: (['worsened', 'new', 'unchanged', 'improved'] as const)[i % 4] }));
    const doc = parse(render(context({ baseline: true, evaluation: { asOf: '2025-12-31', indicative: [], results } })));
    const county = doc.testsuites.testsuite?.find((s) => s.name === '450202 城中区');
    const missed = county?.testcase?.find((c) => c.name.endsWith('township-center-coverage'));
    expect(missed?.failure?.message).toContain('worsened');
    const without = parse(render(context()));
    const plain = without.testsuites.testsuite?.find((s) => s.name === '450202 城中区');
    expect(plain?.testcase?.find((c) => c.name.endsWith('township-center-coverage'))?.failure?.message).not.toContain('worsened');
  });

  it('is readable in both languages', () => {
    for (const lang of ['zh', 'en'] as Lang[]) {
      const doc = parse(render(context({ lang })));
      expect(doc.testsuites.testsuite?.[1]?.name).toMatch(/^450200 柳州市.+/);
    }
    const zh = parse(render(context({ lang: 'zh' })));
    expect(zh.testsuites.testsuite?.[1]?.name).toContain('全域');
  });

  describe('against the JUnit schema (junit-10.xsd)', () => {
    it.skipIf(!HAS_XMLLINT)('validates a full report, in both languages, with and without a baseline', () => {
      for (const lang of ['zh', 'en'] as Lang[]) {
        const results = sampleResults().map((r) => ({ ...r, change: 'worsened' as const }));
        for (const ctx of [context({ lang }), context({ lang, baseline: true, evaluation: { asOf: '2025-12-31', indicative: [], results } })]) {
          const check = xmllint(render(ctx));
          expect(check.output).toMatch(/validates/);
          expect(check.ok).toBe(true);
        }
      }
      const empty = xmllint(render(context({ evaluation: { asOf: '2025-12-31', results: [], indicative: [] }, problems: [] })));
      expect(empty.ok).toBe(true);
    });

    it.skipIf(!HAS_XMLLINT)('rejects what the schema forbids (the validator is really at work)', () => {
      const xml = render(context()).replace('<testsuites name=', '<testsuites skipped="1" name=');
      expect(xmllint(xml).ok).toBe(false);
    });

    it.runIf(!HAS_XMLLINT)(XMLLINT_NOTE, () => {
      expect(() => execFileSync('xmllint', ['--version'])).toThrow();
    });
  });
});
