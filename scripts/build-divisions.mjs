// Rebuilds data/divisions/2024.txt from the official table beside the project
// (../shared/data/divisions/2024.txt, public domain): checks every line is `CODE NAME`,
// that codes are unique, 6 digits, and that every county and city has its province.
//   node scripts/build-divisions.mjs [SOURCE]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data', 'divisions', '2024.txt'));
const target = join(root, 'data', 'divisions', '2024.txt');

const lines = readFileSync(source, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
const codes = new Map();
for (const [i, line] of lines.entries()) {
  const m = /^(\d{6}) (\S.*)$/.exec(line);
  if (!m) throw new Error(`${source}:${i + 1}: expected "CODE NAME", got ${JSON.stringify(line)}`);
  const [, code, name] = m;
  if (codes.has(code)) throw new Error(`${source}:${i + 1}: code ${code} appears twice`);
  codes.set(code, name.trim());
}
for (const code of codes.keys()) {
  const province = `${code.slice(0, 2)}0000`;
  if (!codes.has(province)) throw new Error(`${code} ${codes.get(code)}: its province ${province} is not in the table`);
}
const out = [...codes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, n]) => `${c} ${n}`).join('\n') + '\n';
writeFileSync(target, out);
const counts = { province: 0, city: 0, county: 0 };
for (const code of codes.keys()) counts[code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county']++;
console.log(`${target}: ${codes.size} divisions (${counts.province} provinces, ${counts.city} cities, ${counts.county} counties)`);
