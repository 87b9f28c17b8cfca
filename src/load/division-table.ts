// The division table as a map whose Division objects are made when first asked for: a check
// reads a few of its 3,213 units, and making them all was a tenth of a one-file check's start-up.
import { levelOf } from '../core/levels.js';
import type { Division } from '../core/types.js';

export class DivisionTable implements ReadonlyMap<string, Division> {
  readonly #names: ReadonlyMap<string, string>;
  readonly #made = new Map<string, Division>();

  constructor(entries: Iterable<readonly [string, string]>) {
    this.#names = new Map(entries);
  }

  get size(): number {
    return this.#names.size;
  }

  has(code: string): boolean {
    return this.#names.has(code);
  }

  get(code: string): Division | undefined {
    const made = this.#made.get(code);
    if (made) return made;
    const name = this.#names.get(code);
    if (name === undefined) return undefined;
    const division = this.#divisionOf(code, name);
    this.#made.set(code, division);
    return division;
  }

  /** A county's parent is its city, or its province when the table has no such city. */
  #divisionOf(code: string, name: string): Division {
    const level = levelOf(code);
    const province = `${code.slice(0, 2)}0000`;
    const city = `${code.slice(0, 4)}00`;
    let parent: string | null = null;
    if (level === 'city') parent = province;
    else if (level === 'county') parent = this.#names.has(city) ? city : province;
    return { code, name, level, parent };
  }

  keys(): MapIterator<string> {
    return this.#names.keys();
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
    for (const code of this.#names.keys()) yield each(code);
  }
}
