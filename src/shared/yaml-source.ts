// A parsed YAML file: its data as plain objects, and where each value stands in the file. Made by
// the reader (load/yaml-file.ts), read by the checks (validate/) to point a problem at its line.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { Position } from '../core/types.js';

export type PathSegment = string | number;

/** Maps longer than this are indexed for the position walks; a statistics file's are far shorter. */
const INDEXED_MAP_SIZE = 32;

/** A parsed file: its data as plain objects, and the positions of its values. */
export class YamlSource {
  constructor(
    /** the path as the user recognises it */
    readonly file: string,
    readonly data: unknown,
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
    /** the text parsed, for a value's own spelling */
    private readonly text: string = '',
  ) {}

  /** The pairs of a large map by key (the first of a key), made when the map is first searched. */
  private readonly indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  /** Where the value at `path` starts; when it is absent, where its nearest present ancestor starts. */
  positionOf(path: readonly PathSegment[]): Position {
    const found = this.walk(path);
    return this.at(found.value ?? found.key ?? found.parent);
  }

  /** Where the key of the last segment of `path` stands (the value's position for a list item). */
  keyPositionOf(path: readonly PathSegment[]): Position {
    const found = this.walk(path);
    return this.at(found.key ?? found.value ?? found.parent);
  }

  /** The value at `path` as the file spells it (`1e309`, `.inf`), or null when it is absent or not a scalar. */
  writtenAt(path: readonly PathSegment[]): string | null {
    const found = this.walk(path);
    const node = found.complete ? found.value : null;
    if (!isScalar(node) || !node.range) return null;
    return this.text.slice(node.range[0], node.range[1]);
  }

  /** Whether `path` names a node that is present in the file. */
  has(path: readonly PathSegment[]): boolean {
    const found = this.walk(path);
    return found.complete;
  }

  /**
   * The positions of the values two levels below `path` (`measures` → group → leaf), found in one
   * pass over the maps rather than by a walk from the top for each value: `at(group, leaf)` is what
   * `positionOf([...path, group, leaf])` gives for a value that is present, null for one that is not.
   */
  leafPositions(path: readonly PathSegment[]): (group: string, leaf: string) => Position | null {
    const found = this.walk(path);
    const top = found.complete ? this.deref(found.value) : null;
    const groups = new Map<string, Map<string, YamlNode>>();
    if (isMap(top)) {
      for (const pair of top.items as Pair[]) {
        const groupKey = keyText(pair.key);
        if (groups.has(groupKey)) continue;
        const group = this.deref(pair.value);
        const leaves = new Map<string, YamlNode>();
        groups.set(groupKey, leaves);
        if (!isMap(group)) continue;
        for (const item of group.items as Pair[]) {
          const leafKey = keyText(item.key);
          if (leaves.has(leafKey)) continue;
          const node = isNodeLike(item.value) ? item.value : isNodeLike(item.key) ? item.key : group;
          leaves.set(leafKey, node);
        }
      }
    }
    return (group, leaf) => {
      const node = groups.get(group)?.get(leaf);
      return node === undefined ? null : this.at(node);
    };
  }

  private at(node: YamlNode | null | undefined): Position {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  }

  private walk(path: readonly PathSegment[]): {
    value: YamlNode | null;
    key: YamlNode | null;
    parent: YamlNode | null;
    complete: boolean;
  } {
    let node: unknown = this.doc.contents;
    let key: YamlNode | null = null;
    let parent: YamlNode | null = null;
    for (const segment of path) {
      const current = this.deref(node);
      parent = current;
      key = null;
      if (isMap(current)) {
        const pair = this.pairOf(current, String(segment));
        if (!pair) return { value: null, key: null, parent, complete: false };
        key = isNodeLike(pair.key) ? pair.key : null;
        node = pair.value;
      } else if (isSeq(current) && Number.isInteger(Number(segment))) {
        node = current.items[Number(segment)];
        if (node === undefined) return { value: null, key: null, parent, complete: false };
      } else {
        return { value: null, key: null, parent, complete: false };
      }
    }
    return { value: isNodeLike(node) ? node : null, key, parent, complete: true };
  }

  /**
   * The pair of `key` in `map`. A short map is scanned; a long one (a hostile file with 100,000
   * keys, each asked for by its own problem) is indexed once, so that each search takes constant time.
   */
  private pairOf(map: YAMLMap, key: string): Pair | undefined {
    if (map.items.length <= INDEXED_MAP_SIZE) return map.items.find((item) => keyText(item.key) === key) as Pair | undefined;
    let index = this.indexes.get(map);
    if (index === undefined) {
      index = new Map();
      for (const item of map.items as Pair[]) {
        const text = keyText(item.key);
        if (!index.has(text)) index.set(text, item);
      }
      this.indexes.set(map, index);
    }
    return index.get(key);
  }

  private deref(node: unknown): YamlNode | null {
    if (isAlias(node)) return (node.resolve(this.doc) as YamlNode | undefined) ?? null;
    return isNodeLike(node) ? node : null;
  }
}

function isNodeLike(value: unknown): value is YamlNode {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}
