import { describe, expect, it } from 'vitest';
import type { BaselineEntry } from '../../src/core/baseline.js';
import type { Result, Status } from '../../src/core/types.js';
import { FORMAT_TEXT } from '../../src/i18n/formats.js';
import { MAX_ANNOTATIONS_PER_KIND, MAX_GONE_NAMED, render } from '../../src/report/github.js';
import { compareResults, problemOrder } from '../../src/report/order.js';
import { fixtureProblems, fixtureResults, makeContext, makeProblem, makeResult } from './fixtures.js';
import { said } from '../support/problems.js';

// ---------------------------------------------------------------- reading it back

interface Parsed {
  kind: string;
  props: Record<string, string>;
  message: string;
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(value: string): string {
  return unescapeData(value.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

/** The workflow commands of an output, as the Actions runner reads them. */
function parse(output: string): Parsed[] {
  if (output === '') return [];
  expect(output.endsWith('\n')).toBe(true);
  return output
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
      expect(m, line).not.toBeNull();
      const props: Record<string, string> = {};
      for (const pair of m?.[2] ? m[2].split(',') : []) {
        const eq = pair.indexOf('=');
        expect(eq).toBeGreaterThan(0);
        props[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
      expect(m?.[3]).not.toMatch(/[\r\n]/);
      return { kind: m?.[1] ?? '', props, message: unescapeData(m?.[3] ?? '') };
    });
}

const errorsOf = (p: Parsed[]) => p.filter((a) => a.kind === 'error');
const warningsOf = (p: Parsed[]) => p.filter((a) => a.kind === 'warning');

function goneEntry(target: string, code: string, status: Status): BaselineEntry {
  return { target, unit: { code, name: null }, aggregate: false, status, value: null, period: null };
}

// ---------------------------------------------------------------- tests

describe('github annotations', () => {
  it('annotates each input error and failing check as an error, at-risk checks and input warnings as warnings', () => {
    const ctx = makeContext({ lang: 'en' });
    const out = parse(render(ctx));
    const results = [...ctx.evaluation.results].sort(compareResults);
    const problems = [...ctx.problems].sort(problemOrder('en'));
    const failing = results.filter((r) => r.status === 'missed' || r.status === 'off-track');
    const atRisk = results.filter((r) => r.status === 'at-risk');

    const errors = errorsOf(out);
    const problemErrors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((a) => a.props['title'])).toEqual([...problemErrors.map((p) => p.code), ...failing.map((r) => r.target)]);
    const warnings = warningsOf(out);
    expect(warnings.map((a) => a.props['title'])).toEqual([
      ...problems.filter((p) => p.severity === 'warning').map((p) => p.code),
      ...atRisk.map((r) => r.target),
    ]);
    expect(out.some((a) => a.kind === 'notice')).toBe(false);
  });

  it('points at the file and line of the measure, and at no file for a whole area', () => {
    const ctx = makeContext({ lang: 'en' });
    const out = errorsOf(parse(render(ctx)));
    const failing = [...ctx.evaluation.results].sort(compareResults).filter((r) => r.status === 'missed' || r.status === 'off-track');
    const annotated = out.slice(-failing.length);
    failing.forEach((r, i) => {
      const a = annotated[i];
      if (r.source) {
        expect(a?.props).toEqual({ file: r.source.file, line: String(r.source.line), title: r.target });
      } else {
        expect(a?.props).toEqual({ title: r.target });
      }
      expect(a?.message.startsWith(r.unit.code)).toBe(true);
    });
    // a problem of the run itself points at no file
    const [noInput] = parse(render(makeContext({ results: [], problems: [makeProblem({ file: '', line: null, column: null, code: 'no-input' })] })));
    expect(noInput?.props).toEqual({ title: 'no-input' });
    // an input problem carries its column too
    const [first] = [...ctx.problems].sort(problemOrder('en'));
    expect(out[0]?.props).toEqual({ file: first?.file, line: String(first?.line), col: String(first?.column), title: first?.code });
  });

  it('writes at most 10 errors and 10 warnings, then a notice of how many more', () => {
    const results: Result[] = [];
    for (let i = 0; i < 30; i++) results.push(makeResult({ unit: { code: `4502${String(10 + i)}` }, status: 'missed' }));
    for (let i = 0; i < 15; i++) results.push(makeResult({ unit: { code: `4502${String(50 + i)}` }, status: 'at-risk' }));
    const problems = [makeProblem(), makeProblem({ severity: 'warning', code: 'name-mismatch' })];
    for (const lang of ['zh', 'en'] as const) {
      const out = parse(render(makeContext({ lang, results, problems })));
      expect(errorsOf(out)).toHaveLength(10);
      expect(warningsOf(out)).toHaveLength(10);
      const notices = out.filter((a) => a.kind === 'notice');
      expect(notices).toHaveLength(1);
      expect(out.at(-1)?.kind).toBe('notice');
      // 31 errors and 16 warnings in all
      expect(notices[0]?.message).toBe(FORMAT_TEXT.ghLeftOut(21, 6)[lang]);
    }
    // exactly ten of each: no notice
    const ten = parse(render(makeContext({ results: results.slice(0, 10) })));
    expect(ten.filter((a) => a.kind === 'notice')).toHaveLength(0);
    expect(errorsOf(ten)).toHaveLength(10);
  });

  it('escapes data and properties as the workflow-command rules say, and reads back unchanged', () => {
    const file = 'data/2025,06/a:b%c\r\nd.yaml';
    const target = 'my-doc/a,b:c%d';
    const name = '城中区\n100% done,\r really: yes';
    const results = [makeResult({ target, document: 'my-doc', unit: { code: '450202', name }, status: 'missed', source: { file, line: 12 } })];
    const problems = [makeProblem({ file, line: 3, column: 4, path: 'a.b', message: 'first line\nsecond %0A line, with: colon' })];
    const raw = render(makeContext({ lang: 'en', results, problems }));
    expect(raw.split('\n').filter(Boolean)).toHaveLength(2);
    const [problem, failing] = parse(raw);
    expect(problem?.props).toEqual({ file, line: '3', col: '4', title: problems[0]?.code });
    expect(problem?.message).toBe(`a.b: ${said(problems[0], 'en')}`);
    expect(problem?.message).toContain('first line\nsecond %0A line, with: colon');
    expect(failing?.props).toEqual({ file, line: '12', title: target });
    expect(failing?.message.startsWith(`450202 ${name}`)).toBe(true);
    // the raw properties hold no bare separator
    expect(raw).toContain('title=my-doc/a%2Cb%3Ac%25d::');
  });

  it('treats at-risk as an error when --fail-on names it, and annotates nothing without findings', () => {
    const out = parse(render(makeContext({ lang: 'en', failOn: ['at-risk'], problems: [] })));
    const atRisk = fixtureResults().filter((r) => r.status === 'at-risk');
    expect(errorsOf(out)).toHaveLength(atRisk.length);
    expect(warningsOf(out)).toHaveLength(0);

    expect(render(makeContext({ results: [makeResult({ status: 'met' })] }))).toBe('');
  });

  it('says what changed since the baseline in the message', () => {
    const results = [makeResult({ status: 'missed', change: 'worsened' })];
    const [with_] = parse(render(makeContext({ lang: 'en', results, baseline: true })));
    expect(with_?.message).toContain('worsened');
    const [without] = parse(render(makeContext({ lang: 'en', results: [makeResult({ status: 'missed' })] })));
    expect(without?.message).not.toContain('worsened');
  });

  it('says in one warning, first among them, which results are gone since the baseline', () => {
    const gone: BaselineEntry[] = [
      goneEntry('liuzhou-2023/home-adaptation', '450226', 'met'),
      goneEntry('guizhou-2023/monthly-visits', '520111', 'off-track'),
      goneEntry('liuzhou-2023/facility-area-new', '450226', 'missed'),
    ];
    const ctx = makeContext({ lang: 'en', baseline: true, gone });
    const out = parse(render(ctx));
    const warnings = warningsOf(out);
    expect(warnings[0]?.props).toEqual({ title: 'gone' });
    expect(warnings.filter((w) => w.props['title'] === 'gone')).toHaveLength(1);
    const named = (warnings[0]?.message ?? '').split('\n').slice(1);
    expect(named.map((l) => /^(\d{6}) · (\S+): (\S+)/.exec(l)?.slice(1))).toEqual([
      ['450226', 'liuzhou-2023/facility-area-new', 'missed'],
      ['450226', 'liuzhou-2023/home-adaptation', 'met'],
      ['520111', 'guizhou-2023/monthly-visits', 'off-track'],
    ]);
    // it counts against the cap like any warning, and is never the one left out
    const without = warningsOf(parse(render(makeContext({ lang: 'en', baseline: true }))));
    expect(warnings).toHaveLength(Math.min(without.length + 1, MAX_ANNOTATIONS_PER_KIND));
    // the errors are untouched, and nothing is said without a baseline
    expect(errorsOf(out)).toEqual(errorsOf(parse(render(makeContext({ lang: 'en' })))));
    expect(warningsOf(parse(render(makeContext({ lang: 'en', gone })))).some((w) => w.props['title'] === 'gone')).toBe(false);

    // a long list names the first ones and counts the rest
    const many = Array.from({ length: MAX_GONE_NAMED + 5 }, (_, i) => goneEntry(`guizhou-2023/t-${String(i).padStart(2, '0')}`, '520111', 'met'));
    const [first] = warningsOf(parse(render(makeContext({ lang: 'zh', baseline: true, gone: many, results: [] }))));
    const lines = (first?.message ?? '').split('\n');
    expect(lines).toHaveLength(1 + MAX_GONE_NAMED + 1);
    expect(lines.at(-1)).toBe(FORMAT_TEXT.mdMore(5)['zh']);
    expect(lines[1]).toContain('guizhou-2023/t-00');
  });

  it('gives the same bytes twice and whatever the order of the input', () => {
    const a = render(makeContext({ lang: 'zh' }));
    expect(render(makeContext({ lang: 'zh' }))).toBe(a);
    const reversed = render(makeContext({ lang: 'zh', results: fixtureResults().reverse(), problems: fixtureProblems().reverse() }));
    const forward = render(makeContext({ lang: 'zh', results: fixtureResults(), problems: fixtureProblems() }));
    expect(reversed).toBe(forward);
  });
});
