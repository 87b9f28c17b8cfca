// The policy documents: the bundled catalog (data/policies) plus each `--policies DIR`.
import { existsSync } from 'node:fs';
import { basename, extname, relative, resolve, sep } from 'node:path';
import type {
  Comparator, Deadline, Division, Divisions, Formula, Indicator, IsoDate, Kind, Lang, Level, MeasureDef,
  PolicyDocument, Problem, Rule, Scope, Target, Text, ValueUnit,
} from '../core/types.js';
import { LEVELS } from '../core/types.js';
import { POLICY_EXPECTED as EXPECTED, POLICY_TEXT, PROBLEM_TEXT } from '../i18n/problems.js';
import { validatorFor } from '../validate/ajv.js';
import { describeFound, dottedPath, problemsFromAjv } from '../validate/ajv-problems.js';
import type { Classifier } from '../validate/ajv-problems.js';
import { didYouMean } from '../validate/did-you-mean.js';
import { capProblems, hasErrors, makeProblem, showValue } from '../validate/problem.js';
import { loadMeasures } from './measures.js';
import { dataPath, packageRoot, schemaPath } from '../shared/paths.js';
import { displayPath, expandPaths, mapLimit } from './reports.js';
import { asyncFileOps } from './file-ops.js';
import { scanFolder } from './folder-scan.js';
import { readYamlFile } from './yaml-file.js';
import type { PathSegment, YamlSource } from './yaml-file.js';

export const POLICY_SCHEMA = 'policy.schema.json';

export interface PolicyLoadOptions {
  lang: Lang;
  /** the folder that relative DIRs are taken from; the process's working folder by default */
  cwd?: string;
  /** the measure registry; the bundled one by default */
  measures?: ReadonlyMap<string, MeasureDef>;
  /** when given, each document's area code is looked up in it */
  divisions?: Divisions;
  /** the bundled catalog folder; `data/policies` by default (tests point it elsewhere, or to null for none) */
  bundledDir?: string | null;
  /** the schema file; the shipped one by default, skipped when it does not exist */
  schemaFile?: string;
  /**
   * the bundled documents, already loaded and checked (the build's snapshot): taken as they are
   * instead of reading `bundledDir`
   */
  bundledDocuments?: readonly PolicyDocument[];
}

export interface PolicyLoadResult {
  documents: PolicyDocument[];
  problems: Problem[];
  /** every policy file of the run, absolute: read here, or taken from the build's snapshot */
  files: string[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COMPARATORS: readonly Comparator[] = ['>=', '<=', '=='];
const VALUE_UNITS: readonly ValueUnit[] = [
  'percent', 'm2-per-100-households', 'm2-per-capita', 'per-1000-elderly',
  'count', 'households', 'persons', 'person-times', 'sessions', 'devices', 'boolean',
];
const SCOPES = ['each-county', 'whole-area', 'each-level'] as const;
const KINDS: readonly Kind[] = ['level', 'cumulative'];
const FIRST_DATE = '2000-01-01';
const LAST_DATE = '2100-12-31';

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Reads one document's data into a PolicyDocument, reporting what the schema cannot see (or
 * everything, when the schema is missing). Returns null when the document has an error.
 */
class DocumentReader {
  readonly problems: Problem[] = [];

  constructor(
    private readonly source: YamlSource,
    private readonly lang: Lang,
    private readonly measures: ReadonlyMap<string, MeasureDef>,
  ) {}

  /** Problems of checks that a schema cannot make; the rest repeat the schema in plainer words. */
  readonly own = new Set<Problem>();

  fail(segments: PathSegment[], text: Text, opts: { severity?: 'error' | 'warning'; atKey?: boolean; own?: boolean; at?: PathSegment[] } = {}): void {
    const where = opts.at ?? segments;
    const problem = makeProblem({
      file: this.source.file,
      code: 'policy-invalid',
      text,
      lang: this.lang,
      at: opts.atKey ? this.source.keyPositionOf(where) : this.source.positionOf(where),
      path: dottedPath(segments),
      severity: opts.severity ?? 'error',
    });
    this.problems.push(problem);
    if (opts.own) this.own.add(problem);
  }

  private missing(at: PathSegment[], key: string): undefined {
    this.fail([...at, key], PROBLEM_TEXT.required(dottedPath([...at, key]) ?? key), { at });
    return undefined;
  }

  private expect(segments: PathSegment[], value: unknown, expected: Text): undefined {
    this.fail(segments, PROBLEM_TEXT.wrongType(expected, describeFound(value)));
    return undefined;
  }

  string(obj: Dict, key: string, at: PathSegment[], optional = false): string | undefined {
    const value = obj[key];
    if (value === undefined && optional) return undefined;
    if (typeof value === 'string' && value !== '') return value;
    if (value === undefined) return this.missing(at, key);
    return this.expect([...at, key], value, EXPECTED.text);
  }

  text(obj: Dict, key: string, at: PathSegment[], optional = false): Text | undefined {
    const value = obj[key];
    if (value === undefined && optional) return undefined;
    if (isDict(value) && typeof value['zh'] === 'string' && typeof value['en'] === 'string' && value['zh'] && value['en']) {
      return { zh: value['zh'], en: value['en'] };
    }
    if (value === undefined) return this.missing(at, key);
    return this.expect([...at, key], value, EXPECTED.bilingual);
  }

  date(obj: Dict, key: string, at: PathSegment[], optional = false): IsoDate | undefined {
    const value = obj[key];
    if (value === undefined && optional) return undefined;
    if (value === undefined) return this.missing(at, key);
    if (!isIsoDate(value)) return (this.fail([...at, key], POLICY_TEXT.badDate(showValue(value))), undefined);
    if (value < FIRST_DATE || value > LAST_DATE) {
      return (this.fail([...at, key], POLICY_TEXT.dateOutOfRange(value, FIRST_DATE, LAST_DATE), { own: true }), undefined);
    }
    return value;
  }

  oneOf<T extends string>(obj: Dict, key: string, allowed: readonly T[], at: PathSegment[]): T | undefined {
    const value = obj[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    if (value === undefined) return this.missing(at, key);
    return (this.fail([...at, key], POLICY_TEXT.oneOf([...allowed], showValue(value))), undefined);
  }

  measureList(obj: Dict, key: string, at: PathSegment[], optional: boolean): string[] | undefined {
    const value = obj[key];
    if (value === undefined && optional) return undefined;
    if (!Array.isArray(value) || value.length === 0) {
      return this.expect([...at, key], value, EXPECTED.measureList);
    }
    const ids: string[] = [];
    value.forEach((id, i) => {
      if (typeof id === 'string' && this.measures.has(id)) ids.push(id);
      else this.fail([...at, key, i], POLICY_TEXT.unknownMeasure(showValue(id), typeof id === 'string' ? didYouMean(id, this.measures.keys()) : null));
    });
    return ids.length === value.length ? ids : undefined;
  }

  formula(obj: Dict, at: PathSegment[]): Formula | undefined {
    const value = obj['formula'];
    if (!isDict(value)) return this.expect([...at, 'formula'], value, EXPECTED.formula);
    const here = [...at, 'formula'];
    const numerator = this.measureList(value, 'numerator', here, false);
    const denominator = this.measureList(value, 'denominator', here, true);
    let scale: number | undefined;
    if (value['scale'] !== undefined) {
      if (typeof value['scale'] === 'number' && Number.isFinite(value['scale']) && value['scale'] > 0) scale = value['scale'];
      else this.expect([...here, 'scale'], value['scale'], EXPECTED.positive);
    }
    if (!numerator) return undefined;
    const formula: Formula = { numerator };
    if (denominator) formula.denominator = denominator;
    if (scale !== undefined) formula.scale = scale;
    return formula;
  }

  scope(obj: Dict, at: PathSegment[]): Scope | undefined {
    const type = this.oneOf(obj, 'scope', SCOPES, at);
    const levels = obj['levels'];
    if (type !== 'each-level') {
      if (levels !== undefined) this.fail([...at, 'levels'], POLICY_TEXT.levelsOnlyEachLevel(), { atKey: true });
      return type === undefined ? undefined : { type };
    }
    if (levels === undefined) return (this.fail([...at, 'levels'], POLICY_TEXT.levelsRequired(), { at }), undefined);
    if (!Array.isArray(levels) || levels.length === 0) return this.expect([...at, 'levels'], levels, EXPECTED.levels);
    const seen = new Set<Level>();
    levels.forEach((level, i) => {
      if (!(LEVELS as readonly unknown[]).includes(level)) this.fail([...at, 'levels', i], POLICY_TEXT.oneOf([...LEVELS], showValue(level)));
      else if (seen.has(level as Level)) this.fail([...at, 'levels', i], POLICY_TEXT.duplicateLevel(String(level)));
      else seen.add(level as Level);
    });
    return seen.size === levels.length ? { type, levels: [...seen] } : undefined;
  }

  /** Fields that targets and indicators share; null when one of them is bad. */
  entry(obj: unknown, docId: string, at: PathSegment[]) {
    if (!isDict(obj)) return this.expect(at, obj, EXPECTED.mapping);
    const slug = obj['id'];
    if (typeof slug !== 'string' || !SLUG.test(slug)) this.fail([...at, 'id'], POLICY_TEXT.badSlug(showValue(slug)));
    const indicator = this.text(obj, 'indicator', at);
    const clause = this.string(obj, 'clause', at);
    const quote = this.string(obj, 'quote', at);
    const formula = this.formula(obj, at);
    const unit = this.oneOf(obj, 'unit', VALUE_UNITS, at);
    const scope = this.scope(obj, at);
    const note = this.text(obj, 'note', at, true);
    const responsible = this.responsible(obj, at);
    if (typeof slug !== 'string' || !SLUG.test(slug) || !indicator || !clause || !quote || !formula || !unit || !scope || !responsible) return undefined;
    if (formula && unit) this.checkBoolean(formula, unit, obj, at);
    const entry = { id: `${docId}/${slug}`, document: docId, indicator, formula, unit, clause, quote, scope, responsible };
    return note ? { ...entry, note } : entry;
  }

  /** The clause's responsible units (责任单位), as written; none when the document does not say. */
  private responsible(obj: Dict, at: PathSegment[]): string[] | undefined {
    const value = obj['responsible'];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && v.trim() !== '')) {
      return this.expect([...at, 'responsible'], value, EXPECTED.textList);
    }
    return [...(value as string[])];
  }

  private checkBoolean(formula: Formula, unit: ValueUnit, obj: Dict, at: PathSegment[]): void {
    const types = [...formula.numerator, ...(formula.denominator ?? [])].map((id) => this.measures.get(id)?.type);
    if (unit === 'boolean') {
      if (formula.numerator.length !== 1 || formula.denominator || formula.scale !== undefined || types[0] !== 'boolean') {
        this.fail([...at, 'formula'], POLICY_TEXT.booleanFormula());
      }
      const rule = obj['rule'];
      if (isDict(rule) && rule['threshold'] !== undefined && typeof rule['threshold'] !== 'boolean') {
        this.fail([...at, 'rule', 'threshold'], POLICY_TEXT.booleanMismatch());
      }
    } else {
      const all = [...formula.numerator, ...(formula.denominator ?? [])];
      all.forEach((id, i) => {
        if (types[i] === 'boolean') this.fail([...at, 'formula'], POLICY_TEXT.numericMeasureInBoolean(id));
      });
      const rule = obj['rule'];
      if (isDict(rule) && typeof rule['threshold'] === 'boolean') this.fail([...at, 'rule', 'threshold'], POLICY_TEXT.booleanMismatch());
    }
  }

  rule(obj: Dict, at: PathSegment[]): Rule | undefined {
    const value = obj['rule'];
    if (!isDict(value)) return this.expect([...at, 'rule'], value, EXPECTED.rule);
    const comparator = this.oneOf(value, 'comparator', COMPARATORS, [...at, 'rule']);
    const threshold = value['threshold'];
    if (typeof threshold !== 'boolean' && !(typeof threshold === 'number' && Number.isFinite(threshold))) {
      return this.expect([...at, 'rule', 'threshold'], threshold, EXPECTED.threshold);
    }
    return comparator ? { comparator, threshold } : undefined;
  }

  deadline(obj: Dict, at: PathSegment[]): Deadline | undefined {
    const value = obj['deadline'];
    const from = obj['from'];
    if (from !== undefined && value !== 'ongoing') this.fail([...at, 'from'], POLICY_TEXT.fromOnlyOngoing(), { atKey: true, own: true });
    if (value === 'ongoing') {
      const start = this.date(obj, 'from', at, true);
      if (from !== undefined && start === undefined) return undefined;
      return start ? { type: 'ongoing', from: start } : { type: 'ongoing' };
    }
    if (value === 'each-year') return { type: 'each-year' };
    if (value === undefined) return this.missing(at, 'deadline');
    if (!isIsoDate(value)) return (this.fail([...at, 'deadline'], POLICY_TEXT.badDeadline(showValue(value))), undefined);
    const date = this.date(obj, 'deadline', at);
    return date ? { type: 'date', date } : undefined;
  }

  target(obj: unknown, docId: string, at: PathSegment[]): Target | undefined {
    const entry = this.entry(obj, docId, at);
    if (!isDict(obj)) return undefined;
    const rule = this.rule(obj, at);
    const deadline = this.deadline(obj, at);
    const kind = this.oneOf(obj, 'kind', KINDS, at);
    let windowStart: IsoDate | undefined;
    if (obj['windowStart'] === undefined && kind === 'cumulative' && deadline?.type === 'date') {
      this.fail([...at, 'windowStart'], POLICY_TEXT.windowRequired(), { at });
    }
    if (obj['windowStart'] !== undefined) {
      if (kind !== 'cumulative' || (deadline !== undefined && deadline.type !== 'date')) {
        this.fail([...at, 'windowStart'], POLICY_TEXT.windowOnlyCumulative(), { atKey: true, own: true });
      }
      windowStart = this.date(obj, 'windowStart', at);
      if (windowStart && deadline?.type === 'date' && windowStart >= deadline.date) {
        this.fail([...at, 'windowStart'], POLICY_TEXT.windowAfterDeadline(windowStart, deadline.date), { own: true });
      }
    }
    if (deadline?.type === 'each-year' && kind !== undefined && kind !== 'cumulative') this.fail([...at, 'kind'], POLICY_TEXT.eachYearCumulative());
    if (!entry || !rule || !deadline || !kind) return undefined;
    const target: Target = { ...entry, rule, deadline, kind };
    if (windowStart) target.windowStart = windowStart;
    return target;
  }

  textList(data: Dict, key: string): Text[] {
    const value = data[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) return this.expect([key], value, EXPECTED.list) ?? [];
    const out: Text[] = [];
    value.forEach((item, i) => {
      const text = this.text({ [i]: item }, String(i), [key]);
      if (text) out.push(text);
    });
    return out;
  }

  list<T>(data: Dict, key: 'targets' | 'indicators', optional: boolean, read: (item: unknown, at: PathSegment[]) => T | undefined): T[] {
    const value = data[key];
    if (value === undefined && optional) return [];
    if (!Array.isArray(value)) return this.expect([key], value, EXPECTED.list) ?? [];
    const out: T[] = [];
    value.forEach((item, i) => {
      const read1 = read(item, [key, i]);
      if (read1 !== undefined) out.push(read1);
    });
    return out;
  }

  document(fileStem: string): PolicyDocument | null {
    const data = this.source.data;
    if (!isDict(data)) {
      this.expect([], data, EXPECTED.mapping);
      return null;
    }
    const id = data['id'];
    if (typeof id !== 'string' || !SLUG.test(id)) {
      this.fail(['id'], POLICY_TEXT.badSlug(showValue(id)));
      return null;
    }
    if (id !== fileStem) this.fail(['id'], POLICY_TEXT.idFileMismatch(id, `${fileStem}.yaml`), { severity: 'warning', own: true });
    const title = this.text(data, 'title', []);
    const issuer = this.string(data, 'issuer', []);
    let number: string | null | undefined = null;
    if (data['number'] !== null) number = this.string(data, 'number', []);
    const issued = this.date(data, 'issued', []);
    const area = this.area(data['area']);
    const source = this.string(data, 'source', []);
    const notes = this.textList(data, 'notes');
    const targets = this.list(data, 'targets', false, (item, at) => this.target(item, id, at));
    const indicators = this.list(data, 'indicators', true, (item, at): Indicator | undefined => {
      const entry = this.entry(item, id, at);
      if (isDict(item)) {
        for (const key of ['rule', 'deadline', 'kind', 'windowStart', 'from']) {
          if (item[key] !== undefined) this.fail([...at, key], PROBLEM_TEXT.unknownField(key, ['id', 'indicator', 'clause', 'responsible', 'quote', 'formula', 'unit', 'scope', 'levels', 'note']), { atKey: true });
        }
      }
      return entry;
    });
    const seen = new Map<string, PathSegment[]>();
    for (const key of ['targets', 'indicators'] as const) {
      const items = data[key];
      if (!Array.isArray(items)) continue;
      items.forEach((item, i) => {
        const slug = isDict(item) ? item['id'] : undefined;
        if (typeof slug !== 'string') return;
        if (seen.has(slug)) this.fail([key, i, 'id'], POLICY_TEXT.duplicateTarget(`${id}/${slug}`), { own: true });
        else seen.set(slug, [key, i, 'id']);
      });
    }
    if (hasErrors(this.problems) || !title || !issuer || number === undefined || !issued || !area || !source) return null;
    return { id, title, issuer, number, issued, area, source, notes, targets, indicators, file: this.source.file };
  }

  private area(value: unknown): PolicyDocument['area'] | undefined {
    if (!isDict(value)) return this.expect(['area'], value, EXPECTED.area);
    const prefix = value['prefix'];
    const code = value['code'];
    const name = this.string(value, 'name', ['area']);
    if (typeof prefix !== 'string' || !/^\d{2,6}$/.test(prefix)) return this.expect(['area', 'prefix'], prefix, EXPECTED.prefix);
    if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return this.expect(['area', 'code'], code, EXPECTED.code);
    if (!code.startsWith(prefix)) return (this.fail(['area', 'code'], POLICY_TEXT.areaCodePrefix(code, prefix), { own: true }), undefined);
    return name ? { prefix, code, name } : undefined;
  }
}

/** Measures in a formula: a did-you-mean for a misspelt one, a plain word for a yes/no one in a sum. */
function policyClassifier(measures: ReadonlyMap<string, MeasureDef>): Classifier {
  return (error, segments) => {
    const inFormula = segments.length >= 3 && segments.at(-3) === 'formula' && /^(numerator|denominator)$/.test(segments.at(-2) ?? '');
    if (!inFormula || error.keyword !== 'enum' || typeof error.data !== 'string') return null;
    const def = measures.get(error.data);
    if (!def) return { code: 'unknown-measure', text: POLICY_TEXT.unknownMeasure(error.data, didYouMean(error.data, measures.keys())) };
    if (def.type === 'boolean') return { code: 'wrong-type', text: POLICY_TEXT.numericMeasureInBoolean(def.id) };
    return { code: 'wrong-type', text: POLICY_TEXT.booleanFormula() };
  };
}

function bundledDisplay(absolute: string): string {
  return relative(packageRoot, absolute).split(sep).join('/');
}

function bundledFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return scanFolder(dir).files.sort();
}

/**
 * Loads the bundled documents and those in each of `dirs`, each checked against the policy
 * schema and for what a schema cannot see. A document with an error is left out; every problem
 * is listed (schema and content problems with the code `policy-invalid`). Never throws for bad input.
 */
export async function loadPolicies(dirs: string[], opts: PolicyLoadOptions): Promise<PolicyLoadResult> {
  const { lang } = opts;
  const cwd = opts.cwd ?? process.cwd();
  const measures = opts.measures ?? loadMeasures();
  const schemaFile = opts.schemaFile ?? schemaPath(POLICY_SCHEMA);

  const bundledDir = opts.bundledDir === undefined ? dataPath('policies') : opts.bundledDir;
  const bundled =
    bundledDir === null || opts.bundledDocuments
      ? []
      : bundledFiles(bundledDir).map((absolute) => ({ absolute, shown: bundledDisplay(absolute) }));
  // Bundled documents first, then each DIR in the order given (files sorted within it):
  // the first document of an id is kept.
  const userProblems: Problem[] = [];
  const files = [...bundled];
  // A DIR that holds bundled files (`--policies data/policies`) does not load them twice.
  const bundledPaths = new Set((opts.bundledDocuments ?? []).map((doc) => resolve(packageRoot, doc.file)));
  const taken = new Set(files.map((f) => f.absolute));
  for (const dir of dirs) {
    const found = await expandPaths([dir], cwd, lang);
    userProblems.push(...found.problems);
    const shown = found.files
      .map((absolute) => ({ absolute, shown: displayPath(absolute, cwd) }))
      .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
    for (const file of shown) {
      if (bundledPaths.has(file.absolute) || taken.has(file.absolute)) continue;
      taken.add(file.absolute);
      files.push(file);
    }
  }

  // Compiled (or its built code loaded) only when some file is to be read.
  const validate = files.length > 0 && existsSync(schemaFile) ? validatorFor(schemaFile) : null;
  const read = await mapLimit(files, 8, async ({ absolute, shown }) => {
    const result = await readYamlFile(absolute, shown, lang, asyncFileOps, 'policy');
    if (!result.source) return { document: null, problems: result.problems, source: null };
    const reader = new DocumentReader(result.source, lang, measures);
    const document = reader.document(basename(absolute, extname(absolute)));
    let problems: Problem[];
    if (validate && !validate(result.source.data)) {
      // The reader says more plainly what dependentSchemas (from, windowStart) require.
      const errors = (validate.errors ?? []).filter((e) => !e.schemaPath.includes('/dependentSchemas/'));
      const fromSchema = problemsFromAjv(errors, result.source, lang, { schema: validate.schema, classify: policyClassifier(measures) });
      problems = [...fromSchema.map((p) => ({ ...p, code: 'policy-invalid' as const })), ...reader.problems.filter((p) => reader.own.has(p))];
    } else if (validate) {
      problems = reader.problems.filter((p) => reader.own.has(p));
    } else {
      problems = reader.problems;
    }
    // Should the reader find a fault that the schema let through, it is not left unsaid.
    if (!document && !hasErrors(problems)) problems.push(...reader.problems.filter((p) => !problems.includes(p)));
    problems = [...result.problems, ...problems];
    return { document: hasErrors(problems) ? null : document, problems, source: result.source };
  });

  const documents: PolicyDocument[] = [...(opts.bundledDocuments ?? [])];
  const problems: Problem[] = [...userProblems];
  const firstFile = new Map<string, string>(documents.map((doc) => [doc.id, doc.file]));
  for (const item of read) {
    const own = [...item.problems];
    const doc = item.document;
    if (doc && item.source) {
      const first = firstFile.get(doc.id);
      if (first !== undefined) {
        own.push(
          makeProblem({
            file: doc.file, code: 'policy-invalid', text: POLICY_TEXT.duplicateDocument(doc.id, first), lang,
            at: item.source.positionOf(['id']), path: 'id',
          }),
        );
      } else if (opts.divisions && !opts.divisions.has(doc.area.code)) {
        own.push(
          makeProblem({
            file: doc.file, code: 'policy-invalid', text: PROBLEM_TEXT.unknownUnit(doc.area.code), lang,
            at: item.source.positionOf(['area', 'code']), path: 'area.code',
          }),
        );
      } else {
        firstFile.set(doc.id, doc.file);
        documents.push(doc);
      }
    }
    problems.push(...capProblems(own, lang));
  }
  return { documents, problems, files: [...bundledPaths, ...files.map((f) => f.absolute)] };
}
