// The labels of the report vocabulary (statuses, flags, levels, changes, columns, units) in the
// run's language. No colour, no layout: those belong to each format.
import type { Change, Comparator, Flag, IndicativeResult, Lang, Level, Status, ValueUnit } from '../core/types.js';
import { CHANGE_LABELS, COLUMN_LABELS, FLAG_LABELS, LEVEL_LABELS, REASON_LABELS, STATUS_LABELS, VALUE_UNIT_LABELS, REPORT_TEXT } from '../i18n/report.js';
import type { ColumnKey } from '../i18n/report.js';

// ---------------------------------------------------------------- labels

export function statusLabel(status: Status, lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

export function flagLabel(flag: Flag, lang: Lang): string {
  return FLAG_LABELS[flag][lang];
}

export function levelLabel(level: Level, lang: Lang): string {
  return LEVEL_LABELS[level][lang];
}

export function reasonLabel(reason: IndicativeResult['reason'], lang: Lang): string {
  return REASON_LABELS[reason][lang];
}

export function changeLabel(change: Change, lang: Lang): string {
  return CHANGE_LABELS[change][lang];
}

export function columnLabel(column: ColumnKey, lang: Lang): string {
  return COLUMN_LABELS[column][lang];
}

export function unitLabel(unit: ValueUnit, lang: Lang): string {
  return VALUE_UNIT_LABELS[unit][lang];
}

export function comparatorSymbol(comparator: Comparator): string {
  return comparator === '>=' ? '≥' : comparator === '<=' ? '≤' : '=';
}

export function yesNo(value: boolean, lang: Lang): string {
  return REPORT_TEXT[value ? 'yes' : 'no'][lang];
}
