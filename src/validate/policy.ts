// One policy document (data/policies, `--policies DIR`): the schema's checks (schemas/policy.schema.json,
// generated from data/measures.yaml), then the checks a schema cannot make, then the document as
// data. As for a statistics file (unit-report.ts): the schema says what a document may hold, this
// file only what depends on more than one field's shape.
import type { Deadline, Divisions, Formula, Indicator, IsoDate, MeasureDef, PolicyDocument, Position, Rule, Scope, Target, Text } from '../core/types.js';
import { isIsoDate } from '../core/time.js';
import { PROBLEM_WORDS } from '../i18n/problems.js';
import { schemaPath } from '../shared/paths.js';
import type { PathSegment, YamlSource } from '../shared/yaml-source.js';
import { validatorFor } from './ajv.js';
import { describeFound, dottedPath, problemsFromAjv, type Classifier } from './ajv-problems.js';
import { didYouMean } from './did-you-mean.js';
import { hasErrors } from './problem.js';
import { makeProblem, message, type Message, type Problem } from '../shared/problem.js';

export const POLICY_SCHEMA = 'policy.schema.json';

/** The dates a plan may name: a typed year of 2205 or 1023 is a slip, not a plan. */
const FIRST_DATE = '2000-01-01';
const LAST_DATE = '2100-12-31';

export interface PolicyContext {
  measures: ReadonlyMap<string, MeasureDef>;
  /** the file's name without its extension: a document's id should be it */
  fileStem: string;
  /** the schema file; the shipped one by default */
  schemaFile?: string;
}

export interface PolicyResult {
  /** null when the document has an error (warnings do not drop it) */
  document: PolicyDocument | null;
  problems: Problem[];
}

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Measures in a formula: a did-you-mean for a misspelt one, a plain word for a yes/no one in a sum. */
function policyClassifier(measures: ReadonlyMap<string, MeasureDef>): Classifier {
  return (error, segments) => {
    const inFormula = segments.length >= 3 && segments.at(-3) === 'formula' && /^(numerator|denominator)$/.test(segments.at(-2) ?? '');
    if (!inFormula || error.keyword !== 'enum' || typeof error.data !== 'string') return null;
    const def = measures.get(error.data);
    if (!def) return { code: 'unknown-measure', message: message('unknownMeasure', error.data, didYouMean(error.data, measures.keys())) };
    if (def.type === 'boolean') return { code: 'wrong-type', message: message('numericMeasureInBoolean', def.id) };
    return { code: 'wrong-type', message: message('booleanFormula', ) };
  };
}

/** Checks a parsed policy document and, when it has no error, turns it into a PolicyDocument. */
export function validatePolicy(source: YamlSource, ctx: PolicyContext): PolicyResult {
  const validate = validatorFor(ctx.schemaFile ?? schemaPath(POLICY_SCHEMA));
  const valid = validate(source.data);
  // What dependentSchemas require (from, windowStart) the checks below say more plainly.
  const errors = (validate.errors ?? []).filter((e) => !e.schemaPath.includes('/dependentSchemas/'));
  const problems: Problem[] = valid
    ? []
    : problemsFromAjv(errors, source, { schema: validate.schema, classify: policyClassifier(ctx.measures) }).map((p) => ({
        ...p,
        code: 'policy-invalid' as const,
      }));
  problems.push(...semanticProblems(source, ctx));
  if (!valid || hasErrors(problems)) return { document: null, problems };
  return { document: toDocument(source.data as Dict, source.file), problems };
}

/**
 * What the schema cannot say: dates within 2000–2100, a document named after its file, an area
 * code under its prefix, no target id twice, `from` only with an ongoing deadline, a window start
 * only for a running total towards a date and before it, responsible units that are not blank.
 * Made in the order of the document, each where the schema leaves the value alone.
 */
function semanticProblems(source: YamlSource, ctx: PolicyContext): Problem[] {
  const problems: Problem[] = [];
  const fail = (segments: PathSegment[], text: Message, opts: { atKey?: boolean; severity?: Problem['severity'] } = {}): void => {
    const at: Position = opts.atKey ? source.keyPositionOf(segments) : source.positionOf(segments);
    problems.push(
      makeProblem({ file: source.file, code: 'policy-invalid', message: text, at, path: dottedPath(segments), severity: opts.severity ?? 'error' }),
    );
  };
  /** A valid date in range, else undefined (and a problem when it is out of range). */
  const date = (obj: Dict, key: string, at: PathSegment[]): IsoDate | undefined => {
    const value = obj[key];
    if (!isIsoDate(value)) return undefined;
    if (value < FIRST_DATE || value > LAST_DATE) return (fail([...at, key], message('dateOutOfRange', value, FIRST_DATE, LAST_DATE)), undefined);
    return value;
  };

  const data = source.data;
  if (!isDict(data) || typeof data['id'] !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(data['id'])) return problems;
  const id = data['id'];
  if (id !== ctx.fileStem) fail(['id'], message('idFileMismatch', id, `${ctx.fileStem}.yaml`), { severity: 'warning' });
  date(data, 'issued', []);
  const area = data['area'];
  if (isDict(area) && typeof area['prefix'] === 'string' && /^\d{2,6}$/.test(area['prefix']) && typeof area['code'] === 'string' && /^\d{6}$/.test(area['code'])) {
    if (!area['code'].startsWith(area['prefix'])) fail(['area', 'code'], message('areaCodePrefix', area['code'], area['prefix']));
  }

  for (const key of ['targets', 'indicators'] as const) {
    const items = data[key];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      if (!isDict(item)) return;
      const at: PathSegment[] = [key, i];
      const responsible = item['responsible'];
      if (Array.isArray(responsible) && responsible.some((r) => typeof r === 'string' && r.trim() === '')) {
        fail([...at, 'responsible'], message('wrongType', PROBLEM_WORDS.expectedTextList, describeFound(responsible)));
      }
      if (key === 'targets') targetProblems(item, at);
    });
  }

  const seen = new Set<string>();
  for (const key of ['targets', 'indicators'] as const) {
    const items = data[key];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      const slug = isDict(item) ? item['id'] : undefined;
      if (typeof slug !== 'string') return;
      if (seen.has(slug)) fail([key, i, 'id'], message('duplicateTarget', `${id}/${slug}`));
      else seen.add(slug);
    });
  }
  return problems;

  function targetProblems(target: Dict, at: PathSegment[]): void {
    const deadline = target['deadline'];
    const from = target['from'];
    // the deadline as a date in range, `ongoing` or `each-year`; undefined when it is none of them
    let judged: Deadline | undefined;
    if (from !== undefined && deadline !== 'ongoing') fail([...at, 'from'], message('fromOnlyOngoing'), { atKey: true });
    if (deadline === 'ongoing') {
      if (from === undefined || date(target, 'from', at) !== undefined) judged = { type: 'ongoing' };
    } else if (deadline === 'each-year') {
      judged = { type: 'each-year' };
    } else if (isIsoDate(deadline)) {
      const day = date(target, 'deadline', at);
      if (day !== undefined) judged = { type: 'date', date: day };
    }
    if (target['windowStart'] === undefined) return;
    if (target['kind'] !== 'cumulative' || (judged !== undefined && judged.type !== 'date')) {
      fail([...at, 'windowStart'], message('windowOnlyCumulative'), { atKey: true });
    }
    const windowStart = date(target, 'windowStart', at);
    if (windowStart !== undefined && judged?.type === 'date' && windowStart >= judged.date) {
      fail([...at, 'windowStart'], message('windowAfterDeadline', windowStart, judged.date));
    }
  }
}

// ---------------------------------------------------------------- the document as data
// The schema has held the shapes: every field read here is there and of its type.

function text(value: unknown): Text {
  const t = value as Text;
  return { zh: t.zh, en: t.en };
}

function formulaOf(raw: Dict): Formula {
  const formula: Formula = { numerator: [...(raw['numerator'] as string[])] };
  if (raw['denominator'] !== undefined) formula.denominator = [...(raw['denominator'] as string[])];
  if (raw['scale'] !== undefined) formula.scale = raw['scale'] as number;
  return formula;
}

function scopeOf(raw: Dict): Scope {
  const type = raw['scope'] as Scope['type'];
  return type === 'each-level' ? { type, levels: [...(raw['levels'] as Extract<Scope, { type: 'each-level' }>['levels'])] } : { type };
}

function deadlineOf(raw: Dict): Deadline {
  const value = raw['deadline'] as string;
  if (value === 'ongoing') return raw['from'] === undefined ? { type: 'ongoing' } : { type: 'ongoing', from: raw['from'] as IsoDate };
  if (value === 'each-year') return { type: 'each-year' };
  return { type: 'date', date: value };
}

function entryOf(raw: Dict, docId: string): Indicator {
  const entry: Indicator = {
    id: `${docId}/${raw['id'] as string}`,
    document: docId,
    indicator: text(raw['indicator']),
    formula: formulaOf(raw['formula'] as Dict),
    unit: raw['unit'] as Indicator['unit'],
    clause: raw['clause'] as string,
    quote: raw['quote'] as string,
    scope: scopeOf(raw),
    responsible: [...((raw['responsible'] as string[] | undefined) ?? [])],
  };
  return raw['note'] === undefined ? entry : { ...entry, note: text(raw['note']) };
}

function targetOf(raw: Dict, docId: string): Target {
  const rule = raw['rule'] as Rule;
  const target: Target = {
    ...entryOf(raw, docId),
    rule: { comparator: rule.comparator, threshold: rule.threshold },
    deadline: deadlineOf(raw),
    kind: raw['kind'] as Target['kind'],
  };
  if (raw['windowStart'] !== undefined) target.windowStart = raw['windowStart'] as IsoDate;
  return target;
}

function toDocument(data: Dict, file: string): PolicyDocument {
  const id = data['id'] as string;
  const area = data['area'] as PolicyDocument['area'];
  return {
    id,
    title: text(data['title']),
    issuer: data['issuer'] as string,
    number: data['number'] as string | null,
    issued: data['issued'] as IsoDate,
    area: { prefix: area.prefix, code: area.code, name: area.name },
    source: data['source'] as string,
    notes: ((data['notes'] as Text[] | undefined) ?? []).map(text),
    targets: (data['targets'] as Dict[]).map((t) => targetOf(t, id)),
    indicators: ((data['indicators'] as Dict[] | undefined) ?? []).map((i) => entryOf(i, id)),
    file,
  };
}

// ---------------------------------------------------------------- documents together

/**
 * Why a checked document cannot join the catalog: its id is taken by a document read before (the
 * first of an id is kept), or its area is not in the division table. Null when it can.
 */
export function documentConflict(
  document: PolicyDocument,
  source: YamlSource,
  earlier: ReadonlyMap<string, string>,
  divisions: Divisions | undefined,
): Problem | null {
  const first = earlier.get(document.id);
  if (first !== undefined) {
    return makeProblem({
      file: document.file, code: 'policy-invalid', message: message('duplicateDocument', document.id, first),
      at: source.positionOf(['id']), path: 'id',
    });
  }
  if (divisions && !divisions.has(document.area.code)) {
    return makeProblem({
      file: document.file, code: 'policy-invalid', message: message('unknownUnit', document.area.code),
      at: source.positionOf(['area', 'code']), path: 'area.code',
    });
  }
  return null;
}
