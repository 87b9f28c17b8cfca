import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SLIP_NAMES, slipText } from '../../src/i18n/slips.js';
import { readFigureText, shiftDecimal, SLIP_KINDS, type FigureExpectation } from '../../src/validate/number-slips.js';

const INTEGER: FigureExpectation = { type: 'integer', unit: 'persons' };
const NUMBER: FigureExpectation = { type: 'number', unit: 'm2' };
const WAN_YUAN: FigureExpectation = { type: 'number', unit: 'wan-yuan' };
const BOOLEAN: FigureExpectation = { type: 'boolean', unit: 'boolean' };

describe('readFigureText: figures as a statistics file writes them', () => {
  test.each([
    ['14273', 14273],
    ['  14273 ', 14273],
    ['3026.9', 3026.9],
    ['0', 0],
    ['-3', -3],
    ['+5', 5],
    ['.5', 0.5],
  ])('%j is the figure %d, no slip', (text, value) => {
    expect(readFigureText(text, NUMBER)).toEqual({ kind: 'figure', value });
  });

  test('true and false are the only yes/no figures', () => {
    expect(readFigureText('true', BOOLEAN)).toEqual({ kind: 'figure', value: true });
    expect(readFigureText('FALSE', BOOLEAN)).toEqual({ kind: 'figure', value: false });
  });

  test('white space alone is empty', () => {
    expect(readFigureText('   ', INTEGER)).toEqual({ kind: 'empty' });
    expect(readFigureText('', BOOLEAN)).toEqual({ kind: 'empty' });
  });
});

describe('readFigureText: the slips of issue 14, each named, with the figure meant', () => {
  test.each([
    // text, expectation, kinds, suggestion (worked by hand)
    ['14,273', INTEGER, ['thousands-separator'], 14273],
    ['14，273', INTEGER, ['thousands-separator'], 14273],
    ['14 273', INTEGER, ['thousands-separator'], 14273],
    ['1,234,567.5', NUMBER, ['thousands-separator'], 1234567.5],
    ['-12,000', INTEGER, ['thousands-separator'], -12000],
    ['65%', NUMBER, ['percent-sign'], 65],
    ['65％', NUMBER, ['percent-sign'], 65],
    ['８', INTEGER, ['full-width-digit'], 8],
    ['１２，０００', INTEGER, ['thousands-separator', 'full-width-digit'], 12000],
    ['１．５', NUMBER, ['full-width-digit'], 1.5],
    ['1。5', NUMBER, ['full-width-digit'], 1.5],
    ['1.4万', INTEGER, ['wan'], 14000],
    ['1.4 万', INTEGER, ['wan'], 14000],
    ['0.000003万', NUMBER, ['wan'], 0.03],
    ['2亿', NUMBER, ['yi'], 200000000],
    ['120人', INTEGER, ['unit-suffix'], 120],
    ['2500平方米', NUMBER, ['unit-suffix'], 2500],
    ['2500㎡', NUMBER, ['unit-suffix'], 2500],
    ['1.4万人', INTEGER, ['wan', 'unit-suffix'], 14000],
    ['约1.2万', INTEGER, ['wan', 'approximate'], 12000],
    ['12000左右', INTEGER, ['approximate'], 12000],
    ['1万余人', INTEGER, ['wan', 'unit-suffix', 'approximate'], 10000],
    ['1.2E+04', INTEGER, ['exponent'], 12000],
    ['1.5e-1', NUMBER, ['exponent'], 0.15],
  ] as const)('%j', (text, expect_, slips, suggestion) => {
    expect(readFigureText(text, expect_)).toEqual({ kind: 'slip', slips, suggestion });
  });

  test('万 is the unit itself for a measure in 万元; yuan are divided by 10,000', () => {
    expect(readFigureText('891.5万', WAN_YUAN)).toEqual({ kind: 'slip', slips: ['unit-suffix'], suggestion: 891.5 });
    expect(readFigureText('891.5万元', WAN_YUAN)).toEqual({ kind: 'slip', slips: ['unit-suffix'], suggestion: 891.5 });
    expect(readFigureText('8915000元', WAN_YUAN)).toEqual({ kind: 'slip', slips: ['yuan'], suggestion: 891.5 });
    expect(readFigureText('8,915,000元', WAN_YUAN)).toEqual({ kind: 'slip', slips: ['thousands-separator', 'yuan'], suggestion: 891.5 });
    expect(readFigureText('1.2亿', WAN_YUAN)).toEqual({ kind: 'slip', slips: ['yi'], suggestion: 12000 });
    // in another unit, 万元 is a multiplier and a stray unit
    expect(readFigureText('1.4万元', NUMBER)).toEqual({ kind: 'slip', slips: ['wan', 'unit-suffix'], suggestion: 14000 });
  });

  test('a comma that does not group thousands is a slip without a guess', () => {
    expect(readFigureText('12,5', NUMBER)).toEqual({ kind: 'slip', slips: ['stray-comma'], suggestion: null });
    expect(readFigureText('1,20,000', INTEGER)).toEqual({ kind: 'slip', slips: ['stray-comma'], suggestion: null });
  });

  test.each(['-', '—', '/', '无', '暂无', '不详', 'N/A', '？'])('the placeholder %j is named, with no figure', (text) => {
    expect(readFigureText(text, INTEGER)).toEqual({ kind: 'slip', slips: ['placeholder'], suggestion: null });
  });

  test.each([
    ['是', true],
    ['否', false],
    ['yes', true],
    ['No', false],
    ['1', true],
    ['0', false],
    ['√', true],
    ['×', false],
    ['已建成', true],
    ['１', true],
  ] as const)('the yes/no word %j means %s', (text, meant) => {
    expect(readFigureText(text, BOOLEAN)).toEqual({ kind: 'slip', slips: ['yes-no-word'], suggestion: meant });
  });

  test('text that is no figure is unreadable, not guessed at', () => {
    for (const text of ['abc', '十二', '约几百人', 'Infinity', 'NaN', '12-13', '1.2.3', '万']) {
      expect(readFigureText(text, INTEGER), text).toEqual({ kind: 'unreadable' });
    }
    expect(readFigureText('也许', BOOLEAN)).toEqual({ kind: 'unreadable' });
    expect(readFigureText('是', INTEGER)).toEqual({ kind: 'unreadable' });
  });
});

describe('properties', () => {
  test('any whole number with thousands separators suggests the number itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10 ** 12 }), (n) => {
        const grouped = n.toLocaleString('en-US');
        expect(readFigureText(grouped, INTEGER)).toEqual({ kind: 'slip', slips: ['thousands-separator'], suggestion: n });
      }),
    );
  });

  test('any plain decimal is a figure, full-width it is the same figure as a slip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const text = (n / 10 ** decimals).toFixed(decimals);
        expect(readFigureText(text, NUMBER)).toEqual({ kind: 'figure', value: Number(text) });
        const wide = text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(readFigureText(wide, NUMBER)).toEqual({ kind: 'slip', slips: ['full-width-digit'], suggestion: Number(text) });
      }),
    );
  });

  test('x万 is exactly x × 10,000 on the digits, without binary rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 4 }), (n, decimals) => {
        const text = (n / 10 ** decimals).toFixed(decimals);
        const reading = readFigureText(`${text}万`, INTEGER);
        expect(reading).toEqual({ kind: 'slip', slips: ['wan'], suggestion: (n * 10 ** (4 - decimals)) });
      }),
    );
    expect(shiftDecimal('1.4', 4)).toBe(14000);
    expect(shiftDecimal('8915000', -4)).toBe(891.5);
    expect(shiftDecimal('-0.5', 1)).toBe(-5);
  });

  test('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(INTEGER, NUMBER, WAN_YUAN, BOOLEAN), (text, e) => {
        const reading = readFigureText(text, e);
        expect(['empty', 'figure', 'slip', 'unreadable']).toContain(reading.kind);
        if (reading.kind === 'slip' && typeof reading.suggestion === 'number') expect(Number.isFinite(reading.suggestion)).toBe(true);
      }),
    );
  });
});

describe('slipText', () => {
  test('every kind has a name in both languages', () => {
    for (const kind of SLIP_KINDS) {
      expect(SLIP_NAMES[kind].zh).not.toBe('');
      expect(SLIP_NAMES[kind].en).not.toBe('');
    }
  });

  test('names the slip and the fix, and says nothing is corrected', () => {
    const text = slipText('14,273', ['thousands-separator'], 14273);
    expect(text.en).toContain('did you mean 14273?');
    expect(text.en).toContain('thousands separator');
    expect(text.zh).toContain('是否应为 14273');
    expect(slipText('1', ['yes-no-word'], true, true).zh).toContain('是否应为 是');
    expect(slipText('—', ['placeholder'], null).en).toContain('leave it empty');
  });
});
