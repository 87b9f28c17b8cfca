import { describe, expect, test } from 'vitest';
import { zhJoin } from '../../src/i18n/problems.js';
import { dottedPath, pointerSegments } from '../../src/validate/ajv-problems.js';
import { didYouMean, editDistance } from '../../src/validate/did-you-mean.js';
import { formatProblem } from '../../src/report/problem-text.js';
import { message, type Problem } from '../../src/shared/problem.js';
import { textMessage } from '../support/problems.js';

const problem: Problem = {
  file: 'data/450202.yaml', line: 7, column: 14, path: 'measures.townships.total',
  code: 'negative', message: message('negative', '-1'), severity: 'error',
};

describe('formatProblem', () => {
  test('file:line:column  field  message', () => {
    expect(formatProblem(problem, 'en')).toBe('data/450202.yaml:7:14  measures.townships.total  expected a number of 0 or more, found -1');
  });
  test('without a position or a field, those parts are left out', () => {
    expect(formatProblem({ ...problem, line: null, column: null, path: null }, 'en')).toBe('data/450202.yaml  expected a number of 0 or more, found -1');
  });
  test('the message is in the language asked for', () => {
    expect(formatProblem(problem, 'zh')).toMatch(/^data\/450202\.yaml:7:14  measures\.townships\.total  .*[\u4e00-\u9fff]/);
  });
  test('a warning says so when asked to', () => {
    const warning = { ...problem, severity: 'warning' as const };
    expect(formatProblem(warning, 'en', { warningPrefix: true })).toContain('warning: ');
    expect(formatProblem(warning, 'zh', { warningPrefix: true })).toContain('警告：');
    expect(formatProblem(warning, 'en')).not.toContain('warning');
    expect(formatProblem(problem, 'en', { warningPrefix: true })).not.toContain('warning');
  });
});

describe('did you mean', () => {
  test('edit distance counts a swap of neighbours as one', () => {
    expect(editDistance('centre', 'center')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('beds.total', 'beds.total')).toBe(0);
  });
  test('the nearest id over the full dotted name, or none when nothing is near', () => {
    const ids = ['townships.total', 'townships.with_regional_center', 'beds.total', 'beds.nursing_type'];
    expect(didYouMean('townships.with_regional_centre', ids)).toBe('townships.with_regional_center');
    expect(didYouMean('towships.total', ids)).toBe('townships.total');
    expect(didYouMean('beds.nursing', ids)).toBe('beds.nursing_type');
    expect(didYouMean('population.foo', ids)).toBeNull();
  });
});

describe('paths', () => {
  test('JSON pointers become dotted paths with list indices in brackets', () => {
    expect(pointerSegments('/measures/a~1b/c~0d')).toEqual(['measures', 'a/b', 'c~d']);
    expect(dottedPath(['targets', 3, 'rule'])).toBe('targets[3].rule');
    expect(dottedPath(['targets', '3', 'rule'])).toBe('targets[3].rule');
    expect(dottedPath([])).toBeNull();
  });
  test('Chinese and Latin text are spaced where they meet', () => {
    expect(zhJoin('应为', 'true 或 false', '，实为', '-3')).toBe('应为 true 或 false，实为 -3');
    expect(zhJoin('应为', '整数', '，实为', '文本 "8"')).toBe('应为整数，实为文本 "8"');
  });
});

describe('a problem quoting a key with a line break', () => {
  test('stays on one line, the break shown escaped', () => {
    const line = formatProblem({
      file: 'a.yaml',
      line: 3,
      column: 5,
      path: 'measures.special_poor\n.willing_centralized',
      code: 'unknown-measure',
      message: textMessage('unknown measure special_poor\n.willing_centralized\u0007'),
      severity: 'error',
    }, 'en');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('special_poor\\n.willing_centralized');
    expect(line).toContain('\\u0007');
  });
});
