import { describe, expect, it } from 'vitest';
import { FLAGS, STATUSES } from '../../src/core/types.js';
import type { Lang, Status } from '../../src/core/types.js';
import type { BaselineEntry } from '../../src/core/baseline.js';
import { COLUMN_LABELS, FLAG_LABELS, REPORT_TEXT, STATUS_LABELS } from '../../src/i18n/report.js';
import { formatGap, formatThreshold, formatValue, progressBar, formatProgress, formatDeadline } from '../../src/report/figure-text.js';
import { roundTo } from '../../src/report/figures.js';
import { LARGE_SET, render } from '../../src/report/table.js';
import { displayWidth, wrapText } from '../../src/report/table-text.js';
import { makeContext, makeIndicative, makeLargeContext, makeResult } from './fixtures.js';

const ESC = '\u001b[';
// worst first, as the report promises (written out here rather than imported)
const WORST: Status[] = ['missed', 'off-track', 'at-risk', 'no-data', 'pending', 'on-track', 'met'];

/** Lines that start with a unit's code: the heading of its block. */
function headingCodes(text: string): string[] {
  return text
    .split('\n')
    .map((l) => /^(\d{6}) /.exec(l)?.[1])
    .filter((c): c is string => c !== undefined);
}

describe('table report: colour', () => {
  it.each(['zh', 'en'] as Lang[])('has no ANSI code without colour (%s)', (lang) => {
    expect(render(makeContext({ lang, color: false }))).not.toContain(ESC);
    expect(render(makeContext({ lang, color: false, width: 80 }))).not.toContain(ESC);
    expect(render(makeLargeContext({ units: 30, targets: 6 }, { lang, color: false }))).not.toContain(ESC);
  });

  it('colours with colour', () => {
    const text = render(makeContext({ color: true }));
    expect(text).toContain(ESC);
    // missed is red (31), met green (32)
    expect(text).toContain(`${ESC}31m${STATUS_LABELS.missed.zh}`);
    expect(text).toContain(`${ESC}32m${STATUS_LABELS.met.zh}`);
  });
});

describe('table report: language', () => {
  it('uses Chinese labels in zh and English ones in en', () => {
    const zh = render(makeContext({ lang: 'zh' }));
    const en = render(makeContext({ lang: 'en' }));
    for (const key of ['target', 'threshold', 'status', 'deadline'] as const) {
      expect(zh).toContain(COLUMN_LABELS[key].zh);
      expect(en).toContain(COLUMN_LABELS[key].en);
      expect(zh).not.toContain(COLUMN_LABELS[key].en);
      expect(en).not.toContain(COLUMN_LABELS[key].zh);
    }
    expect(zh).toContain(REPORT_TEXT.ongoing.zh);
    expect(en).toContain(REPORT_TEXT.ongoing.en);
    expect(zh).toContain(REPORT_TEXT.eachYear.zh);
    expect(en).toContain(REPORT_TEXT.eachYear.en);
  });

  it.each(['zh', 'en'] as Lang[])('names every status and every flag of a context that has them all (%s)', (lang) => {
    const ctx = makeContext({ lang });
    const present = new Set(ctx.evaluation.results.map((r) => r.status));
    expect([...present].sort()).toEqual([...STATUSES].sort());
    const text = render(ctx);
    for (const s of STATUSES) expect(text).toContain(STATUS_LABELS[s][lang]);
    for (const f of FLAGS) expect(text).toContain(FLAG_LABELS[f][lang]);
  });

  it('shows the header facts: as-of date, documents, problems', () => {
    const text = render(makeContext({ lang: 'en' }));
    expect(text).toContain('2025-06-30');
    for (const id of ['liuzhou-2023', 'guizhou-2023', 'guilin-2020']) expect(text).toContain(id);
    expect(text).toContain('data/2025-06/450203.yaml:7:14');
    expect(text).toContain('measures.beds.nursing_type');
  });
});

describe('table report: layout', () => {
  it('lists whole areas before units, and units worst first, then by code', () => {
    const ctx = makeContext();
    const text = render(ctx);
    const byCode = new Map<string, Status[]>();
    for (const r of ctx.evaluation.results) {
      if (r.aggregate) continue;
      byCode.set(r.unit.code, [...(byCode.get(r.unit.code) ?? []), r.status]);
    }
    const rank = (code: string) => Math.min(...(byCode.get(code) ?? []).map((s) => WORST.indexOf(s)));
    const expected = [...byCode.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
    expect(headingCodes(text)).toEqual(expected);
    expect(expected[0]).toBe('450202');
    // the whole-area tables come first
    const firstAreaTarget = text.indexOf('liuzhou-2023/director-training');
    const firstUnit = text.indexOf('\n450202 ');
    expect(firstAreaTarget).toBeGreaterThan(0);
    expect(firstAreaTarget).toBeLessThan(firstUnit);
  });

  it('puts the worst result of a unit first in its table', () => {
    const results = [
      makeResult({ target: 'liuzhou-2023/facility-area-new', status: 'met', value: 22 }),
      makeResult({ target: 'liuzhou-2023/centralized-support', status: 'missed', value: 80 }),
      makeResult({ target: 'liuzhou-2023/facility-area-existing', status: 'pending', value: 10 }),
    ];
    const text = render(makeContext({ results }));
    const order = ['centralized-support', 'facility-area-existing', 'facility-area-new'].map((slug) => text.indexOf(`liuzhou-2023/${slug}`));
    expect(order.every((p) => p > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('does not count indicative values in the summary, but shows them', () => {
    const ctx = makeContext({ lang: 'en' });
    const text = render(ctx);
    const overall = text.split('\n').find((l) => l.includes(` ${REPORT_TEXT.overall.en} `));
    const cells = (overall ?? '').split('│').map((c) => c.trim()).filter(Boolean);
    expect(cells.at(-1)).toBe(String(ctx.evaluation.results.length));
    // lottery-share of Liuzhou exists only as an indicative value
    expect(text).toContain('liuzhou-2023/lottery-share');
    expect(text).toContain(REPORT_TEXT.indicative.en);
  });

  it('says under the summary how many results are gone since the baseline, in zh and en', () => {
    const gone: BaselineEntry[] = ['450226', '450227', '520111'].map((code) => ({
      target: 'liuzhou-2023/home-adaptation',
      unit: { code, name: null },
      aggregate: false,
      status: 'met',
      value: null,
      period: null,
    }));
    for (const lang of ['zh', 'en'] as Lang[]) {
      const line = REPORT_TEXT.gone({ n: 3 })[lang];
      const lines = render(makeContext({ lang, baseline: true, gone })).split('\n');
      const summaryAt = lines.indexOf(REPORT_TEXT.summary[lang]);
      const goneAt = lines.indexOf(line);
      expect(summaryAt).toBeGreaterThanOrEqual(0);
      expect(goneAt).toBeGreaterThan(summaryAt);
      // right under the summary table, before the next section
      expect(lines.slice(summaryAt, goneAt).includes('')).toBe(false);
      // and when nothing could be checked at all
      expect(render(makeContext({ lang, baseline: true, gone, results: [], indicative: [] })).split('\n')).toContain(line);
      // nothing gone, or no baseline: no such line
      expect(render(makeContext({ lang, baseline: true }))).not.toContain(REPORT_TEXT.gone({ n: 0 })[lang]);
      expect(render(makeContext({ lang, gone }))).not.toContain(line);
    }
  });

  it('a small set (up to the threshold) gets a table for every unit and no narrowing hint', () => {
    const ctx = makeLargeContext({ units: LARGE_SET, targets: 3 });
    const text = render(ctx);
    expect(headingCodes(text)).toHaveLength(LARGE_SET);
    expect(text).not.toContain('--status');
  });

  it('a large set is compacted: failing units in full, one line for each other, and how to narrow', () => {
    const ctx = makeLargeContext({ units: 40, targets: 30 });
    const text = render(ctx);
    const failing = new Set(
      ctx.evaluation.results.filter((r) => ctx.failOn.includes(r.status)).map((r) => r.unit.code),
    );
    const all = new Set(ctx.evaluation.results.map((r) => r.unit.code));
    expect(failing.size).toBeGreaterThan(0);
    expect(failing.size).toBeLessThan(all.size);
    expect(new Set(headingCodes(text))).toEqual(failing);
    for (const code of all) {
      if (failing.has(code)) continue;
      expect(text).toMatch(new RegExp(`^ +${code} `, 'm'));
    }
    for (const option of ['--unit', '--only', '--status']) expect(text).toContain(option);
    // far fewer rows than results
    const targetLines = text.split('\n').filter((l) => l.includes('sample-province/indicator-')).length;
    expect(targetLines).toBeLessThan(ctx.evaluation.results.length / 10);
    // indicative values are left out, and said to be
    expect(text).not.toContain(REPORT_TEXT.indicative.zh + '  ');
  });

  it('keeps every line within the width it is given', () => {
    for (const lang of ['zh', 'en'] as Lang[]) {
      for (const width of [100, 120]) {
        const text = render(makeContext({ lang, width }));
        const widest = Math.max(...text.split('\n').map((l) => displayWidth(l)));
        expect(widest).toBeLessThanOrEqual(width);
      }
    }
  });

  it('says so when nothing could be checked, and still lists problems', () => {
    const text = render(makeContext({ results: [], indicative: [], problems: makeContext().problems }));
    expect(text).toContain(REPORT_TEXT.noResults.zh);
    expect(text).toContain('data/2025-06/450299.yaml');
  });

  it('shows an indicative value dimly on its unit, not as a verdict', () => {
    const ctx = makeContext({
      results: [makeResult({ status: 'met' })],
      indicative: [makeIndicative({ target: 'liuzhou-2023/director-training', value: 77.7 })],
      color: true,
    });
    const text = render(ctx);
    const line = text.split('\n').find((l) => l.includes('liuzhou-2023/director-training'));
    expect(line).toBeDefined();
    expect(line).toContain(`${ESC}2m`);
    expect(line).toContain('77.7%');
  });
});

describe('display labels', () => {
  const ge = (threshold: number) => ({ comparator: '>=' as const, threshold });
  const le = (threshold: number) => ({ comparator: '<=' as const, threshold });

  it('rounds to the nearest, and never onto the other side of the rule (more decimals where it would)', () => {
    expect(formatValue(93.29, 'percent', 'zh', { rule: ge(100) })).toBe('93.3%');
    expect(formatValue(99.96, 'percent', 'zh', { rule: ge(100) })).toBe('99.96%');
    // past four more decimals, cut towards the side it is on
    expect(formatValue(59.999999, 'percent', 'zh', { rule: ge(60) })).toBe('59.99999%');
    expect(formatValue(19.999, 'm2-per-100-households', 'en', { rule: ge(20) })).toBe('19.999');
    expect(formatValue(5.001, 'm2-per-capita', 'en', { rule: le(5) })).toBe('5.001');
    expect(formatValue(100, 'percent', 'en', { rule: ge(100) })).toBe('100.0%');
    expect(formatValue(57.26, 'percent', 'en', { rule: ge(55) })).toBe('57.3%');
    // a value that meets a threshold with more decimals than the unit's is not shown below it
    expect(formatValue(60.04, 'percent', 'en', { rule: ge(60.04) })).toBe('60.04%');
    // a float a hair below an exact decimal is that decimal
    expect(roundTo(0.29 * 100, 0)).toBe(29);
    expect(roundTo(2.675, 2)).toBe(2.68);
  });

  it('formats units for people', () => {
    expect(formatValue(20.8333, 'm2-per-100-households', 'zh', { withUnit: true })).toBe('20.83 m²/百户');
    expect(formatValue(6312, 'households', 'en')).toBe('6,312');
    expect(formatValue(1234567, 'person-times', 'zh', { withUnit: true })).toBe('1,234,567 人次');
    expect(formatValue(true, 'boolean', 'zh')).toBe(REPORT_TEXT.yes.zh);
    expect(formatValue(false, 'boolean', 'en')).toBe(REPORT_TEXT.no.en);
    expect(formatValue(null, 'percent', 'en')).toBe('—');
    expect(formatThreshold(ge(60), 'percent', 'zh')).toBe('≥ 60%');
    expect(formatThreshold(ge(20), 'm2-per-100-households', 'zh')).toBe('≥ 20 m²/百户');
    expect(formatThreshold(ge(0.1), 'm2-per-capita', 'zh')).toBe('≥ 0.1 m²/人');
    expect(formatThreshold(ge(6040), 'households', 'en')).toBe('≥ 6,040 households');
    expect(formatThreshold({ comparator: '==', threshold: true }, 'boolean', 'en')).toBe(`= ${REPORT_TEXT.yes.en}`);
  });

  it('shows a gap as the threshold less the value shown, percentages in points, never a zero', () => {
    // 100 − 93.3 = 6.7 points (not 6.8, not 6.7%)
    expect(formatGap({ gap: 100 - 93.29, value: 93.29, rule: ge(100) }, 'percent', 'en')).toBe('6.7 points');
    expect(formatGap({ gap: 100 - 93.29, value: 93.29, rule: ge(100) }, 'percent', 'zh')).toBe('6.7 百分点');
    expect(formatGap({ gap: 0.04, value: 99.96, rule: ge(100) }, 'percent', 'en')).toBe('0.04 points');
    expect(formatGap({ gap: 1 - 0.999, value: 0.999, rule: ge(1) }, 'count', 'en')).toBe('0.001');
    expect(formatGap({ gap: 0.0166, value: 0.0834, rule: ge(0.1) }, 'm2-per-capita', 'en')).toBe('0.02');
    expect(formatGap({ gap: 0, value: 100, rule: ge(100) }, 'percent', 'en')).toBe('—');
    expect(formatGap({ gap: null, value: null, rule: ge(100) }, 'percent', 'en')).toBe('—');
  });

  it('fills the bar only when met, and never shows 100% when not met', () => {
    expect(progressBar(99.96, false)).toBe('█████████░');
    expect(formatProgress(99.96, false)).toBe('99%');
    expect(progressBar(100, true)).toBe('██████████');
    expect(progressBar(250, true)).toBe('██████████');
    expect(progressBar(0, false)).toBe('░░░░░░░░░░');
    expect(progressBar(null, false)).toBe('');
    expect(progressBar(50, false, 0)).toBe('');
  });

  it('names ongoing and each-year deadlines', () => {
    expect(formatDeadline({ type: 'ongoing' }, null, 'zh')).toBe(REPORT_TEXT.ongoing.zh);
    expect(formatDeadline({ type: 'each-year' }, '2025-12-31', 'en')).toBe(REPORT_TEXT.eachYear.en);
    expect(formatDeadline({ type: 'date', date: '2025-12-31' }, '2025-12-31', 'en')).toBe('2025-12-31');
    expect(formatDeadline(undefined, null, 'en')).toBe(REPORT_TEXT.ongoing.en);
  });

  it('wraps Chinese text by display width and keeps brackets with their words', () => {
    const lines = wrapText('老城区和已建成居住区养老服务设施（每百户）', 14);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(14);
    expect(lines.join('')).toBe('老城区和已建成居住区养老服务设施（每百户）');
    for (const l of lines) {
      expect(l.endsWith('（')).toBe(false);
      expect(l.startsWith('）')).toBe(false);
    }
    expect(wrapText('liuzhou-2023/facility-area-existing', 16)).toEqual(['liuzhou-2023/', 'facility-area-', 'existing']);
  });
});
