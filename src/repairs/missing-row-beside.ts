/**
 * Repair check: a row the reader could not find, and numbers no row claims on the far side of its
 * neighbour. In `pdftotext -layout` text of a browser print, a row whose label wraps in a tall cell
 * may print its numbers on the line of the next row's label (`4. 保护第三` / `5. 属于三类
 * 内部事务信息方合法权益  29 0 0 …` / `0 0 31 42 …`): the first row's label is then no template
 * label (`row-missing`), the next row takes the numbers on its label's line, and its own numbers,
 * on the line below, stay unclaimed. Nothing checks it: the results total cannot be summed without
 * the lost row.
 *
 * The evidence: the lost row comes before its neighbour in the template, yet unclaimed numbers stand
 * after that neighbour's label (before the next found row's label): read in the template's order,
 * those numbers are the neighbour's and the neighbour's are the lost row's. (And the mirror: a lost
 * row after its neighbour, with unclaimed numbers before the neighbour's label.) The labels say one
 * thing, the order the other, so the neighbour's stated numbers are candidates only (`ambiguous`).
 *
 * The repair decides; the reader applies the decision.
 */

/** One data row of the table in template order, as the reader found it. */
export interface FoundRow {
  /** Row key. */
  key: string;
  /** Offset of the row label; null where the row was not found. */
  labelStart: number | null;
}

/**
 * The keys of the found rows beside a lost one (`rows` in template order) with unclaimed numbers
 * (offsets in `unclaimed`) on the side away from it, up to the next found row's label.
 */
export function rowsBesideMissing(rows: readonly FoundRow[], unclaimed: readonly number[]): string[] {
  if (unclaimed.length === 0) return [];
  const found = rows
    .filter((r): r is FoundRow & { labelStart: number } => r.labelStart !== null)
    .sort((a, b) => a.labelStart - b.labelStart);
  const out = new Set<string>();
  rows.forEach((r, i) => {
    if (r.labelStart !== null) return;
    const next = rows[i + 1];
    if (next?.labelStart != null) {
      const at = found.findIndex((f) => f.key === next.key);
      const end = found[at + 1]?.labelStart ?? Number.POSITIVE_INFINITY;
      if (unclaimed.some((u) => u > (next.labelStart as number) && u < end)) out.add(next.key);
    }
    const before = rows[i - 1];
    if (before?.labelStart != null) {
      const at = found.findIndex((f) => f.key === before.key);
      const start = found[at - 1]?.labelStart ?? Number.NEGATIVE_INFINITY;
      if (unclaimed.some((u) => u < (before.labelStart as number) && u > start)) out.add(before.key);
    }
  });
  return [...out];
}
