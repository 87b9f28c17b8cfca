// Hand-formatted YAML in the layout of spec/data-format.md: the same bytes as a careful person
// would type, and fast enough for tens of thousands of files.

export const MODELINE = '# yaml-language-server: $schema=../../../schemas/unit-report.schema.json';

// Plain scalars are safe for the Chinese names of the division table; anything with YAML
// indicator characters is quoted.
function scalar(text) {
  if (/^[\p{L}\p{N}（）·]+$/u.test(text) && !/^[\d.+-]/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text)) {
    return text;
  }
  return JSON.stringify(text);
}

function number(value) {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

/**
 * `report`: `{unit: {code, name}, period, measures: {group: {name: value}}}`.
 * `modeline`: the first line (default: the schema of a file two folders below data/).
 */
export function toYaml(report, modeline = MODELINE) {
  const lines = [];
  if (modeline) lines.push(modeline);
  const name = report.unit.name ? `, name: ${scalar(report.unit.name)}` : '';
  lines.push(`unit: {code: "${report.unit.code}"${name}}`);
  lines.push(`period: ${report.period}`);
  const groups = Object.entries(report.measures);
  lines.push(groups.length ? 'measures:' : 'measures: {}');
  for (const [group, fields] of groups) {
    lines.push(`  ${group}:`);
    for (const [field, value] of Object.entries(fields)) lines.push(`    ${field}: ${number(value)}`);
  }
  return `${lines.join('\n')}\n`;
}
