// A CSV as a spreadsheet saves it: UTF-8 (with or without a BOM), UTF-16 ("Unicode text") or GBK
// (Excel and WPS on a Chinese Windows), separated by commas, semicolons or tabs, quoted as RFC 4180
// quotes. Pure: bytes in, rows of texts out.
import { isUtf8 } from 'node:buffer';

import type { CsvEncoding } from '../shared/grid.js';

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
}

/** The text of a CSV file's bytes, or null when they are none of the encodings a spreadsheet writes. */
export function decodeCsv(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    return isUtf8(body) ? { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8' } : null;
  }
  const decode = (label: string, body: Uint8Array): string | null => {
    try {
      return new TextDecoder(label, { fatal: true }).decode(body);
    } catch {
      return null;
    }
  };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decode('utf-16le', bytes.subarray(2));
    return text === null ? null : { text, encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decode('utf-16be', bytes.subarray(2));
    return text === null ? null : { text, encoding: 'utf-16be' };
  }
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  // GB18030 is GBK's superset: a file Excel saved as "CSV" on a Chinese Windows reads the same
  const text = decode('gb18030', bytes);
  return text === null ? null : { text, encoding: 'gbk' };
}

/** The separator of the first line that holds one, outside quotes: the most frequent of , ; and tab. */
export function detectSeparator(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/, 50)) {
    const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
    let quoted = false;
    for (const c of line) {
      if (c === '"') quoted = !quoted;
      else if (!quoted && c in counts) counts[c]! += 1;
    }
    const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
    if (best[1] > 0) return best[0];
  }
  return ',';
}

/**
 * The records of a CSV text, each a list of fields. Quoted fields may hold separators, quotes
 * written twice and line breaks; a quote inside an unquoted field is kept as it is.
 */
export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (c === separator) {
      endField();
      i += 1;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c;
    fieldStarted = true;
    i += 1;
  }
  if (field !== '' || fieldStarted || record.length > 0) endRecord();
  return records;
}
