// JUnit XML for CI dashboards: a testsuite per unit (and per whole area), a testcase per target.
// Valid against the common Jenkins schema (junit-10.xsd); no clock and no host in it, so that
// the same input gives the same bytes.
import { byText } from '../core/order.js';
import type { Lang, Result, ValueUnit } from '../core/types.js';
import { FORMAT_TEXT } from '../i18n/formats.js';
import { REPORT_TEXT } from '../i18n/report.js';
import { resultNotes, resultSentence, resultWords } from './result-words.js';
import { NO_DATA_REASON_LABELS } from '../i18n/report.js';
import type { ResultWords } from './result-words.js';
import type { CatalogItem } from './catalog-index.js';
import { decimalsFor } from './figures.js';
import { catalogIndex, valueUnitOf } from './catalog-index.js';
import { problemOrder } from './order.js';
import { problemMessage } from './problem-text.js';
import { formatNumber, formatValue } from './figure-text.js';
import { problemLocation, unitNames } from './names.js';
import type { ReportContext } from './context.js';
import type { Problem } from '../shared/problem.js';

interface Suite {
  code: string;
  aggregate: boolean;
  name: string;
  level: string;
  results: Result[];
}

type Outcome = 'failure' | 'skipped' | 'passed';

export function render(ctx: ReportContext): string {
  const index = catalogIndex(ctx.documents);
  const failOn = new Set(ctx.failOn);
  const outcome = (result: Result): Outcome =>
    failOn.has(result.status) ? 'failure' : result.status === 'pending' || result.status === 'no-data' ? 'skipped' : 'passed';

  const suites = groupIntoSuites(ctx.evaluation.results, ctx.lang);
  const names = unitNames(ctx);
  const notesOf = (result: Result): string[] => resultNotes(result, names, ctx.lang, ctx.evaluation.thresholds.coverage);
  const errors = ctx.problems.filter((p) => p.severity === 'error');
  let tests = errors.length;
  let failures = 0;
  const body: string[] = [];

  for (const suite of suites) {
    const outcomes = suite.results.map(outcome);
    const suiteFailures = outcomes.filter((o) => o === 'failure').length;
    const suiteSkipped = outcomes.filter((o) => o === 'skipped').length;
    tests += suite.results.length;
    failures += suiteFailures;
    body.push(
      `  <testsuite name="${attr(suite.name)}" tests="${suite.results.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">`,
      '    <properties>',
      property('as-of', ctx.evaluation.asOf),
      property('unit.code', suite.code),
      property('unit.level', suite.level),
      property('aggregate', String(suite.aggregate)),
      '    </properties>',
    );
    suite.results.forEach((result, i) => {
      body.push(...testcase(result, outcomes[i] ?? 'passed', index, notesOf, ctx.lang));
    });
    body.push('  </testsuite>');
  }
  if (ctx.problems.length > 0) body.push(...problemSuite(ctx.problems, ctx.lang));

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(ctx.tool.name)}" tests="${tests}" failures="${failures}" errors="${errors.length}">`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}

/** One suite per unit's own accounts and one per whole area; by unit code, the unit's own first. */
function groupIntoSuites(results: readonly Result[], lang: Lang): Suite[] {
  const byKey = new Map<string, Suite>();
  for (const result of results) {
    const key = `${result.unit.code}\u0000${result.aggregate}`;
    let suite = byKey.get(key);
    if (!suite) {
      const name = `${result.unit.code} ${result.unit.name}`.trim() + (result.aggregate ? FORMAT_TEXT.wholeArea[lang] : '');
      suite = { code: result.unit.code, aggregate: result.aggregate, name, level: result.unit.level, results: [] };
      byKey.set(key, suite);
    }
    suite.results.push(result);
  }
  const suites = [...byKey.values()].sort(
    (a, b) => byText(a.code, b.code) || Number(a.aggregate) - Number(b.aggregate),
  );
  for (const suite of suites) {
    suite.results.sort((a, b) => byText(a.target, b.target) || byText(a.document, b.document));
  }
  return suites;
}

function testcase(result: Result, outcome: Outcome, index: ReadonlyMap<string, CatalogItem>, notesOf: (r: Result) => string[], lang: Lang): string[] {
  const words = resultWords(result, index, lang);
  const unit = valueUnitOf(result.target, index, result);
  const lines = [`    <testcase classname="${attr(result.document)}" name="${attr(result.target)}">`];
  if (outcome === 'failure') {
    const message = resultSentence(words, lang, { source: true });
    lines.push(`      <failure message="${attr(message)}" type="${attr(result.status)}"/>`);
  } else if (outcome === 'skipped') {
    lines.push(`      <skipped message="${attr(skipReason(result, words, lang))}"/>`);
  }
  lines.push(`      <system-out>${text(details(result, words, unit, notesOf(result), lang).join('\n'))}</system-out>`);
  lines.push('    </testcase>');
  return lines;
}

function skipReason(result: Result, words: ResultWords, lang: Lang): string {
  if (result.status === 'no-data' && result.noDataReason !== null) {
    const reason = NO_DATA_REASON_LABELS[result.noDataReason][lang];
    const measures = result.missingMeasures.length > 0 ? `${REPORT_TEXT.colon[lang]}${result.missingMeasures.join(', ')}` : '';
    return `${words.status}${REPORT_TEXT.colon[lang]}${reason}${measures}`;
  }
  if (result.status === 'pending') return `${words.status}${REPORT_TEXT.colon[lang]}${FORMAT_TEXT.tooLittleHistory[lang]}`;
  return words.status;
}

/** Everything that led to the status, one fact a line, for a person reading the CI log. */
function details(result: Result, words: ResultWords, unit: ValueUnit, notes: string[], lang: Lang): string[] {
  const status = words.status === result.status ? words.status : `${words.status} (${result.status})`;
  const lines = [
    words.indicator,
    FORMAT_TEXT.status(status)[lang],
    FORMAT_TEXT.valueAgainstThreshold(words.value, words.threshold)[lang],
  ];
  if (words.gap !== '—') lines.push(FORMAT_TEXT.gapAndProgress(words.gap, words.progress)[lang]);
  lines.push(FORMAT_TEXT.deadline(words.deadline)[lang]);
  if (result.period) lines.push(FORMAT_TEXT.period(result.period)[lang]);
  const t = result.trend;
  if (t.pace !== null || t.requiredPace !== null) {
    const pace = (v: number | null) => (v === null ? '—' : formatNumber(v, Math.max(2, decimalsFor(unit)), lang));
    lines.push(FORMAT_TEXT.trend(pace(t.pace), pace(t.requiredPace), formatValue(t.projected, unit, lang, { withUnit: true }))[lang]);
  }
  if (words.flags.length > 0) lines.push(FORMAT_TEXT.flags(words.flags)[lang]);
  lines.push(...notes);
  if (words.source) lines.push(FORMAT_TEXT.source(words.source)[lang]);
  if (result.responsible.length > 0) lines.push(FORMAT_TEXT.responsible(result.responsible.join('、'))[lang]);
  if (words.change) lines.push(FORMAT_TEXT.change(words.change)[lang]);
  return lines;
}

/** Input errors as errored testcases, so that a file that failed validation does not vanish from CI. */
function problemSuite(problems: readonly Problem[], lang: Lang): string[] {
  const sorted = [...problems].sort(problemOrder(lang));
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.filter((p) => p.severity === 'warning');
  const lines = [
    `  <testsuite name="${attr(FORMAT_TEXT.junitProblemsSuite[lang])}" tests="${errors.length}" failures="0" errors="${errors.length}" skipped="0">`,
  ];
  for (const p of errors) {
    const name = [problemLocation(p), p.path, p.code].filter(Boolean).join(' ');
    lines.push(
      `    <testcase classname="input" name="${attr(name)}">`,
      `      <error message="${attr(problemMessage(p, lang))}" type="${attr(p.code)}"/>`,
      '    </testcase>',
    );
  }
  if (warnings.length > 0) {
    const listed = warnings.map((p) => `[${REPORT_TEXT.warning[lang]}] ${problemLocation(p)} ${p.code}: ${problemMessage(p, lang)}`);
    lines.push(`    <system-out>${text(listed.join('\n'))}</system-out>`);
  }
  lines.push('  </testsuite>');
  return lines;
}

function property(name: string, value: string): string {
  return `      <property name="${attr(name)}" value="${attr(value)}"/>`;
}

// ---------------------------------------------------------------- XML escaping

// XML 1.0 allows neither C0 controls other than tab, newline and carriage return, nor U+FFFE/U+FFFF,
// nor a surrogate that is not part of a pair.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(value: string): string {
  return value.replace(NOT_XML, '\uFFFD');
}

/** Text content: `&`, `<`, `>` as entities; a carriage return kept as a reference so that parsers do not fold it. */
function text(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also `"`, and whitespace as references so that it survives normalisation. */
function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

