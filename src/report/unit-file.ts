// The statistics file `import` writes for one unit: the layout of spec/data-format.md, as the sample
// files have it (the schema line, the unit on one line, the period, then each group's figures in
// the registry's order). A figure left empty on the form is absent, which makes it unknown.
import type { MeasureValue } from '../core/types.js';

export interface UnitFileInput {
  /** the first line, `# yaml-language-server: $schema=…` */
  modeline: string;
  code: string;
  name: string;
  period: string;
  /** figures by measure id */
  values: ReadonlyMap<string, MeasureValue>;
  /** every measure id, in the registry's order */
  order: Iterable<string>;
}

/** A name as a plain scalar when it is only letters and digits (every division name), else quoted. */
function scalar(text: string): string {
  const plain = /^[\p{L}\p{N}（）·]+$/u.test(text) && !/^[\d.+-]/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

function figure(value: MeasureValue): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (!Number.isFinite(value)) throw new Error(`not a finite figure: ${value}`);
  return String(value);
}

export function unitFileText(input: UnitFileInput): string {
  const lines = [input.modeline, `unit: {code: "${input.code}", name: ${scalar(input.name)}}`, `period: ${input.period}`];
  const groups = new Map<string, string[]>();
  for (const id of input.order) {
    const value = input.values.get(id);
    if (value === undefined) continue;
    const dot = id.indexOf('.');
    const group = id.slice(0, dot);
    const list = groups.get(group) ?? [];
    list.push(`    ${id.slice(dot + 1)}: ${figure(value)}`);
    groups.set(group, list);
  }
  lines.push(groups.size > 0 ? 'measures:' : 'measures: {}');
  for (const [group, fields] of groups) lines.push(`  ${group}:`, ...fields);
  return `${lines.join('\n')}\n`;
}
