import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import type { Lang, Result } from '../../src/core/types.js';
import type { ReportContext } from '../../src/report/context.js';
import { render } from '../../src/report/junit.js';
import { makeContext, makeProblem, makeResult } from './fixtures.js';
import type { ContextInput } from './fixtures.js';
import type { Problem } from '../../src/shared/problem.js';
import { said, textMessage } from '../support/problems.js';

const XSD = fileURLToPath(new URL('../fixtures/junit/junit-10.xsd', import.meta.url));
const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'care-check-junit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// ---------------------------------------------------------------- the context

const LZ = 'liuzhou-2023/';

/** 城中区 with one result of each status that matters, the city's own accounts, the whole area, another county. */
function sampleResults(): Result[] {
  return [
    makeResult({ target: LZ + 'facility-area-existing', status: 'missed', value: 12.5, flags: ['provisional'], source: { file: 'data/2025-06/450202.yaml', line: 7 } }),
    makeResult({ target: LZ + 'facility-area-new', status: 'met', value: 20.83 }),
    makeResult({ target: LZ + 'county-care-institution', status: 'pending', value: 0 }),
    makeResult({ target: LZ + 'centralized-support', status: 'no-data', missingMeasures: ['special_poor.centralized'] }),
    makeResult({ target: LZ + 'home-adaptation', status: 'at-risk', value: 4000 }),
    makeResult({ target: LZ + 'three-level-network', status: 'off-track', value: false, flags: ['regressing', 'low-confidence'] }),
    makeResult({ target: LZ + 'three-level-network', unit: { code: '450200' }, status: 'met', value: true }),
    makeResult({ target: LZ + 'township-center-coverage', unit: { code: '450200' }, aggregate: true, status: 'missed', value: 42.5, flags: ['partial'], missingUnits: ['450205'] }),
    makeResult({ target: LZ + 'director-training', unit: { code: '450200' }, aggregate: true, status: 'on-track', value: 90 }),
    makeResult({ target: LZ + 'three-level-network', unit: { code: '450203' }, status: 'met', value: true }),
  ];
}

const problems: Problem[] = [
  makeProblem({ file: 'data/2025-06/450204.yaml', line: 9, column: 5, path: 'measures.townships.total', code: 'wrong-type', message: 'should be an integer, found "八"' }),
  makeProblem({ file: 'data/2025-06/450205.yaml', line: null, column: null, path: null, code: 'name-mismatch', message: 'name differs', severity: 'warning' }),
];

function context(over: ContextInput = {}): ReportContext {
  return makeContext({ lang: 'en', results: sampleResults(), problems, asOf: '2025-12-31', ...over });
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
      'liuzhou-2023/centralized-support',
      'liuzhou-2023/county-care-institution',
      'liuzhou-2023/facility-area-existing',
      'liuzhou-2023/facility-area-new',
      'liuzhou-2023/home-adaptation',
      'liuzhou-2023/three-level-network',
    ]);
    expect(new Set(county?.testcase?.map((c) => c.classname))).toEqual(new Set(['liuzhou-2023']));
  });

  it('fails each status named by --fail-on, skips pending and no-data, and counts them', () => {
    const doc = parse(render(context()));
    const county = doc.testsuites.testsuite?.find((s) => s.name === '450202 城中区');
    const byName = new Map(county?.testcase?.map((c) => [c.name.split('/')[1], c]));
    expect(byName.get('facility-area-existing')?.failure?.type).toBe('missed');
    expect(byName.get('three-level-network')?.failure?.type).toBe('off-track');
    expect(byName.get('county-care-institution')?.skipped).toBeDefined();
    expect(byName.get('centralized-support')?.skipped).toBeDefined();
    for (const name of ['facility-area-new', 'home-adaptation']) {
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
    const missed = county?.testcase?.find((c) => c.name === 'liuzhou-2023/facility-area-existing');
    const message = missed?.failure?.message ?? '';
    expect(message).toContain('12.50');
    expect(message).toContain('≥ 15');
    expect(message).toContain('2025-12-31');
    expect(message).toContain('provisional');
    expect(message).toContain('data/2025-06/450202.yaml:7');
    // an aggregate has no source line
    const areaMissed = doc.testsuites.testsuite?.[1]?.testcase?.find((c) => c.failure);
    expect(areaMissed?.failure?.message).not.toContain('.yaml:');
    expect(areaMissed?.failure?.message).toContain('42.5%');
  });

  it('honours another --fail-on, and none at all', () => {
    const atRisk = parse(render(context({ failOn: ['at-risk', 'pending'] })));
    const county = atRisk.testsuites.testsuite?.find((s) => s.name === '450202 城中区');
    const failing = county?.testcase?.filter((c) => c.failure).map((c) => c.failure?.type);
    expect(failing).toEqual(['pending', 'at-risk']);
    // a status named by --fail-on fails even when it is pending
    expect(county?.testcase?.find((c) => c.name.endsWith('county-care-institution'))?.skipped).toBeUndefined();

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
      results: [makeResult({ status: 'missed', unit: { code: '450202', name: nasty }, source: { file: 'data/<x>&"y".yaml', line: 3 } })],
      problems: [{ ...problems[0]!, message: textMessage(nasty) }],
    });
    const xml = render(ctx);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    const doc = parse(xml);
    const suite = doc.testsuites.testsuite?.[0];
    const cleaned = nasty.replace(/[\u0001\u0008\u000b\u001b\uFFFE\ud800]/g, '\uFFFD');
    expect(suite?.name).toBe(`450202 ${cleaned}`);
    expect(suite?.testcase?.[0]?.failure?.message).toContain('data/<x>&"y".yaml:3');
    expect(doc.testsuites.testsuite?.[1]?.testcase?.[0]?.error?.message).toBe(said({ ...problems[0]!, message: textMessage(cleaned) }, 'en'));
    if (HAS_XMLLINT) expect(xmllint(xml)).toMatchObject({ ok: true });
  });

  it('gives the same bytes twice and whatever the order of the results', () => {
    const a = render(context());
    const b = render(context());
    const shuffled = render(
      context({ results: sampleResults().reverse(), problems: [...problems].reverse() }),
    );
    expect(b).toBe(a);
    expect(shuffled).toBe(a);
    expect(a).not.toMatch(/timestamp|hostname/);
  });

  it('says what changed since the baseline', () => {
    const results = sampleResults().map((r, i) => ({ ...r, change: (['worsened', 'new', 'unchanged', 'improved'] as const)[i % 4] }));
    const doc = parse(render(context({ baseline: true, results })));
    const county = doc.testsuites.testsuite?.find((s) => s.name === '450202 城中区');
    const missed = county?.testcase?.find((c) => c.name.endsWith('facility-area-existing'));
    expect(missed?.failure?.message).toContain('worsened');
    const without = parse(render(context()));
    const plain = without.testsuites.testsuite?.find((s) => s.name === '450202 城中区');
    expect(plain?.testcase?.find((c) => c.name.endsWith('facility-area-existing'))?.failure?.message).not.toContain('worsened');
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
        for (const ctx of [context({ lang }), context({ lang, baseline: true, results })]) {
          const check = xmllint(render(ctx));
          expect(check.output).toMatch(/validates/);
          expect(check.ok).toBe(true);
        }
      }
      const empty = xmllint(render(context({ results: [], problems: [] })));
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
