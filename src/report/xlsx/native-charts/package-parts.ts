// The package around the parts (ECMA-376 part 2, Open Packaging Conventions): which part a sheet
// is, relationships between parts, and the content type of each new part. Existing parts are edited
// by adding to them, never rewritten, so that whatever else they hold stays as it was.
import { posix } from 'node:path';
import { NS } from './chart-part.js';
import { attributes, escapeAttribute, rootOf, tags } from './xml.js';

export const REL = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
} as const;

export const CONTENT_TYPE = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** The part a relationship's target names, from the part that holds the relationship (no leading `/`). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return posix.normalize(target.slice(1));
  return posix.normalize(posix.join(posix.dirname(sourcePart), target));
}

/** The target to write in `sourcePart`'s rels for `targetPart`: relative, as Excel writes them. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  return posix.relative(posix.dirname(sourcePart), targetPart);
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** A part's relationships: read from its rels part (or none), added to, written back with the new ones appended. */
export class Relationships {
  readonly list: Relationship[];
  private readonly added: Relationship[] = [];

  constructor(private readonly original: string | null) {
    this.list = original === null ? [] : tags(original, 'Relationship').map((a) => ({
      id: a.get('Id') ?? '',
      type: a.get('Type') ?? '',
      target: a.get('Target') ?? '',
      external: a.get('TargetMode') === 'External',
    }));
  }

  byId(id: string): Relationship | undefined {
    return this.list.find((r) => r.id === id);
  }

  /** Adds a relationship under the first `rIdN` not taken; returns its id. */
  add(type: string, target: string): string {
    const taken = new Set(this.list.map((r) => r.id));
    let n = this.list.length + 1;
    while (taken.has(`rId${n}`)) n += 1;
    const rel = { id: `rId${n}`, type, target, external: false };
    this.list.push(rel);
    this.added.push(rel);
    return rel.id;
  }

  get changed(): boolean {
    return this.added.length > 0;
  }

  toXml(): string {
    const lines = this.added.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttribute(r.target)}"/>`).join('');
    if (this.original === null) {
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${lines}</Relationships>`;
    }
    const root = rootOf(this.original);
    const close = this.original.lastIndexOf(`</${root.prefix}Relationships>`);
    if (close < 0) {
      // an empty <Relationships .../>
      return this.original.replace(/<((?:[\w.-]+:)?Relationships)\b((?:[^>"']|"[^"]*"|'[^']*')*?)\s*\/>/, `<$1$2>${lines}</$1>`);
    }
    return this.original.slice(0, close) + lines + this.original.slice(close);
  }
}

/** [Content_Types].xml with an Override for each new part (a part already listed keeps its entry). */
export function withOverrides(contentTypes: string, overrides: readonly { part: string; type: string }[]): string {
  const listed = new Set(tags(contentTypes, 'Override').map((a) => (a.get('PartName') ?? '').toLowerCase()));
  const lines = overrides
    .filter((o) => !listed.has(`/${o.part}`.toLowerCase()))
    .map((o) => `<Override PartName="/${escapeAttribute(o.part)}" ContentType="${o.type}"/>`)
    .join('');
  const close = contentTypes.lastIndexOf('</Types>');
  if (close < 0) throw new Error('[Content_Types].xml without </Types>');
  return contentTypes.slice(0, close) + lines + contentTypes.slice(close);
}

export interface SheetPart {
  name: string;
  /** e.g. `xl/worksheets/sheet4.xml` */
  part: string;
}

/** The workbook part, from the package's root relationships. */
export function workbookPart(rootRels: string): string {
  const rel = new Relationships(rootRels).list.find((r) => r.type === REL.officeDocument);
  if (!rel) throw new Error('the package names no workbook (_rels/.rels has no officeDocument relationship)');
  return resolveTarget('', rel.target);
}

/** The ordinary worksheets of the workbook, by name, with their parts; chartsheets and dialogsheets are left out. */
export function worksheets(workbook: string, workbookPath: string, workbookRels: string): SheetPart[] {
  const rels = new Relationships(workbookRels);
  const relPrefix = [...rootOf(workbook).namespaces].find(([, uri]) => uri === NS.r)?.[0] ?? 'r';
  const out: SheetPart[] = [];
  for (const m of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b(?:[^>"']|"[^"]*"|'[^']*')*>/g)) {
    const a = attributes(m[0]);
    const rel = rels.byId(a.get(`${relPrefix}:id`) ?? '');
    if (rel?.type === REL.worksheet) out.push({ name: a.get('name') ?? '', part: resolveTarget(workbookPath, rel.target) });
  }
  return out;
}
