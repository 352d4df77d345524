/**
 * Repair check: a row short of cells with numbers no row claims right after it. Plain `pdftotext`
 * of a browser print whose narrow cells wrap wide numbers writes a row's pieces before its label,
 * after it and on lines of their own (`四、结转下年度办理` / `６` / `４` / `８９８ ６８７ ５３３ ５７００` /
 * `８` / `４` / `２` …). Read after the label, the row keeps six numbers for seven cells, placed
 * from its first column, while the numbers after it stay unclaimed; a missing total leaves no sum to
 * catch it. The shortfall is then no evidence of vanished blanks: the row's numbers may be among the
 * unclaimed ones, so its stated numbers are candidates only (`ambiguous`).
 *
 * The evidence: the row holds fewer numbers than cells, and an unclaimed number stands after its
 * last one, before the next row's label (or the table's end).
 *
 * The repair decides; the reader applies the decision.
 */

/** One row of the table, as the reader read it. */
export interface BesideRow {
  /** Row key. */
  key: string;
  /** Offset of the row label. */
  labelStart: number;
  /** Offset where the row's last number ends (its label's end when it took none). */
  lastEnd: number;
  /** Whether it holds fewer numbers than cells. */
  short: boolean;
}

/** The keys of the short rows an unclaimed number (offsets in `unclaimed`) follows before the next row's label. */
export function shortRowsBeside(rows: readonly BesideRow[], unclaimed: readonly number[]): string[] {
  const sorted = rows.slice().sort((a, b) => a.labelStart - b.labelStart);
  const out: string[] = [];
  sorted.forEach((r, i) => {
    if (!r.short) return;
    const next = sorted[i + 1]?.labelStart ?? Number.POSITIVE_INFINITY;
    if (unclaimed.some((at) => at > r.lastEnd && at < next)) out.push(r.key);
  });
  return out;
}
