/**
 * Repair check: a row short of cells with numbers no row claims right after it. Plain `pdftotext`
 * of a browser print whose narrow cells wrap wide numbers writes a row's pieces before its label,
 * after it and on lines of their own (`四、结转下年度办理` / `６` / `４` / `８９８ ６８７ ５３３ ５７００` /
 * `８` / `４` / `２` …). Read after the label, the row keeps six numbers for seven cells, placed
 * from its first column, while the numbers after it stay unclaimed; a missing total leaves no sum to
 * catch it. The shortfall is then no evidence of vanished blanks: the row's numbers may be among the
 * unclaimed ones, so its stated numbers are candidates only (`ambiguous`).
 *
 * A whole row is no safer where its numbers stand on lines below its label: numbers on lines of
 * their own that go on past its cells, with no label between, end the row by their count alone
 * (plain `pdftotext` of a Chromium print writes the last rows' right-hand columns as a tail after the
 * last label: `（七）总计` / `0` / `0` / … , the other rows' cells, taken as the total's seven).
 *
 * The evidence: the row holds fewer numbers than cells and an unclaimed number stands after its
 * last one, before the next row's label (or the table's end); or its numbers stand below its label
 * and a whole row's worth of unclaimed numbers stands there (a stream going on, not a stray piece).
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
  /** Whether its first number stands on a line after its label's (not on the label's line). */
  belowLabel: boolean;
}

/**
 * The keys of the short rows an unclaimed number (offsets in `unclaimed`) follows before the next
 * row's label, and of the below-label rows `ncols` unclaimed numbers follow.
 */
export function shortRowsBeside(rows: readonly BesideRow[], unclaimed: readonly number[], ncols: number): string[] {
  const sorted = rows.slice().sort((a, b) => a.labelStart - b.labelStart);
  const out: string[] = [];
  sorted.forEach((r, i) => {
    if (!r.short && !r.belowLabel) return;
    const next = sorted[i + 1]?.labelStart ?? Number.POSITIVE_INFINITY;
    const after = unclaimed.filter((at) => at > r.lastEnd && at < next).length;
    if (r.short ? after > 0 : after >= ncols) out.push(r.key);
  });
  return out;
}
