// One statistics file: the schema's checks, then the checks a schema cannot make.
import type { Division, Divisions, MeasureDef, MeasureValue, Position, UnitReport } from '../core/types.js';
import { PROBLEM_WORDS } from '../i18n/problems.js';
import { makeProblem, message, type Message, type Problem } from '../shared/problem.js';
import { levelOf } from '../core/levels.js';
import { schemaPath } from '../shared/paths.js';
import type { YamlSource } from '../shared/yaml-source.js';
import { validatorFor } from './ajv.js';
import type { ErrorObject } from './ajv.js';
import { describeFound, dottedPath, problemsFromAjv } from './ajv-problems.js';
import type { Issue } from './ajv-problems.js';
import { didYouMean } from './did-you-mean.js';
import { hasErrors, showValue } from './problem.js';
import { readFigureText } from './number-slips.js';

export const UNIT_REPORT_SCHEMA = 'unit-report.schema.json';
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export interface UnitReportContext {
  divisions: Divisions;
  measures: ReadonlyMap<string, MeasureDef>;
  /** the schema file; the shipped one by default */
  schemaFile?: string;
}

export interface UnitReportResult {
  /** null when the file has an error (warnings do not drop it) */
  report: UnitReport | null;
  problems: Problem[];
}

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** YAML 1.2 reads an unquoted `450202` as a number: a 6-digit whole number is taken as the code. */
function normalizeCode(data: unknown): unknown {
  if (!isDict(data) || !isDict(data['unit'])) return data;
  const code = data['unit']['code'];
  if (typeof code === 'number' && Number.isInteger(code) && code >= 100000 && code <= 999999) {
    return { ...data, unit: { ...data['unit'], code: String(code) } };
  }
  return data;
}

function unknownMeasureIssues(error: ErrorObject, segments: string[], source: YamlSource, ids: string[]): Issue[] {
  const key = String(error.params['additionalProperty']);
  const path = [...segments, key];
  const groupLevel = segments.length === 1;
  if (groupLevel && ids.includes(key)) {
    const [group, leaf] = key.split('.') as [string, string];
    return [{ code: 'unknown-measure', message: message('flatMeasure', key, group, leaf), segments: path, at: () => source.keyPositionOf(path) }];
  }
  const value = error.data && isDict(error.data) ? error.data[key] : undefined;
  if (groupLevel && isDict(value) && Object.keys(value).length > 0) {
    // An unknown group: each of its measures gets its own suggestion.
    return Object.keys(value).map((leaf) => {
      const id = `${key}.${leaf}`;
      const leafPath = [...path, leaf];
      return {
        code: 'unknown-measure',
        message: () => message('unknownMeasure', id, didYouMean(id, ids)),
        segments: leafPath,
        at: () => source.keyPositionOf(leafPath),
      };
    });
  }
  const id = groupLevel ? key : `${segments[1]}.${key}`;
  return [{ code: 'unknown-measure', message: () => message('unknownMeasure', id, didYouMean(id, ids)), segments: path, at: () => source.keyPositionOf(path) }];
}

/**
 * A figure typed as text (`14,273`, `65%`, `８`, `1.4万`, `是`): the slip named, with the figure
 * meant (validate/number-slips.ts, which the form's import reads its cells with); null for text
 * that is no recognised slip.
 */
function figureSlip(error: ErrorObject, segments: string[], measures: ReadonlyMap<string, MeasureDef>): Issue | null {
  if (error.keyword !== 'type' || typeof error.data !== 'string' || segments.length !== 3 || segments[0] !== 'measures') return null;
  const def = measures.get(`${segments[1]}.${segments[2]}`);
  if (!def) return null;
  const reading = readFigureText(error.data, { type: def.type, unit: def.unit });
  if (reading.kind !== 'slip') return null;
  return { code: 'wrong-type', message: message('slip', error.data, reading.slips, reading.suggestion) };
}

function classifier(source: YamlSource, measures: ReadonlyMap<string, MeasureDef>) {
  const ids = [...measures.keys()];
  return (error: ErrorObject, segments: string[]): Issue | Issue[] | null => {
    const slip = figureSlip(error, segments, measures);
    if (slip) return slip;
    const where = segments.join('/');
    if (error.keyword === 'additionalProperties' && segments[0] === 'measures' && segments.length <= 2) {
      return unknownMeasureIssues(error, segments, source, ids);
    }
    if (where === 'unit/code' && (error.keyword === 'pattern' || error.keyword === 'type')) {
      return { code: 'bad-code', message: message('badCode', showValue(error.data)) };
    }
    if (where === 'period' && (error.keyword === 'pattern' || error.keyword === 'type')) {
      return { code: 'bad-period', message: message('badPeriod', showValue(error.data)) };
    }
    if (segments.length === 0 && error.keyword === 'type' && (error.data === null || error.data === undefined)) {
      return { code: 'wrong-type', message: message('emptyFile') };
    }
    if (segments.length === 0 && error.keyword === 'type') {
      return { code: 'wrong-type', message: message('wrongType', PROBLEM_WORDS.foundMapping, describeFound(error.data)) };
    }
    return null;
  };
}

/** A measure's value when it has the registry's type and is a valid figure, else undefined. */
function validValue(def: MeasureDef, value: unknown): MeasureValue | undefined {
  if (def.type === 'boolean') return typeof value === 'boolean' ? value : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
  if (def.type === 'integer' && !Number.isInteger(value)) return undefined;
  return value;
}

function namesAgree(written: string, division: Division, divisions: Divisions): boolean {
  const clean = written.replace(/\s+/g, '');
  // 城中区, 柳州市城中区 and 广西壮族自治区柳州市城中区 all name 450202.
  let chain = division.name;
  let parent = division.parent;
  if (clean === chain) return true;
  while (parent) {
    const up = divisions.get(parent);
    if (!up) break;
    chain = up.name + chain;
    if (clean === chain) return true;
    parent = up.parent;
  }
  return false;
}

/**
 * The unit a file names, for a code that is no unit (`450292` with 城中区): of the units of that
 * name, the one whose code is nearest the code typed (the longest common start, then the fewest
 * digits apart); null when no unit has the name.
 */
function unitNamed(name: string, typed: string, divisions: Divisions): Division | null {
  let best: { division: Division; prefix: number; apart: number } | null = null;
  for (const code of divisions.codesUnder('')) {
    const division = divisions.get(code);
    if (!division || !namesAgree(name, division, divisions)) continue;
    let prefix = 0;
    while (prefix < 6 && code[prefix] === typed[prefix]) prefix += 1;
    let apart = 0;
    for (let i = 0; i < 6; i += 1) if (code[i] !== typed[i]) apart += 1;
    if (!best || prefix > best.prefix || (prefix === best.prefix && apart < best.apart)) best = { division, prefix, apart };
  }
  return best?.division ?? null;
}

/** 广西壮族自治区柳州市城中区: a unit's name after those of the units above it. */
function fullName(division: Division, divisions: Divisions): string {
  let name = division.name;
  for (let up = division.parent ? divisions.get(division.parent) : undefined; up; up = up.parent ? divisions.get(up.parent) : undefined) name = up.name + name;
  return name;
}

interface MeasureParts {
  def: MeasureDef;
  group: string;
  leaf: string;
}

const partsOf = new WeakMap<ReadonlyMap<string, MeasureDef>, MeasureParts[]>();

/**
 * Each measure with its group and leaf, split once per registry: splitting the ids again for
 * every file cost a tenth of the validation time of a national run.
 */
function measureParts(measures: ReadonlyMap<string, MeasureDef>): MeasureParts[] {
  let parts = partsOf.get(measures);
  if (!parts) {
    parts = [...measures.values()].map((def) => {
      const dot = def.id.indexOf('.');
      return { def, group: def.id.slice(0, dot), leaf: def.id.slice(dot + 1) };
    });
    partsOf.set(measures, parts);
  }
  return parts;
}

const shared = new Map<number, Position>();
const MAX_SHARED = 10_000;

/**
 * One frozen object per (line, column): every report keeps the position of each of its values,
 * and files written alike share them (the national benchmark set: 124 distinct positions for
 * 1.9 million values).
 */
function sharedPosition(position: Position): Position {
  const key = position.line * 2 ** 21 + position.column;
  let found = shared.get(key);
  if (found === undefined) {
    found = Object.freeze({ line: position.line, column: position.column });
    if (shared.size < MAX_SHARED) shared.set(key, found);
  }
  return found;
}

const sharedRecords = new Map<string, Readonly<Record<string, Position>>>();
const MAX_SHARED_RECORDS = 1_000;

/**
 * One frozen record of positions for all files laid out alike (the same measures on the same
 * lines and columns): a national set keeps tens of thousands of reports, most of them written
 * from a few templates, and each record holds dozens of entries.
 */
function sharedPositions(entries: readonly [string, Position][]): Readonly<Record<string, Position>> {
  let key = '';
  for (const [id, { line, column }] of entries) key += `${id}:${line}:${column} `;
  let found = sharedRecords.get(key);
  if (found === undefined) {
    found = Object.freeze(Object.fromEntries(entries));
    if (sharedRecords.size < MAX_SHARED_RECORDS) sharedRecords.set(key, found);
  }
  return found;
}

/** Checks a parsed statistics file and, when it has no error, turns it into a UnitReport. */
export function validateUnitReport(source: YamlSource, ctx: UnitReportContext): UnitReportResult {
  const { divisions, measures } = ctx;
  const data = normalizeCode(source.data);
  const validate = validatorFor(ctx.schemaFile ?? schemaPath(UNIT_REPORT_SCHEMA));
  validate(data);
  const problems = problemsFromAjv(validate.errors, source, { classify: classifier(source, measures), schema: validate.schema });
  const add = (code: Problem['code'], text: Message, segments: string[], severity: Problem['severity'] = 'error', at?: Position): void => {
    problems.push(
      makeProblem({ file: source.file, code, message: text, at: at ?? source.positionOf(segments), path: dottedPath(segments), severity }),
    );
  };
  if (!isDict(data)) return { report: null, problems };

  const period = data['period'];
  if (typeof period === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(period)) {
    const year = Number(period.slice(0, 4));
    if (year < FIRST_YEAR || year > LAST_YEAR) add('bad-period', message('periodYearRange', period, FIRST_YEAR, LAST_YEAR), ['period']);
  }

  const unit = isDict(data['unit']) ? data['unit'] : {};
  const code = typeof unit['code'] === 'string' && /^\d{6}$/.test(unit['code']) ? unit['code'] : null;
  const division = code === null ? undefined : divisions.get(code);

  const writtenName = typeof unit['name'] === 'string' ? unit['name'] : null;
  if (code !== null && !division) {
    const named = writtenName === null ? null : unitNamed(writtenName, code, divisions);
    add('unknown-unit', named ? message('unknownUnitNamed', code, writtenName ?? '', named.code, fullName(named, divisions)) : message('unknownUnit', code), ['unit', 'code']);
  }
  if (division && writtenName !== null && !namesAgree(writtenName, division, divisions)) {
    add('name-mismatch', message('nameMismatch', writtenName, division.code, division.name), ['unit', 'name'], 'warning');
  }

  // Built from entries, not key by key: dozens of computed keys put an object in V8's dictionary
  // mode, four times the memory of these two maps built at once (a national set keeps 38,000).
  const flatEntries: [string, MeasureValue][] = [];
  const positionEntries: [string, Position][] = [];
  const groups = isDict(data['measures']) ? data['measures'] : {};
  // every value's position from one pass over the file's measures, not a walk from the top for each
  let leafAt: ((group: string, leaf: string) => Position | null) | undefined;
  for (const { def, group, leaf } of measureParts(measures)) {
    const values = groups[group];
    if (!isDict(values) || !Object.hasOwn(values, leaf)) continue;
    const value = validValue(def, values[leaf]);
    if (value === undefined) continue;
    flatEntries.push([def.id, value]);
    leafAt ??= source.leafPositions(['measures']);
    positionEntries.push([def.id, sharedPosition(leafAt(group, leaf) ?? source.positionOf(['measures', group, leaf]))]);
  }
  const flat: Record<string, MeasureValue> = Object.fromEntries(flatEntries);
  const positions = sharedPositions(positionEntries);
  // A figure of a measure that the unit's level does not hold (a city's own accounts with the
  // city's population: the sum of its counties) would be counted twice in a whole area's sum.
  const level = division?.level ?? (code === null ? null : levelOf(code));
  if (level !== null) {
    for (const [id] of flatEntries) {
      const def = measures.get(id);
      if (!def || def.levels.includes(level)) continue;
      add('not-held', message('notHeld', id, level, def.levels), ['measures', ...id.split('.')], 'warning');
    }
  }
  for (const def of measures.values()) {
    if (def.partOf === undefined) continue;
    const part = flat[def.id];
    const whole = flat[def.partOf];
    if (typeof part === 'number' && typeof whole === 'number' && part > whole) {
      add('part-exceeds-whole', message('partExceedsWhole', def.id, showValue(part), def.partOf, showValue(whole)), ['measures', ...def.id.split('.')]);
    }
  }

  if (hasErrors(problems) || code === null || typeof period !== 'string') return { report: null, problems };
  return {
    report: {
      file: source.file,
      code,
      name: division?.name ?? writtenName,
      level: division?.level ?? levelOf(code),
      period,
      measures: flat,
      positions,
    },
    problems,
  };
}
