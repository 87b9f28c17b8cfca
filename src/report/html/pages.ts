// The HTML report's pages, laid out when the file is written: blocks and table rows of known height
// (in millimetres) are placed on A4 sheets one after the other, a table continuing on the next sheet
// under its repeated head, a heading kept with what follows it. Each sheet is one printed page, so the
// page count is known, printed in every footer, and is what a browser's "print to PDF" gives.

/** A piece that is never split: a heading, a chart card, a paragraph. */
export interface BlockItem {
  kind: 'block';
  html: string;
  height: number;
  /** kept on one sheet with the beginning of the next item */
  keepWithNext?: boolean;
  /** an id whose page number the table of contents shows */
  anchor?: string;
}

export interface TableRow {
  html: string;
  height: number;
  /** kept on one sheet with the next row (a group's heading row) */
  keepWithNext?: boolean;
}

/** A table whose rows may run over several sheets, its head repeated on each. */
export interface TableItem {
  kind: 'table';
  /** the `<table …>` opening tag and its `<colgroup>`, `<thead>`: everything before the rows */
  open: string;
  headHeight: number;
  rows: TableRow[];
}

/** The next item starts a new sheet. */
export interface BreakItem {
  kind: 'break';
}

export type Item = BlockItem | TableItem | BreakItem;

export interface Layout {
  /** each sheet's body, as HTML */
  sheets: string[];
  /** anchor → the 1-based page it is on */
  anchors: Map<string, number>;
}

function leadHeight(item: Item | undefined): number {
  if (!item || item.kind === 'break') return 0;
  if (item.kind === 'block') return item.height;
  const first = item.rows[0];
  return item.headHeight + (first ? first.height : 0);
}

/** Places the items on sheets of `bodyHeight` millimetres. */
export function paginate(items: readonly Item[], bodyHeight: number): Layout {
  const sheets: string[][] = [[]];
  const anchors = new Map<string, number>();
  let used = 0;
  const current = () => sheets[sheets.length - 1] as string[];
  const newSheet = () => {
    if (current().length > 0) sheets.push([]);
    used = 0;
  };
  const fits = (height: number) => used === 0 || used + height <= bodyHeight;

  items.forEach((item, index) => {
    if (item.kind === 'break') {
      newSheet();
      return;
    }
    if (item.kind === 'block') {
      const need = item.height + (item.keepWithNext ? leadHeight(items[index + 1]) : 0);
      if (!fits(need)) newSheet();
      if (item.anchor !== undefined) anchors.set(item.anchor, sheets.length);
      current().push(item.html);
      used += item.height;
      return;
    }
    if (item.rows.length === 0) return;
    let open = false;
    item.rows.forEach((row, r) => {
      const next = item.rows[r + 1];
      const need = row.height + (row.keepWithNext && next ? next.height : 0);
      if (!open) {
        if (!fits(item.headHeight + need)) newSheet();
      } else if (!fits(need)) {
        current().push('</tbody></table>');
        newSheet();
        open = false;
      }
      if (!open) {
        current().push(item.open, '<tbody>');
        used += item.headHeight;
        open = true;
      }
      current().push(row.html);
      used += row.height;
    });
    current().push('</tbody></table>');
  });
  return { sheets: sheets.filter((s, i) => s.length > 0 || i === 0).map((s) => s.join('')), anchors };
}
