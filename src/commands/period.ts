// The month a command works on: `--period YYYY-MM`, by default the month before today (analysts
// fill in the month that has just ended).
import { CareCheckError } from '../shared/errors.js';
import { localize } from '../i18n/index.js';
import type { Lang, Period } from '../core/types.js';
import { COMMAND_TEXT } from '../i18n/commands.js';

export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month before `period`. */
export function previousMonth(period: Period): Period {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** The month before the local date of `now`. */
export function lastMonth(now: Date): Period {
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  return previousMonth(month);
}

/** `--period` as given, else last month; a malformed one is a usage error. */
export function periodOption(value: unknown, now: Date, lang: Lang): Period {
  const period = typeof value === 'string' ? value : lastMonth(now);
  if (!PERIOD.test(period)) throw new CareCheckError('usage', localize(COMMAND_TEXT, lang).badPeriod(period));
  return period;
}
