// The one width rule of the terminal (src/shared/text-width.ts): it measures as cli-table3 does
// (string-width), so that a table and the lines around it agree, and it wraps to the width asked.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { displayWidth, wrapAtSpaces, wrapText } from '../../src/shared/text-width.js';

const require = createRequire(import.meta.url);
// cli-table3's own measure of a cell
const { strlen } = require('cli-table3/src/utils.js') as { strlen: (text: string) => number };

/** A seeded generator (mulberry32), so that a failure replays. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// what the reports hold: ASCII, Chinese, full-width forms and punctuation, the signs of rules and
// figures, a combining mark, a control character, colour codes and line breaks
const PIECES = [
  'a', 'Z', '7', ' ', '-', '/', '(', ')', ',', '.', '城', '中', '区', '养', '老', '〔', '〕', '（', '）', '，', '。', '、', '：',
  '“', '”', '８', '％', 'Ａ', '≥', '≤', '—', '…', '·', '²', '→', '░', '█', 'é', '\u0301', '\u0007', '\u001b[31m', '\u001b[2m', '\u001b[39m', '\n',
  '가', '𠀀', 'ｶ', '🙂',
];

function randomText(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe('displayWidth', () => {
  test('a Chinese character and a full-width form take two columns, a colour code none', () => {
    expect(displayWidth('城中区')).toBe(6);
    expect(displayWidth('１４，２７３')).toBe(12);
    expect(displayWidth('≥ 6,040 户')).toBe(10);
    expect(displayWidth('\u001b[31m未达标\u001b[39m')).toBe(6);
    expect(displayWidth('ab\n城中区的\nc')).toBe(8);
  });

  test('agrees with cli-table3 on 5,000 random strings of what a report holds', () => {
    const next = rng(Number(process.env['FUZZ_SEED'] ?? 14));
    for (let i = 0; i < 5000; i += 1) {
      const text = randomText(next, 1 + Math.floor(next() * 30));
      expect(displayWidth(text), JSON.stringify(text)).toBe(strlen(text));
    }
  });
});

describe('wrapText', () => {
  test('every line fits, nothing is lost, and no line starts with closing punctuation after Chinese text', () => {
    const next = rng(Number(process.env['FUZZ_SEED'] ?? 15));
    const plain = PIECES.filter((p) => !p.startsWith('\u001b') && p !== '\u0007' && p !== '\n' && p !== '\u0301');
    for (let i = 0; i < 3000; i += 1) {
      let text = '';
      for (let j = 0; j < 5 + Math.floor(next() * 80); j += 1) text += plain[Math.floor(next() * plain.length)];
      const width = 4 + Math.floor(next() * 40);
      const lines = wrapText(text, width);
      for (const line of lines) expect(displayWidth(line), `${JSON.stringify(text)} at ${width}`).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      lines.slice(1).forEach((line, k) => {
        const before = lines[k] ?? '';
        if (/^[，。、）〕”：]/.test(line) && before.length > 1) expect(/[\u4e00-\u9fff]$/.test(before), `${JSON.stringify(lines)}`).toBe(false);
      });
    }
  });

  test('breaks Chinese between characters, ids after / and -, and keeps a closing mark with its word', () => {
    expect(wrapText('老城区和已建成居住区养老服务设施（每百户）', 14).every((l) => displayWidth(l) <= 14)).toBe(true);
    expect(wrapText('liuzhou-2023/facility-area-existing', 16)).toEqual(['liuzhou-2023/', 'facility-area-', 'existing']);
    expect(wrapText('城中区未达标，柳北区', 12)).toEqual(['城中区未达', '标，柳北区']);
    expect(wrapText('a b', 80)).toEqual(['a b']);
  });

  test('a painted line broken at its spaces keeps its colour on every piece', () => {
    expect(wrapAtSpaces('\u001b[2msince 2024-12\u001b[22m', 8)).toEqual(['\u001b[2msince\u001b[22m', '\u001b[2m2024-12\u001b[22m']);
    expect(wrapAtSpaces('2025-03 补达标', 10)).toEqual(['2025-03', '补达标']);
  });
});
