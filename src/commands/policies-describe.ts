// How `policies`, `explain` and `init` put a target into words: rule, deadline, scope, kind, formula.
import type {
  Deadline,
  Formula,
  Indicator,
  Lang,
  MeasureDef,
  PolicyDocument,
  Scope,
  Target,
} from '../core/types.js';
import { COMMAND_TEXT, MEASURE_UNIT_TEXT } from '../i18n/commands.js';
import { localize, joinList } from '../i18n/index.js';
import { formatThreshold } from '../report/figure-text.js';
import { levelLabel } from '../report/labels.js';
import { REPORT_TEXT } from '../i18n/report.js';

export type Entry = Target | Indicator;

export function isTarget(entry: Entry): entry is Target {
  return 'rule' in entry;
}

const PART_NAME = /^(其中|of which)/;

/**
 * A measure's name in the run's language. A part whose own name only makes sense under its whole
 * (`其中已培训的`, `of which trained`) is named with its whole in front.
 */
export function measureName(id: string, measures: ReadonlyMap<string, MeasureDef>, lang: Lang): string {
  const def = measures.get(id);
  if (!def) return id;
  const own = def[lang];
  if (def.partOf === undefined || !PART_NAME.test(own)) return own;
  return localize(COMMAND_TEXT, lang).partOf(measureName(def.partOf, measures, lang), own);
}

export function measureUnit(def: MeasureDef, lang: Lang): string {
  return MEASURE_UNIT_TEXT[def.unit][lang];
}

function sumText(items: string[]): string {
  return items.length > 1 ? `(${items.join(' + ')})` : (items[0] ?? '');
}

/** `a ÷ b × 100`, each measure written by `name` (its id by default). */
export function formulaText(formula: Formula, lang: Lang, name: (id: string) => string = (id) => id): string {
  const t = localize(COMMAND_TEXT, lang);
  const numerator = formula.numerator.map(name);
  const denominator = (formula.denominator ?? []).map(name);
  let text = denominator.length > 0 ? `${sumText(numerator)} ${t.divide} ${sumText(denominator)}` : numerator.join(' + ');
  if (formula.scale !== undefined && formula.scale !== 1) text += ` ${t.times} ${formula.scale}`;
  return text;
}

/** The responsible units as the clause lists them: `市民政局、财政局`. */
export function responsibleText(entry: Entry, lang: Lang): string {
  return entry.responsible.length > 0 ? entry.responsible.join('、') : localize(COMMAND_TEXT, lang).responsibleNone;
}

export function ruleText(entry: Entry, lang: Lang): string {
  return isTarget(entry) ? formatThreshold(entry.rule, entry.unit, lang) : localize(COMMAND_TEXT, lang).noRule;
}

/** For a table cell: `2025-12-31`, `长期`, `每年`. */
export function deadlineShort(deadline: Deadline, lang: Lang): string {
  if (deadline.type === 'date') return deadline.date;
  return REPORT_TEXT[deadline.type === 'ongoing' ? 'ongoing' : 'eachYear'][lang];
}

/** For a sentence: `2025-12-31 前`, `长期：自 2023-03-03 起每一期都须满足`. */
export function deadlineLong(deadline: Deadline, document: PolicyDocument, lang: Lang): string {
  const t = localize(COMMAND_TEXT, lang);
  if (deadline.type === 'date') return t.deadlineDate(deadline.date);
  if (deadline.type === 'ongoing') return t.deadlineOngoing(deadline.from ?? document.issued);
  return t.deadlineEachYear;
}

/** For a table cell: `各县` / `each county`, `省本级、市本级`, `全域`. */
export function scopeShort(scope: Scope, lang: Lang): string {
  if (scope.type === 'whole-area') return REPORT_TEXT.wholeArea[lang];
  if (scope.type === 'each-county') return COMMAND_TEXT.eachCountyShort[lang];
  return joinList(lang, scope.levels.map((level) => levelLabel(level, lang)));
}

export function scopeLong(scope: Scope, document: PolicyDocument, lang: Lang): string {
  const t = localize(COMMAND_TEXT, lang);
  if (scope.type === 'whole-area') return t.scopeWholeArea(document.area.name);
  if (scope.type === 'each-county') return t.scopeEachCounty;
  return t.scopeEachLevel(scope.levels);
}

export function kindText(target: Target, lang: Lang): string {
  const t = localize(COMMAND_TEXT, lang);
  return target.kind === 'cumulative' ? t.kindCumulative : t.kindLevel;
}

/** Where a cumulative target's running total starts; null for a level target. */
export function windowText(target: Target, lang: Lang): string | null {
  if (target.kind !== 'cumulative') return null;
  const t = localize(COMMAND_TEXT, lang);
  if (target.deadline.type === 'each-year') return t.windowYear;
  return target.windowStart !== undefined ? t.windowFrom(target.windowStart) : null;
}
