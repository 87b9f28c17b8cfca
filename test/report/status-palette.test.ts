// The status colours of charts: told apart by people with a colour-vision deficiency, visible on white,
// and the same cell colours as the workbook.
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/core/types.js';
import { STATUS_PALETTE } from '../../src/report/status-palette.js';
import { STATUS_COLORS } from '../../src/report/xlsx/styles.js';

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const VISION: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];

/** CIE L*a*b* (D65) of a colour as seen through `matrix`. */
function lab(hex: string, matrix: number[][]): [number, number, number] {
  const c = rgb(hex);
  const [r, g, b] = matrix.map((row) => Math.min(1, Math.max(0, (row[0] ?? 0) * c[0] + (row[1] ?? 0) * c[1] + (row[2] ?? 0) * c[2]))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('the status palette', () => {
  it('has a colour for every status', () => {
    expect(Object.keys(STATUS_PALETTE).sort()).toEqual([...STATUSES].sort());
    for (const s of STATUSES) for (const c of Object.values(STATUS_PALETTE[s])) expect(c).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('keeps every two statuses apart under protanopia, deuteranopia and tritanopia (ΔE*ab ≥ 15)', () => {
    for (const [vision, matrix] of Object.entries(VISION)) {
      for (let i = 0; i < STATUSES.length; i++) {
        for (let j = i + 1; j < STATUSES.length; j++) {
          const a = STATUSES[i] as (typeof STATUSES)[number];
          const b = STATUSES[j] as (typeof STATUSES)[number];
          const [la, lb] = [lab(STATUS_PALETTE[a].mark, matrix), lab(STATUS_PALETTE[b].mark, matrix)];
          const distance = Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
          expect(distance, `${vision}: ${a} vs ${b}`).toBeGreaterThanOrEqual(15);
        }
      }
    }
  });

  it('draws every mark at 3:1 contrast or more on white (WCAG 1.4.11)', () => {
    for (const s of STATUSES) expect(1.05 / (luminance(STATUS_PALETTE[s].mark) + 0.05), s).toBeGreaterThanOrEqual(3);
  });

  it('fills cells with the workbook colours, text readable on them (4.5:1)', () => {
    for (const s of STATUSES) {
      expect(STATUS_PALETTE[s].fill, s).toBe(`#${STATUS_COLORS[s].fill.slice(2)}`);
      // the workbook's no-data grey on grey is 3.6:1: darker here
      if (s !== 'no-data') expect(STATUS_PALETTE[s].text, s).toBe(`#${STATUS_COLORS[s].font.slice(2)}`);
      const [hi, lo] = [luminance(STATUS_PALETTE[s].fill), luminance(STATUS_PALETTE[s].text)].sort((x, y) => y - x) as [number, number];
      expect((hi + 0.05) / (lo + 0.05), s).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('would catch the usual mistake: a plain green and red (#2CA02C, #D62728), far apart to most eyes, merge under deuteranopia', () => {
    const distance = (vision: string) => {
      const [a, b] = [lab('#2CA02C', VISION[vision] ?? []), lab('#D62728', VISION[vision] ?? [])];
      return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    };
    expect(distance('normal')).toBeGreaterThan(100);
    expect(distance('deuteranopia')).toBeLessThan(15);
  });
});
