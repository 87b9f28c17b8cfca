// Trend charts: the option built from a spec (what is drawn, where), the SVG read back as XML with
// its marks at the right places, the same bytes every time, ECharts loaded only when a chart is
// drawn, and a page of charts rendered by headless Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LineSeriesOption } from 'echarts';
import { STATUSES } from '../../src/core/types.js';
import { renderTrendChart, renderTrendCharts } from '../../src/report/html/trend-chart.js';
import { trendChartOption } from '../../src/report/html/trend-chart-option.js';
import type { TrendChartSpec } from '../../src/report/html/trend-chart-spec.js';
import { checkSpec, months } from '../../src/report/html/trend-chart-spec.js';
import { CHART_INK, STATUS_PALETTE } from '../../src/report/status-palette.js';
import { ROOT } from '../cli/run-cli.js';
import { ChromiumPage, chromiumPath } from '../support/chromium.js';
import { countColour, decodePng } from '../support/png.js';

/** Liuzhou's nursing-bed share at a county: 40% in July 2024, a gap in October–November, 47% in June 2025. */
const AT_RISK: TrendChartSpec = {
  lang: 'zh',
  title: 'liuzhou-2023/nursing-bed-share 护理型床位占比',
  subtitle: '城中区 · 2025-06',
  periods: ['2024-07', '2024-08', '2024-09', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'],
  values: [40, 41, 41.5, 43, 44, 44.2, 45, 45.5, 46, 47],
  threshold: 60,
  comparator: '>=',
  deadline: '2025-12-31',
  projected: 51.2,
  unit: '%',
  decimals: 1,
  status: 'at-risk',
};

/** A deadline passed in the middle of the history, missed. */
const MISSED: TrendChartSpec = {
  lang: 'en',
  title: 'guilin-2020/home-care-coverage',
  periods: ['2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03'],
  values: [10, 12, 14, 15, 16, 17],
  threshold: 20,
  comparator: '>=',
  deadline: '2020-12-31',
  projected: null,
  unit: 'sites',
  status: 'missed',
};

/** An ongoing ceiling: no deadline, no projection, no path. */
const ONGOING: TrendChartSpec = {
  lang: 'zh',
  title: 'yichun-2023/waiting-share',
  periods: ['2025-01', '2025-02', '2025-03'],
  values: [8, null, 6],
  threshold: 10,
  comparator: '<=',
  deadline: null,
  unit: '%',
  status: 'met',
};

function seriesOf(spec: TrendChartSpec): LineSeriesOption[] {
  return trendChartOption(spec).series as LineSeriesOption[];
}

describe('the trend chart option', () => {
  it('spans every month from the first period to the deadline, gaps included', () => {
    expect(months(AT_RISK)).toEqual([
      '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12',
      '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06',
      '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12',
    ]);
    // a deadline before the data opens the axis
    expect(months(MISSED)[0]).toBe('2020-10');
    expect(months({ periods: ['2021-02'], deadline: '2020-11-30' })).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
  });

  it('draws the observed values in the status colour, with a gap where a month has none', () => {
    const [observed] = seriesOf(AT_RISK);
    expect(observed?.color).toBe(STATUS_PALETTE['at-risk'].mark);
    expect(observed?.connectNulls).toBe(false);
    const data = observed?.data as (number | null)[];
    expect(data).toHaveLength(18);
    expect(data.slice(0, 6)).toEqual([40, 41, 41.5, null, null, 43]);
    expect(data.slice(11)).toEqual([47, null, null, null, null, null, null]);
  });

  it('draws the threshold across the axis and the deadline as a vertical mark', () => {
    const threshold = seriesOf(AT_RISK)[1];
    expect(threshold?.name).toBe('目标 ≥ 60%');
    expect(new Set((threshold?.data as [string, number][]).map((p) => p[1]))).toEqual(new Set([60]));
    expect(threshold?.markLine?.data).toEqual([{ xAxis: '2025-12' }]);
  });

  it('draws the required path from the latest value to the threshold at the deadline, and the projection to its projected value', () => {
    const [, , required, projection] = seriesOf(AT_RISK);
    expect(required?.data).toEqual([['2025-06', 47], ['2025-12', 60]]);
    expect(projection?.data).toEqual([['2025-06', 47], ['2025-12', 51.2]]);
    expect(projection?.name).toBe('按当前速度预测 51.2%');
    expect(projection?.color).toBe(STATUS_PALETTE['at-risk'].mark);
    expect(required?.color).toBe(CHART_INK.reference);
  });

  it('starts the required path at the first value when asked, and leaves it out when asked', () => {
    expect(seriesOf({ ...AT_RISK, requiredFrom: 'first' })[2]?.data).toEqual([['2024-07', 40], ['2025-12', 60]]);
    expect(seriesOf({ ...AT_RISK, requiredFrom: 'none' }).map((s) => s.name)).toEqual(['实际值', '目标 ≥ 60%', '按当前速度预测 51.2%']);
  });

  it('draws neither path nor projection after the deadline, nor for an ongoing target', () => {
    expect(seriesOf(MISSED).map((s) => s.name)).toEqual(['observed', 'target ≥ 20 sites']);
    expect(seriesOf(MISSED)[1]?.markLine?.data).toEqual([{ xAxis: '2020-12' }]);
    const ongoing = seriesOf(ONGOING);
    expect(ongoing.map((s) => s.name)).toEqual(['实际值', '目标 ≤ 10%']);
    expect(ongoing[1]?.markLine).toBeUndefined();
  });

  it('names the status in words beside its colour', () => {
    for (const status of STATUSES) {
      const title = trendChartOption({ ...AT_RISK, status }).title as { subtext: string };
      expect(title.subtext).toMatch(/^\{status\|[^}]+\}/);
    }
    expect((trendChartOption(MISSED).title as { subtext: string }).subtext).toBe('{status|missed}');
    expect((trendChartOption(ONGOING).title as { subtext: string }).subtext).toBe('{status|已达标}  持续性目标，无期限');
  });

  it('refuses a spec it cannot draw as it says', () => {
    const bad: Partial<TrendChartSpec>[] = [
      { periods: [], values: [] },
      { values: [1] },
      { periods: ['2025-02', '2025-01'], values: [1, 2] },
      { periods: ['2025-1', '2025-02'], values: [1, 2] },
      { periods: ['2025-01', '2025-02'], values: [1, Number.NaN] },
      { threshold: Number.POSITIVE_INFINITY },
      { deadline: '31/12/2025' },
      { deadline: '9999-12-31' },
      { id: '1abc' },
      { id: 'a"b' },
      { width: 10 },
    ];
    for (const change of bad) expect(() => checkSpec({ ...AT_RISK, ...change }), JSON.stringify(change)).toThrow();
    expect(() => checkSpec(AT_RISK)).not.toThrow();
  });
});

// ---------------------------------------------------------------- the SVG

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false });

/** Every element of the parsed SVG, depth first, with its attributes and text. */
function elements(svg: string): { name: string; attrs: Record<string, string>; text: string }[] {
  const out: { name: string; attrs: Record<string, string>; text: string }[] = [];
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((k) => k !== ':@');
      if (!name || name === '#text') continue;
      const children = (node[name] as Node[]) ?? [];
      const text = children.map((c) => (typeof c['#text'] === 'string' || typeof c['#text'] === 'number' ? String(c['#text']) : '')).join('');
      out.push({ name, attrs: (node[':@'] as Record<string, string>) ?? {}, text });
      visit(children);
    }
  };
  visit(parser.parse(svg) as Node[]);
  return out;
}

/** The translation of an element: `translate(52 160)` → [52, 160]. */
function translation(attrs: Record<string, string>): [number, number] {
  const m = /translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(attrs['transform'] ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [Number.NaN, Number.NaN];
}

/** The points of a path made of M and L commands. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*([-\d.]+)[ ,]([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('the trend chart SVG', () => {
  let svg: string;
  beforeAll(async () => {
    svg = await renderTrendChart(AT_RISK);
  });

  it('is well-formed XML with one svg root of the asked size, named for screen readers', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const [root] = elements(svg);
    expect(root?.name).toBe('svg');
    expect(root?.attrs).toMatchObject({ width: '640', height: '320', role: 'img', 'aria-label': AT_RISK.title, viewBox: '0 0 640 320' });
  });

  it('carries the title, the status in words, the legend and the deadline label', () => {
    const texts = elements(svg).filter((e) => e.name === 'text').map((e) => e.text.trim());
    for (const wanted of [AT_RISK.title, '有风险', '城中区 · 2025-06', '实际值', '目标 ≥ 60%', '达标所需路径', '按当前速度预测 51.2%', '期限 2025-12-31']) {
      expect(texts, wanted).toContain(wanted);
    }
  });

  it('draws the threshold at the height of 60 on the value axis, dashed', () => {
    const all = elements(svg);
    const tick60 = all.find((e) => e.name === 'text' && e.text === '60');
    const tick0 = all.find((e) => e.name === 'text' && e.text === '0');
    expect(tick60 && tick0).toBeTruthy();
    const y60 = translation(tick60?.attrs ?? {})[1];
    const y0 = translation(tick0?.attrs ?? {})[1];
    const threshold = all.find((e) => e.name === 'path' && e.attrs['stroke'] === CHART_INK.reference && e.attrs['stroke-dasharray'] && points(e.attrs['d'] ?? '').length > 2);
    expect(threshold, 'a dashed reference line across the axis').toBeTruthy();
    for (const [, y] of points(threshold?.attrs['d'] ?? '')) expect(y).toBeCloseTo(y60, 0);
    // and the observed line: 47% at a height between 0 and 60, in proportion
    const lines = all.filter((e) => e.name === 'path' && e.attrs['stroke'] === STATUS_PALETTE['at-risk'].mark && !e.attrs['stroke-dasharray']);
    const observed = lines.sort((a, b) => points(b.attrs['d'] ?? '').length - points(a.attrs['d'] ?? '').length)[0];
    // ten points in two runs, broken at the months without a value
    expect(points(observed?.attrs['d'] ?? '')).toHaveLength(10);
    expect(observed?.attrs['d']?.match(/M/g)).toHaveLength(2);
    const last = points(observed?.attrs['d'] ?? '').at(-1);
    expect(last).toBeDefined();
    expect(((last?.[1] ?? 0) - y0) / (y60 - y0)).toBeCloseTo(47 / 60, 2);
  });

  it('draws the deadline as a vertical line at the last month', () => {
    const all = elements(svg);
    const vertical = all.filter((e) => {
      const p = points(e.attrs['d'] ?? '');
      return e.name === 'path' && e.attrs['stroke'] === CHART_INK.reference && p.length === 2 && Math.abs((p[0]?.[0] ?? 0) - (p[1]?.[0] ?? 1)) < 0.01;
    });
    expect(vertical).toHaveLength(1);
    const label = all.find((e) => e.name === 'text' && e.text === '2025-11');
    // the axis shows every other month: 2025-12 is one step right of 2025-11
    const step = translation(all.find((e) => e.name === 'text' && e.text === '2025-11')?.attrs ?? {})[0] - translation(all.find((e) => e.name === 'text' && e.text === '2025-09')?.attrs ?? {})[0];
    expect(points(vertical[0]?.attrs['d'] ?? '')[0]?.[0]).toBeCloseTo(translation(label?.attrs ?? {})[0] + step / 2, 0);
  });

  it('gives the same bytes for the same spec, however many charts came before, and different ids to different charts', async () => {
    const [again, other, third] = await renderTrendCharts([AT_RISK, MISSED, AT_RISK]);
    expect(again).toBe(svg);
    expect(third).toBe(svg);
    const ids = (s: string) => [...s.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(ids(svg).length).toBeGreaterThan(0);
    for (const id of ids(other ?? '')) expect(ids(svg)).not.toContain(id);
    expect(svg).not.toMatch(/zr\d+-/);
    expect(svg).not.toMatch(/ecmeta_|<style|class=/);
  });

  it('prefixes its ids with the id asked for', async () => {
    const svgA = await renderTrendChart({ ...AT_RISK, id: 'chart-a' });
    const ids = [...svgA.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.startsWith('chart-a-')).toBe(true);
    for (const ref of svgA.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
  });

  it('escapes text from the spec', async () => {
    const odd = await renderTrendChart({ ...ONGOING, title: 'a <b> & "c"', subtitle: '{x|y}', unit: '<%>' });
    expect(XMLValidator.validate(odd)).toBe(true);
    expect(odd).toContain('>a &lt;b&gt; &amp; &quot;c&quot;</text>');
    expect(odd).toContain('aria-label="a &lt;b> &amp; &quot;c&quot;"');
    const texts = elements(odd).filter((e) => e.name === 'text').map((e) => e.text.trim());
    expect(texts).toContain('a <b> & "c"');
    // rich-text markup in a caption is shown, not interpreted
    expect(texts).toContain('｛x｜y｝  持续性目标，无期限');
    expect(texts).toContain('目标 ≤ 10 <%>');
  });
});

describe('loading ECharts', () => {
  const dist = join(ROOT, 'dist', 'report', 'html', 'trend-chart.js');

  it('loads ECharts on the first chart, not when the module is imported', () => {
    // a resolve hook that refuses any module of the echarts package
    const hook = `data:text/javascript,${encodeURIComponent(
      'export async function resolve(s, c, next) { const r = await next(s, c); if (r.url.includes("/node_modules/echarts/")) throw new Error("ECHARTS LOADED"); return r; }',
    )}`;
    const script = [
      `import { register } from 'node:module';`,
      `register(${JSON.stringify(hook)});`,
      `const m = await import(${JSON.stringify(pathToFileURL(dist).href)});`,
      `console.log('imported');`,
      `await m.renderTrendChart(${JSON.stringify(ONGOING)}).catch((e) => console.log(String(e.message)));`,
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout).toContain('imported\n');
    expect(run.stdout).toContain('ECHARTS LOADED');
  });

  it('is left out of the CLI bundle', () => {
    const bundle = join(ROOT, 'dist', 'care-check.cjs');
    expect(existsSync(bundle)).toBe(true);
    const text = readFileSync(bundle, 'latin1');
    expect(text).not.toContain('renderToSVGString');
    expect(text).not.toContain('zrender');
  });
});

// ---------------------------------------------------------------- in a browser

const CHROMIUM = chromiumPath();

describe.skipIf(!CHROMIUM)('a page of trend charts in headless Chromium (skipped without chromium: apt-get install chromium)', () => {
  let dir: string;
  let page: ChromiumPage;
  const specs: TrendChartSpec[] = [
    AT_RISK,
    MISSED,
    ONGOING,
    { ...AT_RISK, lang: 'en', title: 'liuzhou-2023/nursing-bed-share', subtitle: 'Chengzhong', status: 'on-track', projected: 61, values: AT_RISK.values.map((v) => (v === null ? null : v + 8)) },
    { ...AT_RISK, title: 'guizhou-2023/elder-canteens 老年助餐服务站点', status: 'off-track', projected: 44, unit: '个', decimals: 0, threshold: 1200, values: [300, 310, 320, 330, 335, 340, 345, 348, 350, 352], requiredFrom: 'first' },
    { ...ONGOING, title: 'chaoyang-2023/pending-target', status: 'pending', periods: ['2025-06'], values: [3] },
  ];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-check-charts-'));
    const svgs = await renderTrendCharts(specs);
    // the HTML report's own policy: nothing may be fetched, inline styles only
    const html = [
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
      '<style>body{margin:16px;font-family:sans-serif} .grid{display:grid;grid-template-columns:repeat(2,640px);gap:16px}</style>',
      '</head><body><div class="grid">',
      ...svgs.map((s) => `<figure style="margin:0">${s}</figure>`),
      '</div></body></html>',
    ].join('\n');
    page = await ChromiumPage.launch({ width: 1320, height: 1100 });
    await page.setContent(html, 'charts.html');
  }, 120_000);

  afterAll(async () => {
    await page?.close();
    if (dir && !process.env['KEEP_CHART_PAGES']) await rm(dir, { recursive: true, force: true });
  });

  it('renders with no console message and no request', () => {
    expect(page.console).toEqual([]);
    expect(page.requests).toEqual([]);
  });

  it('lays out every chart at its size', async () => {
    const boxes = (await page.evaluate(
      '[...document.querySelectorAll("svg")].map((s) => { const r = s.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; })',
    )) as [number, number][];
    expect(boxes).toEqual(specs.map(() => [640, 320]));
  });

  it('takes a screenshot, each chart painted in its status colour', async () => {
    const file = join(dir, 'charts.png');
    const image = decodePng(await page.screenshot(file));
    if (process.env['KEEP_CHART_PAGES']) process.stderr.write(`screenshot: ${file}\n`);
    expect(image.width).toBeGreaterThanOrEqual(1312);
    expect(image.height).toBeGreaterThanOrEqual(3 * 320);
    const boxes = (await page.evaluate(
      '[...document.querySelectorAll("svg")].map((s) => { const r = s.getBoundingClientRect(); return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) }; })',
    )) as { x: number; y: number; width: number; height: number }[];
    specs.forEach((spec, i) => {
      const box = boxes[i];
      if (!box) throw new Error(`no box for chart ${i}`);
      const own = countColour(image, STATUS_PALETTE[spec.status].mark, 30, box);
      // a line of ten points and its markers: hundreds of pixels; the one-point chart still shows its dot and legend
      expect(own, `${spec.title} (${spec.status})`).toBeGreaterThan(40);
      // and no other status's colour anywhere in it (but grey, which antialiased text is full of)
      for (const other of STATUSES) {
        if (other !== spec.status && other !== 'no-data') expect(countColour(image, STATUS_PALETTE[other].mark, 12, box), `${spec.title}: ${other}`).toBeLessThan(10);
      }
    });
  });
});
