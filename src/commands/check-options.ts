import { CareCheckError } from '../shared/errors.js';
import { localize } from '../i18n/index.js';
import { DEFAULT_THRESHOLDS, STATUSES, type IsoDate, type Lang, type Status, type Thresholds } from '../core/types.js';
import { DEFAULT_FORMAT, FORMAT_NAMES, isFormat, isTextFormat, TEXT_FORMATS, type Format, type TextFormat } from '../report/index.js';
import { OPTION_TEXT } from '../i18n/options.js';
import { STATUS_LABELS } from '../i18n/report.js';
import { isIsoDate } from '../core/time.js';
import { parseJobs } from './jobs-option.js';

export interface CheckOptions {
  asOf: IsoDate;
  format: TextFormat;
  /** `--out FORMAT=PATH`, then `--xlsx PATH` (the same as `--out xlsx=PATH`) */
  outs: { format: Format; path: string }[];
  policyDirs: string[];
  only: string[] | null;
  units: string[] | null;
  statuses: Status[] | null;
  failOn: Status[];
  thresholds: Thresholds;
  baseline: string | null;
  /** --jobs: worker threads reading the files; null for the default */
  jobs: number | null;
}

export const DEFAULT_FAIL_ON: Status[] = ['missed', 'off-track'];

function list(value: unknown): string[] | null {
  if (typeof value !== 'string') return null;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

export function localDate(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}


/** `never` in either language: no status fails the run. */
const NEVER = ['never', '从不'];

/**
 * A status as typed: its id (`missed`), or its name in either language (`未达标`, `Missed`); null
 * for none.
 */
export function statusOf(typed: string): Status | null {
  const word = typed.trim().toLowerCase();
  if (isStatus(word)) return word;
  return STATUSES.find((s) => STATUS_LABELS[s].zh === word || STATUS_LABELS[s].en.toLowerCase() === word) ?? null;
}

function statuses(value: unknown, option: string, lang: Lang, allowNever: boolean): Status[] | null {
  if (typeof value !== 'string') return null;
  // a Chinese list may be written with 、 or a full-width comma
  const items = list(value.replace(/[、，]/g, ','));
  if (items === null) return null;
  const never = items.filter((s) => NEVER.includes(s.toLowerCase()));
  if (allowNever && never.length > 0 && items.length === 1) return [];
  if (allowNever && never.length > 0) throw new CareCheckError('usage', localize(OPTION_TEXT, lang).neverAlone(option, items.join(',')));
  const bad = items.filter((s) => statusOf(s) === null);
  if (bad.length > 0 || items.length === 0) {
    // each status by its id and, in Chinese, by its name too
    const known = STATUSES.map((s) => OPTION_TEXT.knownStatus(s, STATUS_LABELS[s])[lang]);
    throw new CareCheckError('usage', localize(OPTION_TEXT, lang).badStatus(option, bad.join(','), [...known, ...(allowNever ? [OPTION_TEXT.knownNever[lang]] : [])]));
  }
  return [...new Set(items.map((s) => statusOf(s)!))];
}

/** The names of `--thresholds`, as the JSON report also writes them. */
export const THRESHOLD_KEYS: Record<string, keyof Thresholds> = {
  'on-track': 'onTrack',
  'at-risk': 'atRisk',
  'trend-window': 'trendWindow',
  carry: 'carry',
  coverage: 'coverage',
};

/** trend-window a whole number ≥ 2, carry a whole number of months ≥ 0, coverage a share in (0, 1], the rest positive. */
function thresholdFits(field: keyof Thresholds, number: number): boolean {
  if (field === 'trendWindow') return Number.isInteger(number) && number >= 2;
  if (field === 'carry') return Number.isInteger(number) && number >= 0;
  if (field === 'coverage') return number > 0 && number <= 1;
  return number > 0;
}

/** A plain decimal: `0x1`, `1e0`, `0.9=1` and the like are typing slips, not thresholds. */
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

function thresholds(value: unknown, lang: Lang): Thresholds {
  const result = { ...DEFAULT_THRESHOLDS };
  const items = list(value);
  if (items === null) return result;
  const keys: Record<string, keyof Thresholds> = THRESHOLD_KEYS;
  for (const item of items) {
    const [key = '', raw = '', ...extra] = item.split('=');
    const field = keys[key];
    const number = DECIMAL.test(raw) ? Number(raw) : NaN;
    const valid = field !== undefined && extra.length === 0 && Number.isFinite(number) && thresholdFits(field, number);
    if (!valid) throw new CareCheckError('usage', localize(OPTION_TEXT, lang).badThreshold(item, Object.keys(keys)));
    result[field] = number;
  }
  if (result.atRisk > result.onTrack) throw new CareCheckError('usage', localize(OPTION_TEXT, lang).badThresholdOrder(result.atRisk, result.onTrack));
  return result;
}

/** Turns commander's raw option values into checked options; anything wrong is a usage error (exit 2). */
export function parseCheckOptions(raw: Record<string, unknown>, lang: Lang, now: Date): CheckOptions {
  const text = localize(OPTION_TEXT, lang);
  const asOf = typeof raw['asOf'] === 'string' ? raw['asOf'] : localDate(now);
  if (!isIsoDate(asOf)) throw new CareCheckError('usage', text.badDate(asOf));

  const format = typeof raw['format'] === 'string' ? raw['format'] : DEFAULT_FORMAT;
  if (!isTextFormat(format)) throw new CareCheckError('usage', text.badFormat(format, TEXT_FORMATS));

  const outs: CheckOptions['outs'] = [];
  for (const spec of (raw['out'] as string[] | undefined) ?? []) {
    const eq = spec.indexOf('=');
    const outFormat = eq > 0 ? spec.slice(0, eq) : '';
    const path = eq > 0 ? spec.slice(eq + 1) : '';
    if (path === '' || !isFormat(outFormat)) throw new CareCheckError('usage', text.badOut(spec, FORMAT_NAMES));
    outs.push({ format: outFormat, path });
  }
  // each --xlsx is a workbook, as each --out is a report (a second one no longer silently replaces the first)
  for (const path of ([] as unknown[]).concat(raw['xlsx'] ?? [])) if (typeof path === 'string') outs.push({ format: 'xlsx', path });

  const units = list(raw['unit']);
  const badUnit = units?.find((u) => !/^\d{6}$/.test(u));
  if (badUnit !== undefined) throw new CareCheckError('usage', text.badUnit(badUnit));
  // An empty list (an unset CI variable: --only "$DOCS") would narrow the run to nothing and pass.
  if (units?.length === 0) throw new CareCheckError('usage', text.emptyList('--unit'));
  const only = list(raw['only']);
  if (only?.length === 0) throw new CareCheckError('usage', text.emptyList('--only'));

  return {
    asOf,
    format,
    outs,
    policyDirs: (raw['policies'] as string[] | undefined) ?? [],
    only,
    units,
    statuses: statuses(raw['status'], '--status', lang, false),
    failOn: statuses(raw['failOn'], '--fail-on', lang, true) ?? DEFAULT_FAIL_ON,
    thresholds: thresholds(raw['thresholds'], lang),
    baseline: typeof raw['baseline'] === 'string' ? raw['baseline'] : null,
    jobs: parseJobs(raw['jobs'], lang),
  };
}
