// The orders every output shares, so that two runs over the same input give the same bytes.

/** Plain code-unit order, independent of the locale. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Unit code, then target id, then a unit's own result before its whole area's. */
export function byUnitThenTarget(
  a: { unit: { code: string }; target: string; aggregate: boolean },
  b: { unit: { code: string }; target: string; aggregate: boolean },
): number {
  return byText(a.unit.code, b.unit.code) || byText(a.target, b.target) || Number(a.aggregate) - Number(b.aggregate);
}
