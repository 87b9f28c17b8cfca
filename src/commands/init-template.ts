// The statistics file that `init` writes: which measures a unit must report, and the YAML with a
// comment on each. Pure: the caller reads the catalog and writes the file.
import { Document, isMap, isPair, isScalar, type Pair } from 'yaml';
import { localize, PUNCTUATION } from '../i18n/index.js';
import type { Division, Lang, Level, MeasureDef, PolicyDocument, Scope } from '../core/types.js';
import { measuresOf } from '../core/formula.js';
import { applies } from '../core/scope.js';
import { COMMAND_TEXT } from '../i18n/commands.js';
import { isTarget, measureName, measureUnit, type Entry } from './policies-describe.js';
import { wrapText } from '../shared/text-width.js';

/** Whether a unit of this level reports figures for a target of this scope. */
export function reportsFor(scope: Scope, level: Level): boolean {
  if (scope.type === 'whole-area') return true; // its own figures go into the area's sum, measure by measure as its level holds them
  if (scope.type === 'each-county') return level === 'county';
  return scope.levels.includes(level);
}

export interface Feed {
  id: string;
  wholeArea: boolean;
  /** a no-rule indicator: shown, never judged */
  indicative: boolean;
}

export interface NeededMeasure {
  def: MeasureDef;
  feeds: Feed[];
}

/** The measures a unit needs for the documents that apply to it, in the registry's order. */
export function neededMeasures(
  documents: readonly PolicyDocument[],
  code: string,
  level: Level,
  measures: ReadonlyMap<string, MeasureDef>,
): NeededMeasure[] {
  const feeds = new Map<string, Feed[]>();
  for (const document of documents) {
    if (!applies(document, code)) continue;
    const entries: Entry[] = [...document.targets, ...document.indicators];
    for (const entry of entries) {
      if (!reportsFor(entry.scope, level)) continue;
      for (const id of measuresOf(entry.formula)) {
        // a whole area sums each measure over the units whose level holds it (data/measures.yaml)
        if (entry.scope.type === 'whole-area' && measures.get(id)?.levels.includes(level) === false) continue;
        const list = feeds.get(id) ?? [];
        list.push({ id: entry.id, wholeArea: entry.scope.type === 'whole-area', indicative: !isTarget(entry) });
        feeds.set(id, list);
      }
    }
  }
  const needed: NeededMeasure[] = [];
  for (const def of measures.values()) {
    const list = feeds.get(def.id);
    if (list) needed.push({ def, feeds: list });
  }
  return needed;
}

export interface TemplateInput {
  unit: Division;
  period: string;
  /** what goes after `$schema=` */
  schema: string;
  documents: readonly PolicyDocument[];
  needed: readonly NeededMeasure[];
  measures: ReadonlyMap<string, MeasureDef>;
  lang: Lang;
}

const COMMENT_WIDTH = 96;

function comment(lines: string[]): string {
  return lines.flatMap((line) => wrapText(line, COMMENT_WIDTH)).map((line) => ` ${line}`).join('\n');
}

function measureComment(m: NeededMeasure, measures: ReadonlyMap<string, MeasureDef>, lang: Lang): string {
  const t = localize(COMMAND_TEXT, lang);
  const { def } = m;
  const name = measureName(def.id, measures, lang);
  const details = [def.type === 'boolean' ? t.boolean : measureUnit(def, lang)];
  if (def.type === 'integer') details.push(t.integer);
  // the registry's names of running totals since 2021 say so already
  if (def.window === 'since-2021' && !name.includes('2021')) details.push(t.sinceWindow);
  if (def.window === 'year-to-date') details.push(t.ytdWindow);
  if (def.partOf !== undefined) details.push(t.atMost(def.partOf));
  const joiner = PUNCTUATION.comma[lang];
  const feeds = m.feeds.map((f) => f.id + (f.indicative ? ` ${t.indicativeMark}` : f.wholeArea ? ` ${t.wholeAreaMark}` : ''));
  return comment([t.measureLine(name, details.join(joiner)), t.feeds(feeds)]);
}

/** The YAML text of a statistics file to fill in: every needed measure present with an empty value. */
export function renderTemplate(input: TemplateInput): string {
  const { unit, lang } = input;
  const t = localize(COMMAND_TEXT, lang);
  const groups: Record<string, Record<string, null>> = {};
  for (const { def } of input.needed) {
    const [group = '', key = ''] = def.id.split('.');
    (groups[group] ??= {})[key] = null;
  }
  const doc = new Document({ unit: { code: unit.code, name: unit.name }, period: input.period, measures: groups });

  const applying = input.documents.filter((d) => applies(d, unit.code));
  const h = t.header;
  doc.commentBefore = [
    ` yaml-language-server: $schema=${input.schema}`,
    '',
    comment([
      h.title(unit.name, unit.code, unit.level, input.period),
      h.documents,
      ...applying.map((d) => `· ${d.id}  ${d.title[lang]}`),
      h.fill,
      h.unknown,
      h.notZero,
      h.ownOnly(unit.level),
      h.arrow,
    ]),
  ].join('\n');

  const byId = new Map(input.needed.map((m) => [m.def.id, m]));
  const measuresNode = doc.get('measures', true);
  if (isMap(measuresNode)) {
    (measuresNode.items as Pair[]).forEach((groupPair, index) => {
      if (!isScalar(groupPair.key) || !isMap(groupPair.value)) return;
      if (index > 0) groupPair.key.spaceBefore = true;
      const group = String(groupPair.key.value);
      for (const pair of groupPair.value.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const m = byId.get(`${group}.${String(pair.key.value)}`);
        if (m) pair.key.commentBefore = measureComment(m, input.measures, lang);
      }
    });
  }
  return doc.toString({ nullStr: '', lineWidth: 0 });
}
