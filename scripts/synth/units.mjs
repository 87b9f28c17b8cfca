// Reporting units from the division table (`data/divisions/2024.txt`: one `CODE NAME` a line).

/** `xx0000` a province's own accounts, `xxxx00` a city's, anything else a county-level unit. */
export function levelOf(code) {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** What kind of county-level unit the name says it is: a city district, a county-level city or a county. */
export function countyKind(name) {
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'county-city';
  return 'county';
}

export function parseDivisions(divisionsText) {
  const out = [];
  for (const raw of divisionsText.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(\d{6})\s+(\S.*)$/.exec(line);
    if (!match) continue;
    out.push({ code: match[1], name: match[2].trim() });
  }
  return out;
}

/**
 * Every unit whose code starts with one of `prefixes` (`'4502'` gives 450200 and its counties;
 * `'520000'` only the province's own accounts), sorted by code, each `{code, name, level}`.
 */
export function unitsFor(prefixes, divisionsText) {
  const seen = new Set();
  const out = [];
  for (const { code, name } of parseDivisions(divisionsText)) {
    if (seen.has(code) || !prefixes.some((p) => code.startsWith(p))) continue;
    seen.add(code);
    out.push({ code, name, level: levelOf(code) });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
