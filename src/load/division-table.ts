// The division table as a map over its text, one `CODE NAME` a line: a check reads a few of its
// 3,213 units and the codes under a handful of prefixes, and making a Map of every unit (or
// parsing them out of JSON) was a tenth of a one-file check's start-up. A lookup reads the names
// of the code's whole province out of the text at once (one search per province instead of one
// per unit); a Division is made when first asked for.
import { levelOf } from '../core/levels.js';
import { byText } from '../core/order.js';
import type { Division, Divisions } from '../core/types.js';

const CODE = /^\d{6}$/;
const PREFIX = /^\d{0,6}$/;

export class DivisionTable implements ReadonlyMap<string, Division>, Divisions {
  /** "\n" + one `CODE NAME` line per unit, each ending in "\n", codes unique */
  readonly #text: string;
  readonly #made = new Map<string, Division>();
  /** names by code, of the provinces read so far */
  readonly #names = new Map<string, string>();
  readonly #provincesRead = new Set<string>();
  /** codes by prefix, as asked so far (each area is asked for by evaluation and by the report) */
  readonly #under = new Map<string, readonly string[]>();

  /** `lines` as `DivisionTable.text` wrote them. */
  constructor(lines: string) {
    this.#text = `\n${lines}`;
  }

  /** The table's text for `[code, name]` pairs: sorted by code, the last name of a code kept. */
  static text(entries: Iterable<readonly [string, string]>): string {
    const names = new Map(entries);
    return [...names.keys()].sort(byText).map((code) => `${code} ${names.get(code)}\n`).join('');
  }

  static of(entries: Iterable<readonly [string, string]>): DivisionTable {
    return new DivisionTable(DivisionTable.text(entries));
  }

  get size(): number {
    return this.#allCodes().length;
  }

  has(code: string): boolean {
    return this.#nameOf(code) !== undefined;
  }

  get(code: string): Division | undefined {
    const made = this.#made.get(code);
    if (made) return made;
    const name = this.#nameOf(code);
    if (name === undefined) return undefined;
    const division = this.#divisionOf(code, name);
    this.#made.set(code, division);
    return division;
  }

  /** The codes that start with `prefix`, sorted: one search of the text. */
  codesUnder(prefix: string): string[] {
    return [...this.#codesUnder(prefix)];
  }

  #codesUnder(prefix: string): readonly string[] {
    if (!PREFIX.test(prefix)) return [];
    let codes = this.#under.get(prefix);
    if (!codes) {
      codes = (this.#text.match(new RegExp(`(?<=\\n)${prefix}\\d{${6 - prefix.length}}(?= )`, 'g')) ?? []).sort(byText);
      this.#under.set(prefix, codes);
    }
    return codes;
  }

  #nameOf(code: string): string | undefined {
    if (!CODE.test(code)) return undefined;
    const province = code.slice(0, 2);
    if (!this.#provincesRead.has(province)) {
      this.#provincesRead.add(province);
      for (const [, unit, name] of this.#text.matchAll(new RegExp(`(?<=\\n)(${province}\\d{4}) ([^\\n]*)`, 'g'))) {
        this.#names.set(unit!, name!);
      }
    }
    return this.#names.get(code);
  }

  /** A county's parent is its city, or its province when the table has no such city. */
  #divisionOf(code: string, name: string): Division {
    const level = levelOf(code);
    const province = `${code.slice(0, 2)}0000`;
    const city = `${code.slice(0, 4)}00`;
    let parent: string | null = null;
    if (level === 'city') parent = province;
    else if (level === 'county') parent = this.has(city) ? city : province;
    return { code, name, level, parent };
  }

  #allCodes(): readonly string[] {
    return this.#codesUnder('');
  }

  keys(): MapIterator<string> {
    return this.#allCodes().values();
  }

  values(): MapIterator<Division> {
    return this.#mapped((code) => this.get(code)!);
  }

  entries(): MapIterator<[string, Division]> {
    return this.#mapped((code): [string, Division] => [code, this.get(code)!]);
  }

  [Symbol.iterator](): MapIterator<[string, Division]> {
    return this.entries();
  }

  forEach(callback: (value: Division, key: string, map: ReadonlyMap<string, Division>) => void, thisArg?: unknown): void {
    for (const [code, division] of this.entries()) callback.call(thisArg, division, code, this);
  }

  *#mapped<T>(each: (code: string) => T): Generator<T, undefined> {
    for (const code of this.#allCodes()) yield each(code);
  }
}
