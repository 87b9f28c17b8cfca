// The HTML report: one file that asks for nothing, a chart for every whole-area target and for the unit
// targets that need action (up to a limit, the rest listed), a grid whose every cell leads to its
// details, the results by department, every figure traced to its clause and file; then the sample set's
// report opened by headless Chromium in both languages: no console message, no request, no page that
// overflows, and printed to PDF on exactly the pages the report laid out.
import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/core/types.js';
import type { Result } from '../../src/core/types.js';
import { STATUS_LABELS } from '../../src/i18n/report.js';
import { renderHtml, renderHtmlReport } from '../../src/report/html.js';
import { CONTENT_SECURITY_POLICY } from '../../src/report/html/document.js';
import { resultAnchor } from '../../src/report/html/parts.js';
import { CHART } from '../../src/report/html/styles.js';
import { STATUS_PALETTE } from '../../src/report/status-palette.js';
import { Chromium, chromiumPath } from '../support/chromium.js';
import { hasPoppler, pdfPageCount, pdfText } from '../support/pdf.js';
import { sampleHtmlReport } from '../support/sample-html.js';
import { countColour, decodePng } from '../support/png.js';
import { fixtureResults, makeContext, makeResult } from './fixtures.js';

/** The HTML of one section: from its heading to the next section's. */
function section(html: string, anchor: string): string {
  const start = html.indexOf(`<h2 id="${anchor}">`);
  if (start < 0) throw new Error(`no section ${anchor}`);
  const next = html.indexOf('<h2 id="', start + 1);
  return html.slice(start, next < 0 ? undefined : next);
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

describe('the HTML report of the mixed fixture set', () => {
  let html: string;
  let pages: number;
  const results = fixtureResults();

  beforeAll(async () => {
    const report = await renderHtmlReport(makeContext());
    html = report.html;
    pages = report.pages;
  });

  it('is one file that may fetch and run nothing: a Content-Security-Policy says so, and nothing asks', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;')}">`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|@import|@font-face/i);
    expect(html).not.toMatch(/\s(src|srcset|action|poster)=/i);
    // the charts' clip paths are the only url(): each points into the page
    for (const m of html.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^#/);
    // no address but the namespaces of the charts' SVG
    expect(html.replace(/ xmlns(:xlink)?="http:\/\/www\.w3\.org\/[^"]*"/g, '')).not.toMatch(/https?:\/\//);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
  });

  it('draws a chart for every whole-area result, a thin one as its coverage', () => {
    const areas = section(html, 's-area-trends');
    const aggregates = results.filter((r) => r.aggregate);
    expect(count(areas, /<div class="card /g)).toBe(aggregates.length);
    expect(count(areas, /<svg /g)).toBe(aggregates.length);
    // the province's thin whole area: its coverage against the 80% it needs
    expect(areas).toContain('上报覆盖率');
    expect(areas).toContain('目标 ≥ 80%');
  });

  it('draws the unit results that need action, worst first, and says what the lines mean', () => {
    const units = section(html, 's-unit-trends');
    const failing = results.filter((r) => !r.aggregate && ['missed', 'off-track', 'at-risk'].includes(r.status) && typeof r.value === 'number');
    expect(count(units, /<div class="card /g)).toBe(failing.length);
    const order = [...units.matchAll(/<div class="card b-([a-z-]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['missed', 'missed', 'missed', 'off-track', 'at-risk']);
    expect(section(html, 's-area-trends')).toContain('达标所需的直线路径');
  });

  it('past the limit, lists the rest with how to narrow the run', async () => {
    const limited = await renderHtml(makeContext(), { chartLimit: 2 });
    const units = section(limited, 's-unit-trends');
    expect(count(units, /<div class="card /g)).toBe(2);
    expect(units).toContain('另有 3 项超出 2 张图的上限');
    expect(units).toContain('--unit');
    expect(count(units, /<tr><td><a href="#r--/g)).toBe(3);
  });

  it('links every grid cell, chart and list entry to a place in the page', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(results.length);
    for (const href of hrefs) expect(ids.has(href), href).toBe(true);
    // a details row per result, and a grid cell leading to it
    const grid = section(html, 's-grid');
    for (const r of results) {
      expect(ids.has(resultAnchor(r)), `${r.target} ${r.unit.code}`).toBe(true);
      expect(grid).toContain(`href="#${resultAnchor(r)}"`);
    }
  });

  it('shows every status, in words as well as in colour', () => {
    for (const s of STATUSES) {
      expect(html).toContain(`class="tile s-${s}"`);
      expect(html).toContain(`>${STATUS_LABELS[s].zh}<`);
    }
  });

  it('counts the results under each responsible department', () => {
    const depts = section(html, 's-departments');
    const named = new Set(results.flatMap((r) => r.responsible));
    expect(named.size).toBeGreaterThan(0);
    for (const dept of named) expect(depts).toContain(`>${dept}<`);
  });

  it('traces every figure: the clause and the quoted sentence of each target, the file and line of each result', () => {
    const catalog = section(html, 's-catalog');
    for (const doc of makeContext().documents) {
      for (const t of doc.targets) {
        expect(catalog).toContain(`id="${`t--${t.id}`.replace(/[^A-Za-z0-9_.:-]/g, (ch) => `_${(ch.codePointAt(0) ?? 0).toString(16)}_`)}"`);
        expect(catalog).toContain(t.clause);
        expect(catalog).toContain(t.quote.split('\n')[0]?.slice(0, 20));
      }
    }
    const details = section(html, 's-details');
    expect(details).toContain('title="data/2025-06/450203.yaml:5"');
  });

  it('numbers its pages in every footer, and says how many there are', () => {
    expect(count(html, /<section class="sheet"/g)).toBe(pages);
    expect(html).toContain(`<meta name="care-check-pages" content="${pages}">`);
    for (let n = 1; n <= pages; n++) expect(html).toContain(`第 ${n} 页，共 ${pages} 页`);
  });

  it('says what changed since the baseline, the results that worsened linked to their details', async () => {
    const results = [
      makeResult({ unit: { code: '450203' }, status: 'missed', value: 18.2, change: 'worsened' }),
      makeResult({ unit: { code: '450204' }, status: 'met', value: 21, change: 'improved' }),
      makeResult({ unit: { code: '450205' }, status: 'met', value: 25, change: 'unchanged' }),
    ];
    (results[0] as Result).previousStatus = 'at-risk';
    const page = await renderHtml(makeContext({ results, baseline: true }));
    const glance = page.slice(0, page.indexOf('<h2 id='));
    expect(glance).toContain('变差 1 · 好转 1 · 新增 0 · 无变化 1 · 基线中有、本次没有 0');
    expect(glance).toContain(`href="#${resultAnchor(results[0] as Result)}"`);
    expect(glance).toMatch(/有风险 → <span class="badge s-missed">未达标<\/span>/);
    expect(html).toContain('未给出基线');
  });

  it('shows a name from the input as text, never as markup', async () => {
    const odd = makeResult({ unit: { code: '450299', name: '<img src=x onerror=alert(1)>' }, status: 'missed', value: 3 });
    const page = await renderHtml(makeContext({ results: [odd] }));
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('speaks English with --lang en', async () => {
    const en = await renderHtml(makeContext({ lang: 'en' }));
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(en).toContain('<h1>Elderly-care plan targets: the monthly report</h1>');
    expect(en).toContain('By document and area');
    expect(en).toContain('page 1 of');
    expect(en).not.toMatch(/[已未有缺待进]达标|本月概览/);
  });
});

describe('what the page lays out', () => {
  it('puts three charts on a page after the first, each section on a page of its own', async () => {
    const many: Result[] = [];
    for (let i = 0; i < 7; i++) {
      many.push(makeResult({ target: 'liuzhou-2023/director-training', unit: { code: `4502${String(10 + i)}` }, status: 'missed', value: 50 + i, history: [{ period: '2025-05', value: 49 }, { period: '2025-06', value: 50 + i }] }));
    }
    const report = await renderHtmlReport(makeContext({ results: many }));
    // page 1 the glance, page 2 the (absent) whole areas, then 7 unit charts on ⌈7/3⌉ pages
    expect(report.sections.get('s-area-trends')).toBe(2);
    expect(report.sections.get('s-unit-trends')).toBe(3);
    expect(report.sections.get('s-grid')).toBe(3 + Math.ceil(7 / 3));
    expect(CHART.card).toBeLessThan(268 / 3);
  });
});

// ---------------------------------------------------------------- the sample set, in a browser

const CHROMIUM = chromiumPath();
const POPPLER = hasPoppler();

// One Chromium for the file's pages (each a tab of its own, with its own console and requests), launched
// by the first test that needs it.
let browser: Promise<Chromium> | undefined;
const chromium = (): Promise<Chromium> => (browser ??= Chromium.launch());
afterAll(async () => {
  if (browser) await (await browser).close();
});

describe.skipIf(!CHROMIUM)('the report’s Content-Security-Policy, enforced by Chromium (skipped without chromium)', () => {
  it('blocks a script, an image, a style sheet, a frame and a font smuggled into the page: nothing runs, nothing is fetched', async () => {
    const { html } = await renderHtmlReport(makeContext());
    // what a tampered or badly escaped file could carry; the policy in the head must stop every one
    const smuggled = [
      '<script>console.log("script ran")</script>',
      '<img src="http://127.0.0.1:9/probe.png" onerror="console.log(\'handler ran\')">',
      '<link rel="stylesheet" href="http://127.0.0.1:9/probe.css">',
      '<iframe src="http://127.0.0.1:9/probe.html"></iframe>',
      '<style>@font-face{font-family:probe;src:url(http://127.0.0.1:9/probe.woff)}body{font-family:probe}</style>',
    ].join('');
    expect(html).toContain('</body>');
    const page = await (await chromium()).newPage({ timeout: 120_000, offline: true });
    try {
      await page.setContent(html.replace('</body>', `${smuggled}</body>`));
      const ran = page.console.filter((e) => /ran$/.test(e.text));
      expect(ran).toEqual([]);
      // Chromium records a request its policy refuses (it never leaves the page): every probe is one
      const probes = page.requests.filter((url) => url.startsWith('http'));
      expect(probes.sort()).toEqual(['http://127.0.0.1:9/probe.css', 'http://127.0.0.1:9/probe.png', 'http://127.0.0.1:9/probe.woff']);
      for (const url of probes) expect(page.blocked, url).toContainEqual({ url, reason: 'csp' });
      // Chromium says why, once per kind: the refusal names the thing and the policy it violates
      const refusals = page.console.filter((e) => e.source === 'security' && /violates the following Content Security Policy/.test(e.text)).map((e) => e.text);
      for (const kind of ['Executing inline script', 'Executing inline event handler', 'Loading the stylesheet', 'Loading the image', 'Loading the font', 'Framing']) {
        expect(refusals.filter((t) => t.startsWith(kind)), `${kind}: ${refusals.join(' | ')}`).toHaveLength(1);
      }
    } finally {
      await page.close();
    }
  }, 180_000);
});

describe.skipIf(!CHROMIUM || !POPPLER)('the sample set’s report in headless Chromium (skipped without chromium and poppler-utils)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-check-html-'));
  });

  afterAll(async () => {
    if (dir && !process.env['KEEP_HTML_PAGES']) await rm(dir, { recursive: true, force: true });
    else if (dir) process.stderr.write(`HTML report pages kept in ${dir}\n`);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`opens in ${lang} with no console message and no request, no page overflowing, and prints on the pages laid out`, async () => {
      // the CLI's run, spawned here or by html-cells.test.ts in another worker of this vitest run
      const { file, run } = await sampleHtmlReport(lang, dir);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const html = await readFile(file, 'utf8');
      const pages = Number(/<meta name="care-check-pages" content="(\d+)">/.exec(html)?.[1]);
      expect(pages).toBeGreaterThan(10);

      const page = await (await chromium()).newPage({ width: 900, height: 1200, timeout: 180_000, offline: true });
      try {
        await page.goto(file);
        expect(page.console).toEqual([]);
        expect(page.requests).toEqual([]);
        const overflowing = (await page.evaluate(
          '[...document.querySelectorAll(".body")].map((b, i) => [i + 1, b.scrollHeight - b.clientHeight]).filter(([, over]) => over > 1)',
        )) as [number, number][];
        expect(overflowing, 'pages whose content runs past their body').toEqual([]);
        expect(await page.evaluate('document.querySelectorAll(".sheet").length')).toBe(pages);

        // the pages of trend charts, from the first chart's top to the last one's bottom
        const charts = (await page.evaluate(
          '(() => { const r = [...document.querySelectorAll(".card")].map((c) => c.getBoundingClientRect()); return { x: 0, y: Math.min(...r.map((b) => b.top)) + scrollY, width: document.documentElement.scrollWidth, height: Math.max(...r.map((b) => b.bottom)) - Math.min(...r.map((b) => b.top)) }; })()',
        )) as { x: number; y: number; width: number; height: number };
        const png = join(dir, `report-${lang}.png`);
        const image = decodePng(await page.screenshot(png, charts));
        // the at-risk charts are drawn in their colour: "at risk" is something one sees
        expect(countColour(image, STATUS_PALETTE['at-risk'].mark, 20)).toBeGreaterThan(2000);
        expect(countColour(image, STATUS_PALETTE.missed.mark, 20)).toBeGreaterThan(2000);

        const pdf = join(dir, `report-${lang}.pdf`);
        writeFileSync(pdf, await page.pdf());
        expect(pdfPageCount(pdf)).toBe(pages);
        const text = pdfText(pdf);
        expect(text).toContain(lang === 'zh' ? `第 ${pages} 页，共 ${pages} 页` : `page ${pages} of ${pages}`);
        expect(text).toContain(lang === 'zh' ? '全域目标的趋势' : 'Whole-area targets: trends');
      } finally {
        await page.close();
      }
    }, 300_000);
  }
});
