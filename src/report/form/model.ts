// What the Excel form of `template` holds, as plain data: its columns (the measures the area's
// documents need, in the registry's order, grouped as the registry groups them), its rows (the
// reporting units, each with what it is asked for and why) and last month's figures for reference.
// Pure: the command reads the catalog and the files, form/workbook.ts writes the workbook.
import type { Division, Lang, MeasureDef, MeasureValue, Period, PolicyDocument, UnitReport } from '../../core/types.js';

/** A target or indicator a measure feeds (commands/init-template.ts works these out). */
export interface Feed {
  id: string;
  wholeArea: boolean;
  indicative: boolean;
}

/** A reporting unit and what it is asked for (commands/reporting-units.ts). */
export interface FormUnit {
  division: Division;
  documents: PolicyDocument[];
  needed: readonly { def: MeasureDef; feeds: Feed[] }[];
}

export interface FormColumn {
  def: MeasureDef;
  /** the registry's group: the part of the id before the dot */
  group: string;
  /** the group's name in the run's language (data/measure-groups.yaml) */
  groupName: string;
  /** the measure this one may not exceed, when it is a column of the form too */
  whole: string | null;
  /** the measures that may not exceed this one, when they are columns of the form */
  parts: string[];
}

export interface FormRow {
  division: Division;
  documents: PolicyDocument[];
  /** the measures asked of this unit → the targets each feeds (empty for a measure added by --also) */
  asked: ReadonlyMap<string, Feed[]>;
  /** the unit's latest figures before the form's period, shown for reference only */
  previous: { period: Period; values: Readonly<Record<string, MeasureValue>> } | null;
}

export interface FormModel {
  lang: Lang;
  period: Period;
  /** the area of `--area`, or null for a form of named units */
  area: Division | null;
  /** the codes a form of named units was made for (null with --area) */
  codes: string[] | null;
  documents: PolicyDocument[];
  /** measures asked of every unit beyond the documents' needs (--also), in the registry's order */
  also: string[];
  columns: FormColumn[];
  rows: FormRow[];
  /** every measure's full name in the run's language (a part with its whole in front) */
  names: ReadonlyMap<string, string>;
  /** where the filled form goes, as the author wrote it; null for the default wording */
  contact: string | null;
  tool: { name: string; version: string };
}

export interface FormModelInput {
  lang: Lang;
  period: Period;
  area: Division | null;
  codes: string[] | null;
  units: readonly FormUnit[];
  /** measures the author asks for beyond the documents' needs (`--also`), asked of every unit */
  also: readonly string[];
  measures: ReadonlyMap<string, MeasureDef>;
  /** every measure's full name in the run's language */
  names: ReadonlyMap<string, string>;
  /** each group's name in the run's language */
  groupNames: ReadonlyMap<string, string>;
  /** reports from `--from`: each unit's latest one before `period` is its reference */
  previous: readonly UnitReport[];
  contact: string | null;
  tool: { name: string; version: string };
}

/** The latest report of each unit before `period`. */
function latestBefore(reports: readonly UnitReport[], period: Period): Map<string, UnitReport> {
  const latest = new Map<string, UnitReport>();
  for (const report of reports) {
    if (report.period >= period) continue;
    const seen = latest.get(report.code);
    if (!seen || seen.period < report.period) latest.set(report.code, report);
  }
  return latest;
}

export function buildFormModel(input: FormModelInput): FormModel {
  const also = new Set(input.also);
  const inForm = new Set<string>(also);
  for (const unit of input.units) for (const m of unit.needed) inForm.add(m.def.id);

  const ids = [...input.measures.keys()].filter((id) => inForm.has(id));
  const columns: FormColumn[] = ids.map((id) => {
    const def = input.measures.get(id)!;
    const group = id.slice(0, id.indexOf('.'));
    return {
      def,
      group,
      groupName: input.groupNames.get(group) ?? group,
      whole: def.partOf !== undefined && inForm.has(def.partOf) ? def.partOf : null,
      parts: ids.filter((other) => input.measures.get(other)?.partOf === id),
    };
  });

  const previous = latestBefore(input.previous, input.period);
  const rows: FormRow[] = input.units.map((unit) => {
    const asked = new Map<string, Feed[]>();
    for (const m of unit.needed) asked.set(m.def.id, m.feeds);
    for (const id of also) if (!asked.has(id)) asked.set(id, []);
    const report = previous.get(unit.division.code);
    return {
      division: unit.division,
      documents: unit.documents,
      asked,
      previous: report ? { period: report.period, values: report.measures } : null,
    };
  });

  const documents = new Map<string, PolicyDocument>();
  for (const unit of input.units) for (const d of unit.documents) documents.set(d.id, d);

  return {
    lang: input.lang,
    period: input.period,
    area: input.area,
    codes: input.codes,
    documents: [...documents.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    also: ids.filter((id) => also.has(id)),
    columns,
    rows,
    names: input.names,
    contact: input.contact,
    tool: input.tool,
  };
}
