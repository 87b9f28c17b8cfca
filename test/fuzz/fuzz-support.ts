// What every fuzz test shares: the valid file they start from, the run counts, and the checks
// that every problem must pass.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem, ProblemCode } from '../../src/shared/problem.js';
import { said } from '../support/problems.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The sample the mutations start from, with a copy of it should the sample set be rebuilt away. */
export function validSample(): { text: string; file: string } {
  const file = join(ROOT, 'data', 'samples', '2025-06', '450202.yaml');
  try {
    return { text: readFileSync(file, 'utf8'), file };
  } catch {
    return { text: FALLBACK_SAMPLE, file: '(built-in copy)' };
  }
}

const FALLBACK_SAMPLE = `# yaml-language-server: $schema=../../../schemas/unit-report.schema.json
unit: {code: "450202", name: 城中区}
period: 2025-06
measures:
  population:
    elderly_60plus: 147273
    elderly_65plus: 105743
    elderly_80plus: 21041
    residents: 680989
  residential_new:
    households: 14273
    facility_area_m2: 3026.9
  townships:
    total: 8
    with_regional_center: 5
  lottery:
    welfare_fund: 891.5
    elderly_care: 578.7
  network:
    three_level_established: true
`;

/** A whole number from the environment, or the default. */
export function envCount(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The seed of the fast-check runs: FUZZ_SEED to replay one, else fast-check's own (printed on failure). */
export function fuzzSeed(): { seed?: number } {
  const raw = process.env['FUZZ_SEED'];
  return raw !== undefined && raw !== '' ? { seed: Number(raw) } : {};
}

const CODES: Record<ProblemCode, true> = {
  'yaml-syntax': true, 'not-utf8': true, 'gbk-encoding': true, 'too-large': true, 'alias-limit': true, 'duplicate-key': true,
  'wrong-type': true, negative: true, 'not-integer': true, 'not-finite': true, required: true, 'unknown-measure': true,
  'unknown-field': true, 'part-exceeds-whole': true, 'unknown-unit': true, 'name-mismatch': true, 'bad-code': true,
  'bad-period': true, 'future-period': true, 'duplicate-report': true, unreadable: true, 'no-input': true, 'policy-invalid': true,
  'code-mismatch': true, 'period-mismatch': true, 'not-held': true, 'not-finite-result': true, 'more-problems': true,
};
export const PROBLEM_CODES = new Set(Object.keys(CODES));

/** Problems about a file as a whole, which may have no line: it could not be read at all. */
export const FILE_LEVEL_CODES = new Set<string>(['unreadable', 'no-input', 'too-large']);

/** What is wrong with a problem as reported, or null when it is well formed. */
export function problemFault(p: Omit<Problem, 'message'> & { message: Problem['message'] | string }): string | null {
  if (typeof p.file !== 'string' || p.file === '') return 'no file';
  if (!PROBLEM_CODES.has(p.code)) return `unknown code ${String(p.code)}`;
  // a problem read back from a JSON report has its message in words; one made in process, as data
  const { message } = p;
  const texts = typeof message === 'string' ? [message] : [said({ ...p, message }, 'zh'), said({ ...p, message }, 'en')];
  for (const text of texts) {
    if (typeof text !== 'string' || text.trim() === '') return 'empty message';
    if (/\n\s+at /.test(text)) return 'a stack trace in the message';
  }
  if (p.severity !== 'error' && p.severity !== 'warning') return `severity ${String(p.severity)}`;
  if (p.line === null) return FILE_LEVEL_CODES.has(p.code) ? null : `no line for ${p.code}`;
  if (!Number.isInteger(p.line) || p.line < 1) return `line ${p.line}`;
  if (p.column !== null && (!Number.isInteger(p.column) || p.column < 1)) return `column ${p.column}`;
  return null;
}

/** The own property names of the built-in prototypes: a polluting key would add one. */
export function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');
}
