#!/usr/bin/env node
// The CPU of each test file, from the log `CARE_CHECK_FILE_CPU_LOG=FILE npm test` writes
// (test/support/file-cpu.ts): `node scripts/suite-cpu.mjs FILE` prints a file a line, dearest first;
// `node scripts/suite-cpu.mjs OLD NEW` sets two runs side by side (two trees' suites, or one tree
// before and after a change), the files in both first, then those only in one, with the totals.
import { readFileSync } from 'node:fs';

const [first, second] = process.argv.slice(2);
if (first === undefined) {
  process.stderr.write('usage: node scripts/suite-cpu.mjs LOG [NEWER_LOG]\n');
  process.exit(2);
}

/** The log's files by their path under test/, each with its CPU (self + children) and wall, in s. */
function read(path) {
  const files = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { file, self, children, wall } = JSON.parse(line);
    const name = file.includes('/test/') ? file.slice(file.lastIndexOf('/test/') + 1) : file;
    files.set(name, { self: self / 1000, children: children / 1000, cpu: (self + children) / 1000, wall: wall / 1000 });
  }
  return files;
}

const out = [];
const write = (text) => out.push(text);
const s = (n) => n.toFixed(1).padStart(7);
const sum = (values) => values.reduce((a, b) => a + b, 0);

if (second === undefined) {
  const files = [...read(first)].sort((a, b) => b[1].cpu - a[1].cpu);
  write(`${'cpu s'.padStart(7)}${'self'.padStart(7)}${'child'.padStart(7)}${'wall'.padStart(7)}  file\n`);
  for (const [name, f] of files) write(`${s(f.cpu)}${s(f.self)}${s(f.children)}${s(f.wall)}  ${name}\n`);
  write(`${s(sum(files.map(([, f]) => f.cpu)))}${s(sum(files.map(([, f]) => f.self)))}${s(sum(files.map(([, f]) => f.children)))}${''.padStart(7)}  ${files.length} files\n`);
} else {
  const older = read(first);
  const newer = read(second);
  const both = [...newer.keys()].filter((name) => older.has(name)).sort((a, b) => newer.get(b).cpu - older.get(b).cpu - (newer.get(a).cpu - older.get(a).cpu));
  const row = (old, now, name) => `${old === undefined ? ''.padStart(7) : s(old)}${now === undefined ? ''.padStart(7) : s(now)}${old === undefined || now === undefined ? ''.padStart(8) : `${(now - old >= 0 ? '+' : '') + (now - old).toFixed(1)}`.padStart(8)}  ${name}\n`;
  write(`${'old s'.padStart(7)}${'new s'.padStart(7)}${'change'.padStart(8)}  file (CPU: self + children)\n`);
  for (const name of both) write(row(older.get(name).cpu, newer.get(name).cpu, name));
  write(row(sum(both.map((n) => older.get(n).cpu)), sum(both.map((n) => newer.get(n).cpu)), `the ${both.length} files in both`));
  const onlyNew = [...newer.keys()].filter((name) => !older.has(name)).sort((a, b) => newer.get(b).cpu - newer.get(a).cpu);
  const onlyOld = [...older.keys()].filter((name) => !newer.has(name));
  for (const name of onlyNew) write(row(undefined, newer.get(name).cpu, `${name} (new)`));
  for (const name of onlyOld) write(row(older.get(name).cpu, undefined, `${name} (gone)`));
  write(row(sum([...older.values()].map((f) => f.cpu)), sum([...newer.values()].map((f) => f.cpu)), `all: ${older.size} and ${newer.size} files`));
}

// one write: a pipe closed early (`| head`) does not end it with EPIPE
process.stdout.on('error', () => {});
process.stdout.write(out.join(''));
