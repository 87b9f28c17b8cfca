// Reads a V8 CPU profile (`node --cpu-prof`) and prints where the time went: self time by
// function, total (inclusive) time by source file / package, and total time by function (each
// function counted once per sample however often it is on the stack: what a call costs with
// everything it calls).
//
//   node bench/profile-top.mjs FILE.cpuprofile [N]
import { readFileSync } from 'node:fs';

const [file, limitArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-top.mjs FILE.cpuprofile [N]');
  process.exit(2);
}
const limit = Number(limitArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample counts weighted by their time deltas.
const selfTime = new Map();
const deltas = profile.timeDeltas ?? [];
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (deltas[i] ?? 0)));
const total = [...selfTime.values()].reduce((a, b) => a + b, 0);

function shortUrl(url) {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const main = url.indexOf('/main/');
  return main >= 0 ? url.slice(main + 6) : url.replace(/^file:\/\//, '');
}
function packageOf(url) {
  if (!url) return '(native/gc)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node:internal';
  const main = url.indexOf('/main/');
  return main >= 0 ? url.slice(main + 6) : url;
}

const selfByFn = new Map();
const inclusiveByPackage = new Map();
const inclusiveByFn = new Map();
for (const [id, t] of selfTime) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const key = `${cf.functionName || '(anonymous)'}  ${shortUrl(cf.url)}:${cf.lineNumber + 1}`;
  selfByFn.set(key, (selfByFn.get(key) ?? 0) + t);
  // Inclusive per function: each function on the stack counts once per sample.
  const seenFn = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const frame = byId.get(cur).callFrame;
    const fn = `${frame.functionName || '(anonymous)'}  ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    if (!seenFn.has(fn)) {
      seenFn.add(fn);
      inclusiveByFn.set(fn, (inclusiveByFn.get(fn) ?? 0) + t);
    }
  }
  // Inclusive per package: each package on the stack counts once per sample.
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const pkg = packageOf(byId.get(cur).callFrame.url);
    if (!seen.has(pkg)) {
      seen.add(pkg);
      inclusiveByPackage.set(pkg, (inclusiveByPackage.get(pkg) ?? 0) + t);
    }
  }
}

const ms = (us) => (us / 1000).toFixed(0).padStart(7);
const pct = (us) => ((100 * us) / total).toFixed(1).padStart(5);
console.log(`total sampled: ${(total / 1e6).toFixed(2)} s\n\nself time by function:`);
for (const [k, t] of [...selfByFn].sort((a, b) => b[1] - a[1]).slice(0, limit)) console.log(`${ms(t)} ms ${pct(t)}%  ${k}`);
console.log('\ninclusive time by file / package:');
for (const [k, t] of [...inclusiveByPackage].sort((a, b) => b[1] - a[1]).slice(0, limit)) console.log(`${ms(t)} ms ${pct(t)}%  ${k}`);
console.log('\ntotal (inclusive) time by function:');
for (const [k, t] of [...inclusiveByFn].sort((a, b) => b[1] - a[1]).slice(0, limit)) console.log(`${ms(t)} ms ${pct(t)}%  ${k}`);
