// The catalog as JSON for `policies --format json` and `explain --format json`. The keys
// `documents`, `id`, `title`, `area`, `targets` are public (spec/cli.md): add, never rename.
import type { Lang, MeasureDef, PolicyDocument } from '../core/types.js';
import { measuresOf } from '../core/formula.js';
import { isTarget, measureName, type Entry } from './policies-describe.js';

export function entryJson(entry: Entry, lang: Lang): Record<string, unknown> {
  return {
    id: entry.id,
    document: entry.document,
    indicator: entry.indicator[lang],
    clause: entry.clause,
    responsible: [...entry.responsible],
    quote: entry.quote,
    formula: entry.formula,
    unit: entry.unit,
    rule: isTarget(entry) ? entry.rule : null,
    deadline: isTarget(entry) ? entry.deadline : null,
    scope: entry.scope,
    kind: isTarget(entry) ? entry.kind : null,
    ...(isTarget(entry) && entry.windowStart !== undefined ? { windowStart: entry.windowStart } : {}),
    note: entry.note?.[lang] ?? null,
  };
}

/** A document's own fields, without its targets. */
export function documentHeadJson(document: PolicyDocument, lang: Lang): Record<string, unknown> {
  return {
    id: document.id,
    title: document.title[lang],
    number: document.number,
    issuer: document.issuer,
    issued: document.issued,
    area: { name: document.area.name, code: document.area.code, prefix: document.area.prefix },
  };
}

export function documentJson(document: PolicyDocument, lang: Lang): Record<string, unknown> {
  return {
    ...documentHeadJson(document, lang),
    notes: document.notes.map((note) => note[lang]),
    targets: document.targets.map((t) => entryJson(t, lang)),
    /** figures the document names without a number to reach: shown, never judged */
    indicators: document.indicators.map((i) => entryJson(i, lang)),
  };
}

export function measuresJson(entry: Entry, measures: ReadonlyMap<string, MeasureDef>, lang: Lang): Record<string, unknown>[] {
  return measuresOf(entry.formula).map((id) => {
    const def = measures.get(id);
    return { id, name: measureName(id, measures, lang), type: def?.type ?? null, unit: def?.unit ?? null, levels: def?.levels ?? null };
  });
}
