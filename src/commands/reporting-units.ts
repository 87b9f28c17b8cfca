// The reporting units of an area, or the units named by code: one answer for `init`, `template`
// and `import`. A unit reports when a document applies to it and one of that document's targets
// asks its level for figures: every county of a city, the city's own accounts, and for a province
// also the province's own accounts and each city's.
import { CareCheckError } from '../shared/errors.js';
import { localize } from '../i18n/index.js';
import type { Division, Lang, PolicyDocument } from '../core/types.js';
import { levelOf } from '../core/levels.js';
import { applies } from '../core/scope.js';
import { COMMAND_TEXT } from '../i18n/commands.js';
import { FORM_TEXT } from '../i18n/form.js';
import type { Catalog } from '../load/catalog.js';
import { neededMeasures, type NeededMeasure } from './init-template.js';

export interface ReportingUnit {
  division: Division;
  /** the documents that apply to the unit */
  documents: PolicyDocument[];
  /** what the unit is asked for, in the registry's order */
  needed: NeededMeasure[];
}

export interface UnitSelection {
  /** `--area`: 2, 4 or 6 digits (45, 4502, 450200) */
  area?: string | undefined;
  /** `--code`: 6-digit codes */
  codes?: readonly string[] | undefined;
}

export interface Units {
  /** the area's own division (450200 for 4502), null when only codes were named */
  area: Division | null;
  /** the division-code prefix of the area (4502), null when only codes were named */
  prefix: string | null;
  units: ReportingUnit[];
  /** units of the area that no document asks for figures (a province's counties outside every plan) */
  skipped: Division[];
}

/** `--code a,b --code c` as a list of codes, in the order given, each once. */
export function splitCodes(values: readonly string[] | string | undefined): string[] {
  const list = typeof values === 'string' ? [values] : (values ?? []);
  return [...new Set(list.flatMap((v) => v.split(/[,，\s]+/)).filter((c) => c !== ''))];
}

/** The prefix of an area code: 45 and 450000 → 45, 4502 and 450200 → 4502, a county's code → itself. */
export function areaPrefix(code: string): string | null {
  if (!/^(\d{2}|\d{4}|\d{6})$/.test(code)) return null;
  const full = code.padEnd(6, '0');
  if (full.endsWith('0000')) return full.slice(0, 2);
  if (full.endsWith('00')) return full.slice(0, 4);
  return full;
}

function reportingUnit(catalog: Catalog, division: Division): ReportingUnit {
  const documents = catalog.documents.filter((d) => applies(d, division.code));
  const needed = documents.length === 0 ? [] : neededMeasures(documents, division.code, division.level, catalog.measures);
  return { division, documents, needed };
}

function areasOfDocuments(catalog: Catalog): string[] {
  return [...new Set(catalog.documents.map((d) => `${d.area.prefix} ${d.area.name}`))];
}

/** The units a form or a set of files is for; a selection that names nothing to fill is a usage error. */
export function reportingUnits(catalog: Catalog, selection: UnitSelection, lang: Lang): Units {
  const t = localize(COMMAND_TEXT, lang);
  const f = localize(FORM_TEXT, lang);
  const codes = [...(selection.codes ?? [])];
  if (selection.area === undefined && codes.length === 0) throw new CareCheckError('usage', f.noSelection);

  let area: Division | null = null;
  let prefix: string | null = null;
  if (selection.area !== undefined) {
    prefix = areaPrefix(selection.area);
    if (prefix === null) throw new CareCheckError('usage', f.badArea(selection.area));
    area = catalog.divisions.get(prefix.padEnd(6, '0')) ?? null;
    if (!area) throw new CareCheckError('usage', t.unknownCode(prefix.padEnd(6, '0')));
  }

  for (const code of codes) {
    if (!/^\d{6}$/.test(code)) throw new CareCheckError('usage', t.badCode(code));
    if (!catalog.divisions.has(code)) throw new CareCheckError('usage', t.unknownCode(code));
    if (prefix !== null && !code.startsWith(prefix)) throw new CareCheckError('usage', f.codeOutsideArea(code, area!));
  }

  if (codes.length > 0) {
    // Named units must each be fillable: saying nothing about one the user asked for would hide it.
    const units = codes.map((code) => {
      const unit = reportingUnit(catalog, catalog.divisions.get(code)!);
      if (unit.documents.length === 0) throw new CareCheckError('usage', t.noDocument(code, areasOfDocuments(catalog)));
      if (unit.needed.length === 0) throw new CareCheckError('usage', t.noTarget(code, levelOf(code)));
      return unit;
    });
    units.sort((a, b) => (a.division.code < b.division.code ? -1 : a.division.code > b.division.code ? 1 : 0));
    return { area, prefix, units, skipped: [] };
  }

  const units: ReportingUnit[] = [];
  const skipped: Division[] = [];
  let anyDocument = false;
  for (const code of catalog.divisions.codesUnder(prefix!)) {
    const unit = reportingUnit(catalog, catalog.divisions.get(code)!);
    if (unit.documents.length > 0) anyDocument = true;
    if (unit.needed.length > 0) units.push(unit);
    else skipped.push(unit.division);
  }
  if (!anyDocument) throw new CareCheckError('usage', t.noDocument(area!.code, areasOfDocuments(catalog)));
  if (units.length === 0) throw new CareCheckError('usage', f.noReportingUnit(area!));
  return { area, prefix, units, skipped };
}
