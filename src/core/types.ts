// The shapes that flow through care-check: loaded documents and reports in, findings out.
// Everything here is plain data, so that the core can be tested on objects written by hand.

export type Lang = 'zh' | 'en';
export interface Text {
  zh: string;
  en: string;
}

/** `YYYY-MM`: the month a statistics file describes, as of its last day. */
export type Period = string;
/** `YYYY-MM-DD`. */
export type IsoDate = string;

export type Level = 'province' | 'city' | 'county';
export const LEVELS: readonly Level[] = ['province', 'city', 'county'];

export const STATUSES = ['met', 'on-track', 'at-risk', 'off-track', 'pending', 'missed', 'no-data'] as const;
export type Status = (typeof STATUSES)[number];

export const FLAGS = ['low-confidence', 'provisional', 'partial', 'carried', 'regressing', 'slipping', 'after-deadline'] as const;
export type Flag = (typeof FLAGS)[number];

// ---------------------------------------------------------------- measures (data/measures.yaml)

export type MeasureType = 'integer' | 'number' | 'boolean';
export type MeasureUnit =
  | 'persons' | 'households' | 'm2' | 'count' | 'beds' | 'wan-yuan'
  | 'person-times' | 'sessions' | 'devices' | 'items' | 'boolean';
/**
 * `since-2021`: a running total from 2021-01-01; `since-YYYY-MM-DD`: a running total from that day;
 * `year-to-date`: from 1 January of the period's year.
 */
export type MeasureWindow = 'since-2021' | 'year-to-date' | `since-${string}`;

export interface MeasureDef {
  /** dotted id as written in a file: `townships.with_regional_center` */
  id: string;
  type: MeasureType;
  unit: MeasureUnit;
  zh: string;
  en: string;
  partOf?: string;
  window?: MeasureWindow;
  /**
   * the levels whose own accounts hold the measure (tracking.md, "Whole areas"): a whole area sums
   * it over its units of these levels, and expects each of them to report it
   */
  levels: Level[];
}

export type MeasureValue = number | boolean;

// ---------------------------------------------------------------- divisions (data/divisions)

export interface Division {
  code: string;
  name: string;
  level: Level;
  /** the code of the province (for a city) or of the city/province (for a county); null for a province */
  parent: string | null;
}

/** The division table as the core reads it: a unit by its code, and the codes under an area's prefix. */
export interface Divisions {
  get(code: string): Division | undefined;
  has(code: string): boolean;
  /** every province-, city- and county-level code starting with `prefix`, sorted */
  codesUnder(prefix: string): string[];
}

// ---------------------------------------------------------------- policy documents (data/policies)

export type Comparator = '>=' | '<=' | '==';

export interface Rule {
  comparator: Comparator;
  /** a number in the target's value unit (a share in percent: 60 means 60%), or `true` for a yes/no target */
  threshold: number | boolean;
}

/**
 * value = scale × sum(numerator) / sum(denominator), or scale × sum(numerator) without a denominator.
 * A boolean target has one boolean measure as its numerator and no scale.
 */
export interface Formula {
  numerator: string[];
  denominator?: string[];
  scale?: number;
}

/** What the value of a formula is measured in; `percent` values are capped to [0, 100] when projected. */
export type ValueUnit =
  | 'percent' | 'm2-per-100-households' | 'm2-per-capita' | 'per-1000-elderly'
  | 'count' | 'households' | 'persons' | 'person-times' | 'sessions' | 'devices' | 'boolean';

export type Deadline =
  | { type: 'date'; date: IsoDate }
  /** holds at every observation from `from` (default: the document's issue date) on */
  | { type: 'ongoing'; from?: IsoDate }
  /** a calendar-year running total: deadline 31 Dec of each year, window from 1 Jan */
  | { type: 'each-year' };

export type Scope =
  | { type: 'each-county' }
  | { type: 'each-level'; levels: Level[] }
  | { type: 'whole-area' };

export type Kind = 'level' | 'cumulative';

interface CatalogEntry {
  /** full id `<document>/<slug>` */
  id: string;
  document: string;
  indicator: Text;
  formula: Formula;
  unit: ValueUnit;
  /** clause number in the document, e.g. `二(三)9` */
  clause: string;
  /** the clause's sentence, verbatim from the document */
  quote: string;
  note?: Text;
  /** who must deliver it, as the clause names them (责任单位), each verbatim from the plan */
  responsible: string[];
}

export interface Target extends CatalogEntry {
  rule: Rule;
  deadline: Deadline;
  scope: Scope;
  kind: Kind;
  /** start of a cumulative target's window (implicit observation of 0 there); each-year targets use 1 Jan */
  windowStart?: IsoDate;
}

/** A figure the document names without a number to reach: shown, never judged (Liuzhou's lottery share). */
export interface Indicator extends CatalogEntry {
  scope: Scope;
}

export interface PolicyDocument {
  id: string;
  title: Text;
  issuer: string;
  /** document number, e.g. 柳政办〔2023〕14号; null when the document has none */
  number: string | null;
  issued: IsoDate;
  area: { prefix: string; code: string; name: string };
  /** file name of the plan's text under data/plans/ */
  source: string;
  notes: Text[];
  targets: Target[];
  indicators: Indicator[];
  /** the file it was loaded from */
  file: string;
}

// ---------------------------------------------------------------- input (statistics files)

export interface Position {
  line: number;
  column: number;
}

/** One validated statistics file: one unit, one period. */
export interface UnitReport {
  file: string;
  code: string;
  name: string | null;
  level: Level;
  period: Period;
  /** flat dotted ids → value; an absent measure is unknown */
  measures: Record<string, MeasureValue>;
  /** where each measure's value stands in the file */
  positions: Record<string, Position>;
  /** where the file's `period` stands (null when not known) */
  periodAt?: Position | null;
}

// ---------------------------------------------------------------- evaluation

export interface Thresholds {
  /** ρ at or above which a trend is on track */
  onTrack: number;
  /** ρ at or above which (and below onTrack) a trend is at risk */
  atRisk: number;
  /** how many of the latest observations the least-squares pace uses */
  trendWindow: number;
  /** whole areas: how many months old a late unit's figure may be and still be carried forward (0: never) */
  carry: number;
  /** whole areas: the least share of expected units that must contribute for a period to be an observation */
  coverage: number;
}
export const DEFAULT_THRESHOLDS: Thresholds = { onTrack: 0.95, atRisk: 0.6, trendWindow: 13, carry: 3, coverage: 0.8 };

export interface UnitRef {
  code: string;
  name: string;
  level: Level;
}

export interface Trend {
  /** observations the trend rests on (a cumulative target's implicit zero included) */
  observations: number;
  /** observed pace per month */
  pace: number | null;
  requiredPace: number | null;
  projected: number | null;
  paceRatio: number | null;
}

export interface HistoryPoint {
  period: Period;
  value: number | boolean | null;
}

/** A unit whose figure in a whole-area sum is carried forward from an earlier period. */
export interface CarriedUnit {
  code: string;
  /** the period its figure comes from (the oldest, if its measures come from different ones) */
  period: Period;
}

/** How many of a whole area's expected units contributed to a period's sums. */
export interface PeriodCoverage {
  period: Period;
  /** contributing ÷ expected, for the formula's measure with the least */
  share: number;
  /** whether the period is an observation (share ≥ the coverage threshold) */
  used: boolean;
}

/**
 * Why a result is no-data: a measure of the formula is absent, a denominator is 0, a whole area is
 * covered too thinly in every period, a computed value is not a finite number, or there is no
 * observation in the target's frame at all.
 */
export type NoDataReason = 'missing-measure' | 'zero-denominator' | 'thin-coverage' | 'not-finite' | 'no-observation';

export interface Result {
  target: string;
  document: string;
  unit: UnitRef;
  aggregate: boolean;
  /** the period judged; null when nothing could be judged */
  period: Period | null;
  status: Status;
  value: number | boolean | null;
  rule: Rule;
  /** the deadline as a date; null for an ongoing target */
  deadline: IsoDate | null;
  flags: Flag[];
  trend: Trend;
  /** the file and line of the formula's first measure in the judged period (null for an aggregate) */
  source: { file: string; line: number } | null;
  // ---- additions to the spec's shape
  /** how far the value still is from the threshold (0 when met); null without a numeric value */
  gap: number | null;
  /** value as a percentage of the threshold (for a `<=` rule, threshold over value) */
  progress: number | null;
  /** months from the as-of date to the deadline, 0 once it is reached; null for ongoing */
  monthsLeft: number | null;
  /** ongoing targets: the first period of the run of observations that ends in the latest one with the same outcome */
  since: Period | null;
  /** a `missed` target that a later observation meets: the first period it was met */
  metLate: Period | null;
  /** aggregate results: expected units of the area with nothing to contribute in `period` (no figure, none young enough to carry) */
  missingUnits: string[];
  /** aggregate results: units whose figure in `period` is carried forward, with the period it comes from */
  carried: CarriedUnit[];
  /** aggregate results: the coverage of every period considered, used or left out, oldest first */
  coverage: PeriodCoverage[];
  /** why a no-data result has no verdict; null for any other status */
  noDataReason: NoDataReason | null;
  /** the target's responsible units (责任单位), as its clause names them */
  responsible: string[];
  /** measures of the formula absent in the judged period (status no-data) */
  missingMeasures: string[];
  /** every observation of the formula, oldest first */
  history: HistoryPoint[];
  /** against a baseline report (`--baseline`); absent without one */
  change?: Change;
  /** the status in the baseline report, when the result was there */
  previousStatus?: Status;
}

/** How a result moved against the same unit and target in a baseline report. */
export type Change = 'new' | 'unchanged' | 'improved' | 'worsened';

/** A value shown without a verdict. */
export interface IndicativeResult {
  target: string;
  document: string;
  unit: UnitRef;
  aggregate: boolean;
  period: Period;
  value: number | boolean | null;
  /**
   * whole-area: a county's own figure for a whole-area target;
   * other-level: an each-level target this unit's level is not named in (a Chaoyang county's lottery share);
   * no-rule: the document names the figure but sets no number (Liuzhou's lottery share)
   */
  reason: 'whole-area' | 'other-level' | 'no-rule';
  source: { file: string; line: number } | null;
}

/** A computed value that is not a finite number, traced to the figure that produced it. */
export interface UnusableFigure {
  target: string;
  unit: UnitRef;
  aggregate: boolean;
  period: Period;
  /** the file, measure and place of the largest figure that went into the value */
  file: string;
  measure: string;
  line: number | null;
  column: number | null;
}

export interface Evaluation {
  asOf: IsoDate;
  /** the thresholds the statuses were decided with */
  thresholds: Thresholds;
  results: Result[];
  indicative: IndicativeResult[];
  /** computed values that are not finite numbers (each result is no-data); empty when none */
  unusable: UnusableFigure[];
}
