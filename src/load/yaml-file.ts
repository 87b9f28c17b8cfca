// Reading one YAML file into plain data that remembers where each value stands.
// Every fault of the bytes or the syntax becomes a problem; nothing here throws on bad input.
import { isUtf8 } from 'node:buffer';
import { asyncFileOps, readRegularFile, type FileOps } from './file-ops.js';
import { isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode, YAMLError } from 'yaml';
import type { Position, Text } from '../core/types.js';
import { YamlSource } from '../shared/yaml-source.js';
import { PROBLEM_TEXT, YAML_ERRORS } from '../i18n/problems.js';
import { capProblems } from '../validate/problem.js';
import { findSyntaxSlips, type SyntaxSlip } from '../validate/syntax-slips.js';
import { makeProblem, message, type Message, type Problem, type ProblemCode } from '../shared/problem.js';

/** A statistics file holds one unit and one month: anything near this size is not one. */
export const MAX_BYTES = 1024 * 1024;
/**
 * Lines and flow items (`,`) a file may have, and keys and list items. A statistics file has
 * about a hundred, a plan a few thousand; a megabyte of one-line keys has 100,000, and parsing
 * it (with the position of every value) takes seconds however linear the rest is (docs/reliability.md).
 */
export const MAX_ENTRIES = 20_000;
/** Few honest files use aliases at all; a handful of expansions is plenty. */
export const MAX_ALIAS_COUNT = 100;

export interface YamlReadResult {
  /** null when the file could not be read or parsed */
  source: YamlSource | null;
  problems: Problem[];
}

/** What a file is read as: a message about its size says what such a file holds. */
export type YamlFileKind = 'statistics' | 'policy';

/** Reads and parses one file; `file` is the name that problems carry. */
export async function readYamlFile(
  absolutePath: string,
  file: string,
  fs: FileOps = asyncFileOps,
  kind: YamlFileKind = 'statistics',
): Promise<YamlReadResult> {
  const read = await readRegularFile(absolutePath, fs, MAX_BYTES);
  if (read.ok) return parseYamlBytes(read.bytes, file, kind);
  const fail = (code: ProblemCode, text: Message): YamlReadResult => ({
    source: null,
    problems: [makeProblem({ file, code, message: text })],
  });
  if (read.reason === 'not-a-file') return fail('unreadable', message('notAFile'));
  if (read.reason === 'too-large') return fail('too-large', tooLarge(read.size, kind));
  return fail('unreadable', describeFsError(read.error));
}

function tooLarge(size: number | null, kind: YamlFileKind): Message {
  const limit = mebibytes(MAX_BYTES);
  return message('tooLarge', size === null ? `> ${limit}` : mebibytes(size), limit, kind);
}

export function describeFsError(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return message('notFound');
  if (code === 'EISDIR') return message('notAFile');
  if (code === 'ELOOP') return message('linkLoop');
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return message('unreadable', reason);
}

function mebibytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1);
}

/** Decodes and parses a file's bytes: UTF-8 only (a BOM is dropped), with a pointed message for GBK. */
export function parseYamlBytes(bytes: Uint8Array, file: string, kind: YamlFileKind = 'statistics'): YamlReadResult {
  if (bytes.length > MAX_BYTES) {
    return { source: null, problems: [makeProblem({ file, code: 'too-large', message: tooLarge(bytes.length, kind) })] };
  }
  // A text file holds no NUL byte; UTF-16 without its byte-order mark holds one in every other byte.
  const nul = bytes.indexOf(0);
  if (nul >= 0 && !hasUtf16Bom(bytes)) return { source: null, problems: [nulProblem(bytes, nul, file)] };
  // isUtf8 (simdutf) is what a fatal TextDecoder would decide, without setting up a decoder.
  if (!isUtf8(bytes)) return { source: null, problems: [encodingProblem(bytes, file)] };
  if (tooManyEntries(bytes)) {
    return { source: null, problems: [makeProblem({ file, code: 'too-large', message: message('tooManyEntries', MAX_ENTRIES, kind) })] };
  }
  return parseYamlText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), file);
}

const INDICATORS = [Buffer.from('- '), Buffer.from('? '), Buffer.from(': ')];

/**
 * Whether `bytes` has more than MAX_ENTRIES line breaks (LF, or a lone CR) and commas, or more
 * than MAX_ENTRIES keys and list items (`: `, `- `, `? `: many can stand on one line, each a level
 * of nesting in `- - - - x`).
 */
function tooManyEntries(bytes: Uint8Array): boolean {
  if (bytes.length <= MAX_ENTRIES) return false;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let entries = 0;
  for (const separator of [0x0a, 0x0d, 0x2c]) {
    for (let i = buffer.indexOf(separator); i >= 0; i = buffer.indexOf(separator, i + 1)) {
      // a CR before an LF is one line break, counted at its LF
      if (separator === 0x0d && buffer[i + 1] === 0x0a) continue;
      if (++entries > MAX_ENTRIES) return true;
    }
  }
  let indicators = 0;
  for (const indicator of INDICATORS) {
    for (let i = buffer.indexOf(indicator); i >= 0; i = buffer.indexOf(indicator, i + 2)) {
      if (++indicators > MAX_ENTRIES) return true;
    }
  }
  return false;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * A file with NUL bytes: UTF-16 without a byte-order mark when most of the first bytes at odd
 * (little-endian) or even (big-endian) offsets are NUL, as ASCII in UTF-16 is; else not text at all.
 */
function nulProblem(bytes: Uint8Array, nul: number, file: string): Problem {
  const sample = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  const half = sample / 2;
  const order = odd > half * 0.3 && even < half * 0.05 ? 'LE' : even > half * 0.3 && odd < half * 0.05 ? 'BE' : null;
  const text = order === null ? message('nulBytes') : message('utf16WithoutBom', order);
  return makeProblem({ file, code: 'not-utf8', message: text, at: order === null ? bytePosition(bytes, nul) : { line: 1, column: 1 } });
}

function encodingProblem(bytes: Uint8Array, file: string): Problem {
  const at = bytePosition(bytes, firstInvalidUtf8(bytes));
  const utf16 = hasUtf16Bom(bytes);
  if (!utf16) {
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      return makeProblem({ file, code: 'gbk-encoding', message: message('gbkEncoding', file), at });
    } catch {
      // neither UTF-8 nor GB18030
    }
  }
  return makeProblem({ file, code: 'not-utf8', message: message('notUtf8', utf16), at });
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence; -1 when all do. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (in characters) of a byte offset, counting a leading BOM as nothing. */
function bytePosition(bytes: Uint8Array, offset: number): Position | null {
  if (offset < 0) return null;
  let line = 1;
  let lineStart = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/** Parses YAML text (YAML 1.2 core schema: `2025-06` stays a string, `450202` is a number). */
export function parseYamlText(text: string, file: string): YamlReadResult {
  const lineCounter = new LineCounter();
  let source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // YAML 1.2 takes a lone CR as a line break (old Mac files); the parser does not. One character
  // for one keeps every offset, so positions stay those of the file.
  if (LONE_CR.test(source)) source = source.replace(LONE_CR_ALL, '\n');
  const deep = tooDeep(source);
  if (deep !== null) {
    const at = { line: deep.line, column: deep.column };
    return { source: null, problems: [makeProblem({ file, code: 'yaml-syntax', message: message('yamlSyntax', PROBLEM_TEXT.nestedTooDeeply(MAX_FLOW_DEPTH)), at })] };
  }
  // Each fault is an Error: a file of 250,000 bad lines spent most of its time capturing their
  // stack traces, which no one reads, and quoting their lines (prettyErrors), which we do not show.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document;
  try {
    doc = parseDocument(source, {
      lineCounter,
      prettyErrors: false,
      // Checked below, in one pass with a set per map: the parser's own check compares each key with
      // every earlier one, 5 minutes for a file of 100,000 keys.
      uniqueKeys: false,
      schema: 'core',
      version: '1.2',
      keepSourceTokens: false,
      // yaml would print its own warnings (a collection as a key) through process.emitWarning; every
      // fault of the file is reported as a problem instead.
      logLevel: 'error',
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const positionAt = (error: YAMLError): Position | null => {
    const lp = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    return { line: Math.max(lp.line, 1), column: Math.max(lp.col, 1) };
  };
  const offsetAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  const problems: Problem[] = [];
  let unclosed: Record<'{' | '[', number[]> | undefined;
  const collections = (): Record<'{' | '[', number[]> => (unclosed ??= unclosedCollections(doc, source));
  for (const error of doc.errors) {
    const flow = error.code === 'BAD_INDENT' ? unclosedFlow(error, collections) : null;
    if (flow !== null) {
      const at = offsetAt(flow.offset);
      problems.push(makeProblem({ file, code: 'yaml-syntax', message: message('yamlSyntax', PROBLEM_TEXT.unclosedFlow(flow.open, at.line, at.column)), at }));
    } else {
      const what = YAML_ERRORS[error.code] ?? sameInBoth(firstSentence(error.message));
      problems.push(makeProblem({ file, code: 'yaml-syntax', message: message('yamlSyntax', what), at: positionAt(error) }));
    }
  }
  if (doc.errors.length > 0) {
    // a tab or a full-width colon breaks the file in several places: each is named once, as what it is
    const slips = findSyntaxSlips(source);
    if (slips.length > 0) return { source: null, problems: capProblems(slips.map((slip) => syntaxSlipProblem(slip, file))) };
  }
  for (const key of duplicateKeys(doc)) {
    problems.push(makeProblem({ file, code: 'duplicate-key', message: message('duplicateKey', keyAt(source, key)), at: offsetAt(key) }));
  }
  if (problems.length > 0) return { source: null, problems: capProblems(problems) };
  if (problems.length > 0) return { source: null, problems };
  for (const warning of doc.warnings) {
    problems.push(
      makeProblem({
        file,
        code: 'yaml-syntax',
        message: message('yamlWarning', firstSentence(warning.message)),
        at: positionAt(warning),
        severity: 'warning',
      }),
    );
  }
  problems.splice(0, problems.length, ...capProblems(problems));
  let data: unknown;
  try {
    // yaml defines a `__proto__` key as an own property (Object.defineProperty), so no key
    // of the file can reach a prototype; the tests hold it to that.
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const firstAlias = firstAliasNode(doc);
    const at = firstAlias?.range ? lineCounter.linePos(firstAlias.range[0]) : null;
    const position = at ? { line: at.line, column: at.col } : null;
    if (/alias/i.test(reason) && /excessive|resource/i.test(reason)) {
      problems.push(makeProblem({ file, code: 'alias-limit', message: message('aliasLimit', MAX_ALIAS_COUNT), at: position }));
    } else {
      problems.push(makeProblem({ file, code: 'yaml-syntax', message: message('yamlSyntax', sameInBoth(reason)), at: position }));
    }
    return { source: null, problems };
  }
  return { source: new YamlSource(file, data, doc, lineCounter, source), problems };
}

function syntaxSlipProblem(slip: SyntaxSlip, file: string): Problem {
  const said = slip.kind === 'tab-indent' ? message('tabIndent', slip.lines) : message('fullWidthColon', slip.line, slip.fixed);
  return makeProblem({ file, code: 'yaml-syntax', message: said, at: slip.at });
}

/** Brackets nested deeper than this are refused before parsing: no honest file comes near it. */
export const MAX_FLOW_DEPTH = 1000;

/**
 * Where `[` and `{` first nest deeper than MAX_FLOW_DEPTH, outside quotes and comments; null when
 * they never do. The parser would otherwise build the whole tree of a file of 400,000 brackets
 * (seconds and half a gigabyte) before it gives up on its depth.
 */
function tooDeep(text: string): Position | null {
  // fewer brackets than the limit cannot nest past it: the common case is two indexOf scans
  let brackets = 0;
  for (const open of ['[', '{']) {
    for (let i = text.indexOf(open); i >= 0 && brackets <= MAX_FLOW_DEPTH; i = text.indexOf(open, i + 1)) brackets += 1;
  }
  if (brackets <= MAX_FLOW_DEPTH) return null;
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line += 1;
      lineStart = i + 1;
    } else if (c === '"' || c === "'") {
      // a quoted scalar, line breaks and all; `\"` and `''` are its own quotes
      for (i += 1; i < text.length && text[i] !== c; i++) {
        if (c === '"' && text[i] === '\\') i += 1;
        else if (text[i] === '\n') {
          line += 1;
          lineStart = i + 1;
        }
      }
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i += 1;
    } else if (c === '[' || c === '{') {
      depth += 1;
      if (depth > MAX_FLOW_DEPTH) return { line, column: i - lineStart + 1 };
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth -= 1;
    }
  }
  return null;
}

const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;

/** Where each key that repeats an earlier key of its map stands (offsets), in one pass over the document. */
function duplicateKeys(doc: Document): number[] {
  const found: number[] = [];
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      // a scalar key by its value, as the parser's own check compares them (1 and "1" differ)
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          if (seen.has(key.value) && key.range) found.push(key.range[0]);
          seen.add(key.value);
        } else if (key !== null) {
          pending.push(key);
        }
        pending.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(isPair(item) ? item.value : item);
    }
  }
  return found.sort((a, b) => a - b);
}

interface Unclosed {
  open: '{' | '[';
  offset: number;
}

/** The flow collections (`{`, `[`) whose text does not end with their closing bracket, each kind by offset. */
function unclosedCollections(doc: Document, source: string): Record<'{' | '[', number[]> {
  const found: Record<'{' | '[', number[]> = { '{': [], '[': [] };
  visit(doc, {
    Collection(_key, node) {
      if (!node.flow || !node.range || !isCollection(node)) return;
      const open = isSeq(node) ? '[' : '{';
      const body = source.slice(node.range[0], node.range[1]).trimEnd();
      if (!body.endsWith(open === '[' ? ']' : '}')) found[open].push(node.range[0]);
    },
  });
  found['{'].sort((a, b) => a - b);
  found['['].sort((a, b) => a - b);
  return found;
}

/**
 * The flow collection that a "must end with } / ]" error is about: the last one of its kind opened
 * before the error and never closed. The parser itself only says the indentation is bad, at the
 * line after.
 */
function unclosedFlow(error: YAMLError, collections: () => Record<'{' | '[', number[]>): Unclosed | null {
  const open = /^Flow sequence/.test(error.message) ? '[' : /^Flow map/.test(error.message) ? '{' : null;
  if (open === null) return null;
  const offsets = collections()[open];
  // the last offset before the error (binary search: a file may hold many)
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < error.pos[0]) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? null : { open, offset: offsets[low - 1]! };
}

function firstAliasNode(doc: Document): YamlNode | null {
  let found: YamlNode | null = null;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/** The key written at `offset`, as far as its colon or the end of its line. */
function keyAt(source: string, offset: number): string {
  const rest = source.slice(offset).split(/\r?\n/, 1)[0] ?? '';
  const quoted = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(rest);
  const key = quoted ? quoted[1]! : rest.split(/:(\s|$)/, 1)[0]!;
  return key.trim() || '?';
}

function firstSentence(message: string): string {
  return message.split(/ at line \d+, column \d+/)[0]!.split('\n')[0]!.trim();
}

function sameInBoth(text: string): Text {
  return { zh: text, en: text };
}
