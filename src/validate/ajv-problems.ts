// ajv's errors, as problems that point at the offending value in the file.
import type { Position, Text } from '../core/types.js';
import { PROBLEM_WORDS, TYPE_NAMES } from '../i18n/problems.js';
import { makeProblem, message, type Message, type Problem, type ProblemCode } from '../shared/problem.js';
import type { PathSegment, YamlSource } from '../shared/yaml-source.js';
import { ajvMessage } from './ajv.js';
import { didYouMean } from './did-you-mean.js';
import type { ErrorObject } from './ajv.js';
import { MAX_PROBLEMS_PER_FILE, moreProblems, showValue } from './problem.js';

/** A problem's content, before it is placed. */
export interface Issue {
  code: ProblemCode;
  /** a function when the message costs something to make (a suggestion): made only for a problem that is listed */
  message: Message | (() => Message);
  /** the problem's field path; the error's instance path by default */
  segments?: PathSegment[];
  /** where it points; the value at `segments` by default (a function: found only for a problem that is listed) */
  at?: Position | (() => Position);
  severity?: 'error' | 'warning';
}

/** A caller's own reading of an error: an issue, several, or null for the generic reading. */
export type Classifier = (error: ErrorObject, segments: string[]) => Issue | Issue[] | null;

/** `/measures/townships/total` → `['measures', 'townships', 'total']`. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['targets', 3, 'rule']` → `targets[3].rule`. */
export function dottedPath(segments: readonly PathSegment[]): string | null {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number' || /^\d+$/.test(s)) out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out === '' ? null : out;
}

/** How a found value is named in a message. */
export function describeFound(value: unknown): Text {
  if (value === null || value === undefined) return PROBLEM_WORDS.foundNothing;
  if (typeof value === 'string') return PROBLEM_WORDS.foundString(showValue(value));
  if (Array.isArray(value)) return PROBLEM_WORDS.foundList;
  if (typeof value === 'object') return PROBLEM_WORDS.foundMapping;
  const shown = showValue(value);
  return { zh: shown, en: shown };
}

function expectedOf(error: ErrorObject): Text {
  const schema = error.parentSchema as { description?: unknown } | undefined;
  switch (error.keyword) {
    case 'type': {
      const types = ([] as string[]).concat(error.params['type'] as string | string[]);
      return joinTexts(types.map((t) => TYPE_NAMES[t] ?? { zh: t, en: t }));
    }
    case 'const':
      return same(showValue(error.params['allowedValue']));
    case 'enum':
      return same((error.params['allowedValues'] as unknown[]).map(showValue).join(' | '));
    case 'pattern':
      return PROBLEM_WORDS.expectedPattern(String(error.params['pattern']));
    case 'format':
      if (error.params['format'] === 'date') return PROBLEM_WORDS.expectedDate;
      return PROBLEM_WORDS.expectedFormat(String(error.params['format']));
    default:
      if (typeof schema?.description === 'string') return same(schema.description);
      return ajvText(error);
  }
}

/** ajv's own words for an error, in both languages (ajv-i18n's Chinese). */
function ajvText(error: ErrorObject): Text {
  return { zh: ajvMessage(error, 'zh'), en: ajvMessage(error, 'en') };
}

function same(text: string): Text {
  return { zh: text, en: text };
}

function joinTexts(texts: Text[]): Text {
  return { zh: texts.map((t) => t.zh).join('或'), en: texts.map((t) => t.en).join(' or ') };
}

function isPrefix(prefix: string, path: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** How a branch of anyOf/oneOf is named: `a valid date`, `"ongoing" | "each-year"`. */
function describeSchema(schema: unknown, root: unknown, depth = 0): Text {
  if (schema === null || typeof schema !== 'object' || depth > 8) return same('…');
  const s = schema as Record<string, unknown>;
  if (typeof s['$ref'] === 'string' && s['$ref'].startsWith('#/')) {
    let target: unknown = root;
    for (const part of pointerSegments(s['$ref'].slice(1))) target = (target as Record<string, unknown> | undefined)?.[part];
    return describeSchema(target, root, depth + 1);
  }
  if (s['const'] !== undefined) return same(showValue(s['const']));
  if (Array.isArray(s['enum'])) return same(s['enum'].map(showValue).join(' | '));
  if (s['format'] === 'date') return PROBLEM_WORDS.expectedDate;
  if (typeof s['format'] === 'string') return PROBLEM_WORDS.expectedFormat(s['format']);
  if (typeof s['pattern'] === 'string') return PROBLEM_WORDS.expectedPattern(s['pattern']);
  if (s['type'] !== undefined) {
    const types = ([] as unknown[]).concat(s['type']).map(String);
    return joinTexts(types.map((t) => TYPE_NAMES[t] ?? same(t)));
  }
  if (typeof s['description'] === 'string') return same(s['description']);
  return same('…');
}

/**
 * Folds the errors of anyOf/oneOf branches. ajv lists a combinator's branch errors just before
 * it (their schema paths do not show it when a branch is a $ref). When some branch got further
 * into the value, its deeper errors stand for the whole; otherwise one error names the forms
 * that were allowed.
 */
function foldCombinators(errors: readonly ErrorObject[], root: unknown): { kept: ErrorObject[]; oneOf: Map<ErrorObject, Text[]> } {
  const drop = new Set<ErrorObject>();
  const oneOf = new Map<ErrorObject, Text[]>();
  errors.forEach((error, index) => {
    if (error.keyword === 'if') drop.add(error);
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') return;
    const passing = error.params['passingSchemas'];
    if (error.keyword === 'oneOf' && passing !== null && passing !== undefined) return;
    const run: ErrorObject[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const before = errors[i]!;
      if (!isPrefix(error.instancePath, before.instancePath)) break;
      run.push(before);
    }
    const deeper = run.filter((e) => e.instancePath !== error.instancePath);
    if (deeper.length > 0) {
      drop.add(error);
      for (const e of run) if (e.instancePath === error.instancePath) drop.add(e);
    } else {
      for (const e of run) drop.add(e);
      const branches = Array.isArray(error.schema) ? error.schema : [];
      const seen = new Set<string>();
      const allowed = branches.map((b) => describeSchema(b, root)).filter((t) => !seen.has(t.en) && (seen.add(t.en), true));
      oneOf.set(error, allowed);
    }
  });
  return { kept: errors.filter((e) => !drop.has(e)), oneOf };
}

function genericIssue(error: ErrorObject, segments: string[], source: YamlSource, allowed: Text[] | undefined): Issue {
  const found = describeFound(error.data);
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params['missingProperty']);
      const full = [...segments, missing];
      return {
        code: 'required',
        message: message('required', dottedPath(full) ?? missing),
        segments: full,
        at: segments.length === 0 ? source.positionOf([]) : source.keyPositionOf(segments),
      };
    }
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty']);
      const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
      const full = [...segments, key];
      return {
        code: 'unknown-field',
        message: () => message('unknownField', key, Object.keys(properties)),
        segments: full,
        at: () => source.keyPositionOf(full),
      };
    }
    case 'type': {
      const types = ([] as string[]).concat(error.params['type'] as string | string[]);
      if (typeof error.data === 'number' && !Number.isFinite(error.data)) {
        // `.inf` as written, or a number too large to hold (`1e309`), which the parser made infinite
        const written = source.writtenAt(segments);
        const overflow = written !== null && !/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(written);
        return { code: 'not-finite', message: overflow ? message('numberOutOfRange', written) : message('notFinite', written ?? showValue(error.data)) };
      }
      if (types.includes('integer') && typeof error.data === 'number') {
        return { code: 'not-integer', message: message('notInteger', showValue(error.data)) };
      }
      return { code: 'wrong-type', message: message('wrongType', expectedOf(error), found) };
    }
    case 'minimum':
      if (error.params['limit'] === 0 && typeof error.data === 'number') {
        return { code: 'negative', message: message('negative', showValue(error.data)) };
      }
      break;
    case 'enum': {
      const allowedValues = error.params['allowedValues'] as unknown[];
      if (allowedValues.length > 6 && typeof error.data === 'string') {
        const strings = allowedValues.filter((v): v is string => typeof v === 'string');
        return { code: 'wrong-type', message: message('unknownValue', showValue(error.data), didYouMean(error.data, strings)) };
      }
      return { code: 'wrong-type', message: message('wrongType', expectedOf(error), found) };
    }
    case 'false schema': {
      const field = segments.at(-1) ?? '';
      return { code: 'unknown-field', message: message('notApplicable', field), at: source.keyPositionOf(segments) };
    }
    case 'const':
    case 'pattern':
    case 'format':
      return { code: 'wrong-type', message: message('wrongType', expectedOf(error), found) };
    case 'anyOf':
    case 'oneOf':
      if (allowed && allowed.length > 0) return { code: 'wrong-type', message: message('expectedOneOf', allowed, found) };
      break;
  }
  return { code: 'wrong-type', message: message('schemaRule', ajvText(error), found) };
}

/** Turns ajv's errors into problems, one per field and kind, in the file's order. */
export interface AjvProblemOptions {
  /** a caller's own reading of some errors */
  classify?: Classifier;
  /** the schema validated against, to name the branches of anyOf/oneOf that use $ref */
  schema?: unknown;
}

export function problemsFromAjv(
  errors: readonly ErrorObject[] | null | undefined,
  source: YamlSource,
  opts: AjvProblemOptions = {},
): Problem[] {
  const { classify, schema } = opts;
  if (!errors || errors.length === 0) return [];
  const { kept, oneOf } = foldCombinators(errors, schema);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  // Past the problems a file may list, the rest are only counted: their words and places are not worked out.
  let omitted = 0;
  let firstOmitted: { at: Position; severity: Problem['severity'] } | null = null;
  for (const error of kept) {
    const segments = pointerSegments(error.instancePath);
    const own = classify?.(error, segments) ?? null;
    const issues = own === null ? [genericIssue(error, segments, source, oneOf.get(error))] : ([] as Issue[]).concat(own);
    for (const issue of issues) {
      const target = issue.segments ?? segments;
      const path = dottedPath(target);
      const key = `${path ?? ''}\u0000${issue.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const at = (): Position => (issue.at === undefined ? source.positionOf(target) : typeof issue.at === 'function' ? issue.at() : issue.at);
      if (problems.length >= MAX_PROBLEMS_PER_FILE) {
        omitted += 1;
        firstOmitted ??= { at: at(), severity: issue.severity ?? 'error' };
        continue;
      }
      problems.push(
        makeProblem({
          file: source.file,
          code: issue.code,
          message: typeof issue.message === 'function' ? issue.message() : issue.message,
          at: at(),
          path,
          severity: issue.severity ?? 'error',
        }),
      );
    }
  }
  if (firstOmitted !== null) problems.push(moreProblems(source.file, omitted, firstOmitted.at, firstOmitted.severity));
  return problems;
}
