import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import type { BaselineEntry } from '../../src/core/baseline.js';
import { STATUSES } from '../../src/core/types.js';
import type { Lang, Result, Status } from '../../src/core/types.js';
import { FORMAT_TEXT } from '../../src/i18n/formats.js';
import { MARKDOWN_LIMIT_BYTES, cell, render, renderWithin } from '../../src/report/markdown.js';
import { compareResults } from '../../src/report/order.js';
import { statusLabel } from '../../src/report/labels.js';
import { makeContext, makeProblem, makeResult, fixtureResults } from './fixtures.js';

// ---------------------------------------------------------------- reading it back

function lines(md: string): string[] {
  return md.split('\n');
}

/** The cells of a table row, unescaped. */
function cells(row: string): string[] {
  expect(row.startsWith('| ') && row.endsWith(' |')).toBe(true);
  return row
    .slice(2, -2)
    .split(' | ')
    .map((c) => c.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

/** The lines of the section under a `###` heading that starts with `title`, up to the next heading. */
function section(md: string, title: string): string[] {
  const all = lines(md);
  const start = all.findIndex((l) => l.startsWith(`### ${title}`));
  if (start < 0) return [];
  const end = all.findIndex((l, i) => i > start && l.startsWith('#'));
  return all.slice(start + 1, end < 0 ? undefined : end);
}

/** The body rows of the first table of a section (after the header and delimiter rows). */
function tableRows(part: string[]): string[][] {
  const start = part.findIndex((l) => l.startsWith('| '));
  if (start < 0) return [];
  const rows: string[][] = [];
  for (let i = start + 2; i < part.length && part[i]?.startsWith('| '); i++) rows.push(cells(part[i] ?? ''));
  return rows;
}

function headings(md: string): string[] {
  return lines(md).filter((l) => l.startsWith('#'));
}

/** The failing section's heading, as the report builds it from the status labels. */
function failingHeading(lang: Lang, failOn: Status[]): string {
  return FORMAT_TEXT.mdFailingHeading(STATUSES.filter((s) => failOn.includes(s)).map((s) => statusLabel(s, lang)))[lang];
}

const failingOf = (results: Result[], failOn: Status[]) => results.filter((r) => failOn.includes(r.status));

/** Failing results whose every field is far longer than a cell may be. */
function longResults(count: number): Result[] {
  const long = (c: string) => c.repeat(1000);
  return Array.from({ length: count }, (_, i) =>
    makeResult({
      target: `${long('标')}/${i}`,
      document: `${long('文')}${i}`,
      unit: { code: `52${String(1000 + i)}`, name: long('县') },
      status: 'missed',
      value: 1,
      source: { file: long('路'), line: i },
      flags: ['provisional', 'partial', 'regressing', 'slipping', 'after-deadline', 'low-confidence'],
      change: 'worsened',
    }),
  );
}

function goneEntry(target: string, code: string, name: string | null, status: Status, period: string | null, aggregate = false): BaselineEntry {
  return { target, unit: { code, name }, aggregate, status, value: 1, period };
}

// ---------------------------------------------------------------- tests

describe('markdown report', () => {
  it('starts with the tool and the as-of date, then counts, whole areas, then the failing checks', () => {
    const md = render(makeContext({ lang: 'en' }));
    expect(lines(md)[0]).toBe('## care-check — 2025-06-30');
    const hs = headings(md);
    expect(hs[1]).toContain(FORMAT_TEXT.mdCountsHeading['en']);
    expect(hs[2]).toContain(FORMAT_TEXT.mdWholeAreasHeading['en']);
    expect(hs[3]).toContain(failingHeading('en', ['missed', 'off-track']));
    expect(hs.some((h) => h.includes(FORMAT_TEXT.mdChangesHeading['en']))).toBe(false);
  });

  it('counts statuses per document, with a total row', () => {
    const results = fixtureResults();
    const md = render(makeContext({ lang: 'en' }));
    const rows = tableRows(section(md, FORMAT_TEXT.mdCountsHeading['en'])).map(([first, ...rest]) => [first?.replace(/^\*\*(.*)\*\*$/, '$1'), ...rest]);
    const statuses: Status[] = ['met', 'on-track', 'at-risk', 'off-track', 'pending', 'missed', 'no-data'];
    const documents = [...new Set(results.map((r) => r.document))].sort();
    expect(rows.map((r) => r[0])).toEqual([...documents, 'total']);
    for (const row of rows) {
      const mine = row[0] === 'total' ? results : results.filter((r) => r.document === row[0]);
      expect(row.slice(1).map(Number)).toEqual([...statuses.map((s) => mine.filter((r) => r.status === s).length), mine.length]);
    }
  });

  it('lists every failing check with unit, target, value, threshold, gap, status, flags and source', () => {
    const ctx = makeContext({ lang: 'en' });
    const md = render(ctx);
    const failing = failingOf(ctx.evaluation.results, ctx.failOn).sort(compareResults);
    const rows = tableRows(section(md, failingHeading('en', ['missed', 'off-track'])));
    expect(rows.map((r) => r[1])).toEqual(failing.map((r) => r.target));
    expect(rows.map((r) => r[5])).toEqual(failing.map((r) => r.status));
    for (const [i, r] of failing.entries()) {
      const row = rows[i] ?? [];
      expect(row).toHaveLength(8);
      expect(row[0]?.startsWith(r.unit.code)).toBe(true);
      expect(row[7]).toBe(r.source ? `${r.source.file}:${r.source.line}` : '—');
    }
    // a failing value is never shown as reaching its threshold (99.96% against ≥ 100%), and its gap is in points
    const centralized = rows.find((r) => r[1] === 'liuzhou-2023/centralized-support');
    expect(centralized?.[2]).toBe('99.96%');
    expect(centralized?.[4]).toBe('0.04 points');
    // a flag is named
    expect(rows.find((r) => r[1] === 'liuzhou-2023/facility-area-existing')?.[6]).toContain('regressing');
  });

  it('lists every whole-area result with the units its sums carried forward or lacked', () => {
    const ctx = makeContext({ lang: 'en' });
    const rows = tableRows(section(render(ctx), FORMAT_TEXT.mdWholeAreasHeading['en']));
    expect(rows.map((r) => r[1])).toEqual(ctx.evaluation.results.filter((r) => r.aggregate).sort(compareResults).map((r) => r.target));
    const carried = rows.find((r) => r[1] === 'liuzhou-2023/home-adaptation');
    expect(carried?.[7]).toContain('450226 三江侗族自治县 (2025-05)');
    const thin = rows.find((r) => r[1] === 'guizhou-2023/rural-mutual-aid-demos');
    expect(thin?.[5]).toBe('no-data');
    expect(thin?.[7]).toContain('too few units reported');
    expect(thin?.[7]).toContain('coverage 50% in 2025-06, 80% needed');
    expect(thin?.[7]).toContain('520103');
  });

  it('follows --fail-on, and says when nothing fails', () => {
    const failOn: Status[] = ['at-risk'];
    const ctx = makeContext({ lang: 'en', failOn });
    const rows = tableRows(section(render(ctx), failingHeading('en', ['at-risk'])));
    expect(rows.map((r) => r[5])).toEqual(failingOf(ctx.evaluation.results, failOn).map(() => 'at-risk'));

    const none = render(makeContext({ lang: 'en', results: [makeResult({ status: 'met' })] }));
    expect(section(none, failingHeading('en', ['missed', 'off-track']))).toContain(FORMAT_TEXT.mdNoneFailing['en']);
    const never = render(makeContext({ lang: 'en', failOn: [] }));
    expect(never).toContain(FORMAT_TEXT.mdNoFailOn['en']);
  });

  it('puts what changed since the baseline first, with counts and lists', () => {
    const changes = ['worsened', 'improved', 'unchanged', 'new'] as const;
    const results = fixtureResults().map((r, i) => ({ ...r, change: changes[i % 4] }));
    const md = render(makeContext({ lang: 'en', results, baseline: true }));
    const hs = headings(md);
    expect(hs[1]).toContain(FORMAT_TEXT.mdChangesHeading['en']);

    const part = section(md, FORMAT_TEXT.mdChangesHeading['en']);
    const [counts] = tableRows(part);
    const becameMissed = results.filter((r) => r.change === 'worsened' && r.status === 'missed');
    const becameMet = results.filter((r) => r.change === 'improved' && r.status === 'met');
    const n = (c: string) => results.filter((r) => r.change === c).length;
    expect(counts?.map(Number)).toEqual([becameMissed.length, becameMet.length, n('worsened'), n('improved'), n('new'), n('unchanged'), 0]);
    expect(becameMissed.length).toBeGreaterThan(0);
    expect(becameMet.length).toBeGreaterThan(0);

    // the list of what became missed names each of them
    const title = part.findIndex((l) => l.startsWith(`**${FORMAT_TEXT.mdBecameMissed['en']}**`));
    expect(title).toBeGreaterThan(0);
    const items = part.slice(title + 2).filter((l, i, a) => l.startsWith('- ') && a.slice(0, i).every((x) => x.startsWith('- ')));
    expect(items.map((l) => l.split(' — ')[1]?.split(':')[0]?.replace(/\\(.)/g, '$1'))).toEqual(
      becameMissed.sort(compareResults).map((r) => r.target),
    );

    // and the failing table has a change column
    const failing = tableRows(section(md, failingHeading('en', ['missed', 'off-track'])));
    expect(failing.every((r) => r.length === 9)).toBe(true);
  });

  it('says so when nothing changed', () => {
    const results = fixtureResults().map((r) => ({ ...r, change: 'unchanged' as const }));
    const md = render(makeContext({ lang: 'en', results, baseline: true }));
    expect(section(md, FORMAT_TEXT.mdChangesHeading['en'])).toContain(FORMAT_TEXT.mdNothingChanged['en']);
  });

  it('lists the results gone since the baseline, by unit then target, with their status then', () => {
    const results = fixtureResults().map((r) => ({ ...r, change: 'unchanged' as const }));
    const gone: BaselineEntry[] = [
      goneEntry('liuzhou-2023/home-adaptation', '450226', '三江侗族自治县', 'met', '2025-05'),
      goneEntry('guizhou-2023/monthly-visits', '520111', null, 'off-track', null),
      goneEntry('liuzhou-2023/facility-area-new', '450226', '三江侗族自治县', 'missed', '2025-05'),
      goneEntry('liuzhou-2023/home-adaptation', '450200', '柳州市', 'at-risk', '2025-05', true),
    ];
    const md = render(makeContext({ lang: 'en', results, baseline: true, gone }));
    const part = section(md, FORMAT_TEXT.mdChangesHeading['en']);
    const [counts] = tableRows(part);
    expect(counts?.at(-1)).toBe('4');
    // nothing changed status, and still the gone ones are listed
    expect(part).toContain(FORMAT_TEXT.mdNothingChanged['en']);
    const title = part.findIndex((l) => l.startsWith(`**${cell(FORMAT_TEXT.mdGoneTitle['en'])}**`));
    expect(title).toBeGreaterThan(0);
    const items = part.slice(title + 2).filter((l) => l.startsWith('- '));
    const read = items.map((l) => {
      const m = /^- (\d{6})(.*) — (.+): (.+?)(?: \((.+)\))? → —$/.exec(l.replace(/\\(.)/g, '$1'));
      return m && { code: m[1], name: m[2]?.trim(), target: m[3], status: m[4], period: m[5] ?? null };
    });
    expect(read).toEqual([
      { code: '450200', name: `柳州市${FORMAT_TEXT.wholeArea['en']}`, target: 'liuzhou-2023/home-adaptation', status: 'at-risk', period: '2025-05' },
      { code: '450226', name: '三江侗族自治县', target: 'liuzhou-2023/facility-area-new', status: 'missed', period: '2025-05' },
      { code: '450226', name: '三江侗族自治县', target: 'liuzhou-2023/home-adaptation', status: 'met', period: '2025-05' },
      { code: '520111', name: '', target: 'guizhou-2023/monthly-visits', status: 'off-track', period: null },
    ]);
    // the same order whatever the order given
    expect(render(makeContext({ lang: 'en', results, baseline: true, gone: [...gone].reverse() }))).toBe(md);
    // without a baseline there is no such section, whatever the context holds
    expect(render(makeContext({ lang: 'en', results, gone }))).not.toContain(cell(FORMAT_TEXT.mdGoneTitle['en']));
  });

  it('caps the gone list like the other lists of changes', () => {
    const gone = Array.from({ length: 120 }, (_, i) => goneEntry(`guizhou-2023/t-${i}`, '520111', '南明区', 'met', '2025-05'));
    for (const lang of ['zh', 'en'] as Lang[]) {
      const md = render(makeContext({ lang, results: [makeResult()], baseline: true, gone }));
      const part = section(md, FORMAT_TEXT.mdChangesHeading[lang]);
      const title = part.findIndex((l) => l.startsWith(`**${cell(FORMAT_TEXT.mdGoneTitle[lang])}** (120)`));
      expect(title).toBeGreaterThan(0);
      const items = part.slice(title + 2).filter((l) => l.startsWith('- '));
      expect(items).toHaveLength(51);
      expect(items.at(-1)).toBe(`- ${FORMAT_TEXT.mdMore(70)[lang]}`);
    }
  });

  it('keeps a cell one cell: pipes, line breaks, HTML and markdown in the input are inert', () => {
    const nasty = 'A|B\nC\r\nD <script>alert(1)</script> **x** [l](http://e) `c` ![i](j) $x$ & ~s~ #h \\';
    const results = [
      makeResult({ target: 'liuzhou-2023/facility-area-new', status: 'missed', unit: { code: '450202', name: nasty }, source: { file: 'data/a|b.yaml', line: 3 } }),
    ];
    const md = render(makeContext({ lang: 'en', results, problems: [makeProblem({ message: nasty, path: 'x|y' })] }));
    expect(md).not.toMatch(/<script|<\/script/);
    expect(md).not.toContain('](');
    const rows = tableRows(section(md, failingHeading('en', ['missed', 'off-track'])));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(8);
    expect(rows[0]?.[0]).toBe(`450202 ${nasty.replace(/\r\n|\n/g, ' ')}`);
    expect(rows[0]?.[7]).toBe('data/a|b.yaml:3');
    const problemRows = tableRows(section(md, FORMAT_TEXT.mdProblemsHeading['en']));
    expect(problemRows[0]).toHaveLength(4);
    expect(problemRows[0]?.[2]).toBe('x|y');
  });

  it('stays under 1 MiB with 50,000 failing results, and says how many were left out', () => {
    const results: Result[] = [];
    for (let i = 0; i < 50_000; i++) {
      const code = `52${String(1000 + (i % 9000)).padStart(4, '0')}`;
      results.push(
        makeResult({
          target: `guizhou-2023/t-${String(Math.floor(i / 9000)).padStart(2, '0')}-${'x'.repeat(40)}`,
          unit: { code, name: `很长的单位名称${'县'.repeat(300)}`, level: 'county' },
          status: i % 2 ? 'missed' : 'off-track',
          flags: ['provisional', 'partial', 'regressing'],
          change: 'worsened',
          source: { file: `data/2025-06/${code}-${'y'.repeat(200)}.yaml`, line: i },
        }),
      );
    }
    const problems = Array.from({ length: 5000 }, (_, i) => makeProblem({ line: i + 1, message: 'm'.repeat(5000) }));
    for (const lang of ['zh', 'en'] as Lang[]) {
      const md = render(makeContext({ lang, results, problems, baseline: true }));
      expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(MARKDOWN_LIMIT_BYTES);
      expect(Buffer.byteLength(md, 'utf8')).toBeLessThan(1024 * 1024);
      const rows = tableRows(section(md, failingHeading(lang, ['missed', 'off-track'])));
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.every((r) => r.length === 9)).toBe(true);
      expect(md).toContain(FORMAT_TEXT.mdMore(50_000 - rows.length)[lang]);
      // the changes list is capped too
      expect(md).toContain(FORMAT_TEXT.mdMore(25_000 - 50)[lang]);
    }
  });

  it('stays under 1 MiB whatever is thrown at it: thousands of documents and problems', () => {
    const results: Result[] = [];
    for (let i = 0; i < 20_000; i++) {
      results.push(makeResult({ target: `doc-${'d'.repeat(100)}-${i}/t`, document: `doc-${'d'.repeat(100)}-${i}`, status: 'met' }));
    }
    const problems = Array.from({ length: 20_000 }, (_, i) => makeProblem({ file: `f${'z'.repeat(500)}${i}.yaml`, message: '问'.repeat(2000) }));
    const md = render(makeContext({ lang: 'zh', results, problems }));
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(MARKDOWN_LIMIT_BYTES);
    expect(md).toContain(FORMAT_TEXT.mdMore(20_000 - 50)['zh']);
  });

  it('holds the worst case (every cell as long as it may be) well under the limit', () => {
    const md = render(makeContext({ lang: 'zh', results: longResults(2000), baseline: true }));
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(MARKDOWN_LIMIT_BYTES);
    const rows = tableRows(section(md, failingHeading('zh', ['missed', 'off-track'])));
    expect(md).toContain(FORMAT_TEXT.mdMore(2000 - rows.length)['zh']);
  });

  it('cuts lists by size when the byte budget runs out, keeps every row whole, and says so', () => {
    const limit = 64 * 1024;
    const md = renderWithin(makeContext({ lang: 'zh', results: longResults(2000), baseline: true }), limit);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(limit);
    expect(md).toContain(FORMAT_TEXT.mdTruncated['zh']);
    const rows = tableRows(section(md, failingHeading('zh', ['missed', 'off-track'])));
    expect(rows.every((r) => r.length === 8)).toBe(true);
    expect(md).toContain(FORMAT_TEXT.mdMore(2000 - rows.length)['zh']);
    // the sections that come after a cut list are still there
    expect(headings(md).filter((h) => h.startsWith('### ')).map((h) => h.slice(4, 8))).toEqual(
      [FORMAT_TEXT.mdChangesHeading['zh'], FORMAT_TEXT.mdCountsHeading['zh'], failingHeading('zh', ['missed', 'off-track'])].map((h) => h.slice(0, 4)),
    );
  });

  it('gives the same bytes twice and whatever the order of the results', () => {
    const ctx = makeContext({ lang: 'zh' });
    const a = render(ctx);
    expect(render(makeContext({ lang: 'zh' }))).toBe(a);
    const reversed = makeContext({ lang: 'zh', results: fixtureResults().reverse() });
    const forward = makeContext({ lang: 'zh', results: fixtureResults() });
    expect(render(reversed)).toBe(render(forward));
  });

  it('is written in the run language', () => {
    const zh = render(makeContext({ lang: 'zh' }));
    const en = render(makeContext({ lang: 'en' }));
    expect(headings(zh)[1]).toContain(FORMAT_TEXT.mdCountsHeading['zh']);
    expect(headings(en)[1]).toContain(FORMAT_TEXT.mdCountsHeading['en']);
    expect(zh).not.toBe(en);
  });
});
