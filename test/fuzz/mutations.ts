// Random damage to a valid statistics file, as fast-check arbitraries: edits of its structure
// (types, signs, deleted and renamed keys, huge and non-finite numbers, long strings, deep
// nesting) and of its bytes (random bytes, flips, truncation, CRLF, BOM, GBK, aliases, lone CRs,
// UTF-16 without a BOM, control characters, unclosed brackets).
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import type { Document } from 'yaml';

export type KeyPath = (string | number)[];

/** Every path to a node of the document, the root `[]` included. */
export function pathsOf(doc: Document): KeyPath[] {
  const out: KeyPath[] = [[]];
  const walk = (node: unknown, path: KeyPath): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? (pair.key.value as string | number) : String(pair.key);
        out.push([...path, key]);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push([...path, i]);
        walk(item, [...path, i]);
      });
    }
  };
  walk(doc.contents, []);
  return out;
}

// ------------------------------------------------------------------ values

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

const edgeNumber = fc.constantFrom(
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -1, -0.5, 0.5, 1e308, -1e308, 1.7976931348623157e308,
  Number.MAX_SAFE_INTEGER + 2, 2 ** 64, 1e-320, 5e-324, 123456789012345678901234567890,
);

/** `'x'` or `'中'` repeated up to `max` times: long strings without fast-check building them char by char. */
const longString = (max: number) =>
  fc.tuple(fc.constantFrom('x', '中', ' ', '\\', '"', '\n', '🙂'), fc.integer({ min: 1, max })).map(([c, n]) => c.repeat(n));

/** A value of any YAML kind, small or odd. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: edgeNumber },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('2025-06', '450202', '0x1F', '1e3', '.inf', 'true', 'null', '~', '', '-0', '１２３') },
  { weight: 1, arbitrary: longString(50_000) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((depth) => nested(depth)) },
);

/** A mapping nested `depth` deep (built without recursion). */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = new Map([['n', value]]);
  return value;
}

const keyName = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...PROTO_KEYS) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: longString(5_000) },
  { weight: 1, arbitrary: fc.constantFrom('townships.total', 'unit', 'period', 'measures', 'code', 'Code', 'perod', '人口', '') },
);

// ------------------------------------------------------------------ structural edits

export type TreeEdit =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'negate'; at: number }
  | { kind: 'delete'; at: number }
  | { kind: 'rename'; at: number; name: string; typo: number | null }
  | { kind: 'add'; at: number; name: string; value: unknown }
  | { kind: 'stringify'; at: number };

const at = fc.nat();
export const treeEdit: fc.Arbitrary<TreeEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), at, value: weirdValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('negate' as const), at }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('rename' as const), at, name: keyName, typo: fc.option(fc.nat(), { nil: null }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), at, name: keyName, value: weirdValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stringify' as const), at }) },
);

function typoOf(name: string, n: number): string {
  if (name.length === 0) return 'x';
  const i = n % name.length;
  switch (n % 3) {
    case 0:
      return name.slice(0, i) + name.slice(i + 1); // a letter dropped
    case 1:
      return name.slice(0, i) + name[i]!.toUpperCase() + name.slice(i + 1); // a capital
    default:
      return `${name.slice(0, i)}_${name.slice(i)}`; // a stray underscore
  }
}

function applyTreeEdit(doc: Document, edit: TreeEdit): void {
  const paths = pathsOf(doc);
  const path = paths[edit.at % paths.length]!;
  switch (edit.kind) {
    case 'set':
      if (path.length === 0) doc.contents = doc.createNode(edit.value) as typeof doc.contents;
      else doc.setIn(path, doc.createNode(edit.value));
      return;
    case 'negate': {
      const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
      if (isScalar(node) && typeof node.value === 'number') node.value = -node.value;
      else if (isScalar(node) && typeof node.value === 'boolean') node.value = Number(node.value) * -1;
      return;
    }
    case 'stringify': {
      const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
      if (isScalar(node)) {
        node.value = String(node.value);
        node.type = Scalar.QUOTE_DOUBLE;
      }
      return;
    }
    case 'delete':
      if (path.length === 0) doc.contents = null;
      else doc.deleteIn(path);
      return;
    case 'rename': {
      if (path.length === 0) return;
      const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
      if (!isMap(parent)) return;
      const last = path[path.length - 1];
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
      if (!pair) return;
      const name = edit.typo === null ? edit.name : typoOf(String(last), edit.typo);
      pair.key = new Scalar(name);
      return;
    }
    case 'add': {
      const target = path.length === 0 ? doc.contents : doc.getIn(path, true);
      if (!isMap(target)) return;
      target.items.push(doc.createPair(edit.name, edit.value));
      return;
    }
  }
}

// ------------------------------------------------------------------ byte edits

const SNIPPETS = [
  '&a ', '*a', '*undefined_alias', '<<: *a\n', '!!js/function "x"', '!!binary ', '!!timestamp ', '!!float ', '!!str ', '!!int ',
  '!custom ', '\t', '"', "'", ':', ': ', '- ', '? ', '#', '%YAML 1.1\n---\n', '---\n', '...\n', '{', '}', '[', ']', ',', '|\n',
  '>\n', '~', '@', '`', '\u0000', '\u2028', '\uFEFF', '\r', '\n  ', 'townships: {total: 1, total: 2}\n', '__proto__: {polluted: 1}\n',
  'constructor: {prototype: {polluted: 1}}\n',
];

/** Nine levels of ten aliases each: 10⁹ nodes once expanded. */
export const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from({ length: 8 }, (_, i) => {
    const prev = String.fromCharCode(97 + i);
    const name = String.fromCharCode(98 + i);
    return `${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`;
  }),
].join('\n');

export type ByteEdit =
  | { kind: 'insert-bytes'; at: number; bytes: Uint8Array }
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'snippet'; at: number; text: string }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'crlf' }
  | { kind: 'bom' }
  | { kind: 'gbk' }
  | { kind: 'deep'; depth: number; open: '[' | '{a: ' | 'indent' }
  | { kind: 'alias-bomb' }
  | { kind: 'lone-cr' }
  | { kind: 'utf16'; order: 'le' | 'be' }
  | { kind: 'controls'; at: number; text: string }
  | { kind: 'unclosed'; at: number; open: '{' | '[' };

export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert-bytes' as const), at, bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('flip' as const), at, xor: fc.integer({ min: 1, max: 255 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('snippet' as const), at, text: fc.constantFrom(...SNIPPETS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-line' as const), at }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'crlf' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'gbk' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      depth: fc.integer({ min: 10, max: 5_000 }),
      open: fc.constantFrom('[' as const, '{a: ' as const, 'indent' as const),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'alias-bomb' as const }) },
  // what found the faults of issue 10: old Mac line breaks, UTF-16 without a BOM, control
  // characters in keys and values, a bracket opened and never closed
  { weight: 1, arbitrary: fc.constant({ kind: 'lone-cr' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('utf16' as const), order: fc.constantFrom('le' as const, 'be' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('controls' as const),
      at,
      text: fc.array(fc.constantFrom('\u001b[31m', '\u0007', '\u009b', '\u007f', '\r', '\u0085', '\u2028', '\u202e', '\u0000', '\b'), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unclosed' as const), at, open: fc.constantFrom('{' as const, '[' as const) }) },
);

/** 城中区 and 柳州 in GBK: what an editor saving in the system code page would write. */
const GBK: [string, number[]][] = [
  ['城中区', [0xb3, 0xc7, 0xd6, 0xd0, 0xc7, 0xf8]],
  ['区', [0xc7, 0xf8]],
];

function replaceBytes(bytes: Buffer, from: Buffer, to: Buffer): Buffer {
  const i = bytes.indexOf(from);
  if (i < 0) return bytes;
  return Buffer.concat([bytes.subarray(0, i), to, bytes.subarray(i + from.length)]);
}

function applyByteEdit(input: Buffer, edit: ByteEdit): Buffer {
  const bytes = input;
  const offset = (n: number): number => (bytes.length === 0 ? 0 : n % (bytes.length + 1));
  const lines = (): string[] => bytes.toString('latin1').split('\n');
  switch (edit.kind) {
    case 'insert-bytes': {
      const i = offset(edit.at);
      return Buffer.concat([bytes.subarray(0, i), Buffer.from(edit.bytes), bytes.subarray(i)]);
    }
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      const i = edit.at % copy.length;
      copy[i] = copy[i]! ^ edit.xor;
      return copy;
    }
    case 'truncate':
      return bytes.subarray(0, offset(edit.at));
    case 'snippet': {
      const i = offset(edit.at);
      return Buffer.concat([bytes.subarray(0, i), Buffer.from(edit.text, 'utf8'), bytes.subarray(i)]);
    }
    case 'duplicate-line': {
      const all = lines();
      const i = edit.at % all.length;
      all.splice(i, 0, all[i]!);
      return Buffer.from(all.join('\n'), 'latin1');
    }
    case 'delete-line': {
      const all = lines();
      all.splice(edit.at % all.length, 1);
      return Buffer.from(all.join('\n'), 'latin1');
    }
    case 'crlf':
      return Buffer.from(bytes.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 'gbk': {
      let out = bytes;
      for (const [text, gbk] of GBK) out = replaceBytes(out, Buffer.from(text, 'utf8'), Buffer.from(gbk));
      return out;
    }
    case 'deep': {
      const d = edit.depth;
      const tail =
        edit.open === 'indent'
          ? Array.from({ length: Math.min(d, 1_500) }, (_, i) => `${' '.repeat(i + 2)}n${i}:`).join('\n') + ' 1'
          : `${edit.open.repeat(d)}1${(edit.open === '[' ? ']' : '}').repeat(d)}`;
      return Buffer.concat([bytes, Buffer.from(`\ndeep:${edit.open === 'indent' ? '\n' : ' '}${tail}\n`)]);
    }
    case 'alias-bomb':
      return Buffer.concat([bytes, Buffer.from(`\n${ALIAS_BOMB}\n`)]);
    case 'lone-cr':
      return Buffer.from(bytes.toString('latin1').replace(/\r?\n/g, '\r'), 'latin1');
    case 'utf16': {
      const le = Buffer.from(bytes.toString('utf8'), 'utf16le');
      return edit.order === 'le' ? le : le.swap16();
    }
    case 'controls': {
      // into a key of the line (quoted, so that it parses), or as a key of its own
      const all = bytes.toString('utf8').split('\n');
      const i = edit.at % all.length;
      const escaped = JSON.stringify(edit.text);
      const line = all[i]!;
      const colon = line.indexOf(': ');
      const key = /^(\s*)([\w.]+)$/.exec(colon < 0 ? '' : line.slice(0, colon));
      all[i] = key ? `${key[1]}${JSON.stringify(key[2] + edit.text)}${line.slice(colon)}` : `${escaped}: ${escaped}\n${line}`;
      return Buffer.from(all.join('\n'), 'utf8');
    }
    case 'unclosed': {
      const i = offset(edit.at);
      return Buffer.concat([bytes.subarray(0, i), Buffer.from(` ${edit.open}a: 1, b: [2`), bytes.subarray(i)]);
    }
  }
}

// ------------------------------------------------------------------ a whole mutation

export interface Mutation {
  tree: TreeEdit[];
  bytes: ByteEdit[];
}

const treeEdits = fc.array(treeEdit, { minLength: 1, maxLength: 3 });
const byteEdits = fc.array(byteEdit, { minLength: 1, maxLength: 2 });

/** Mostly edits of the structure, so that many files still parse and reach the validator. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: treeEdits.map((tree) => ({ tree, bytes: [] })) },
  { weight: 2, arbitrary: byteEdits.map((bytes) => ({ tree: [], bytes })) },
  { weight: 2, arbitrary: fc.record({ tree: treeEdits, bytes: byteEdits }) },
);

/** The damaged file: the tree edits on the parsed original, then the byte edits on its text. */
export function mutate(original: string, m: Mutation): Buffer {
  let text = original;
  if (m.tree.length > 0) {
    const doc = parseDocument(original);
    for (const edit of m.tree) {
      try {
        applyTreeEdit(doc, edit);
      } catch {
        // A path made ambiguous by an earlier edit (a key renamed to its sibling's name): the yaml
        // API refuses to follow it, and this edit is skipped.
      }
    }
    text = doc.toString({ lineWidth: 0 });
  }
  let bytes: Buffer = Buffer.from(text, 'utf8');
  for (const edit of m.bytes) bytes = applyByteEdit(bytes, edit);
  return bytes;
}
