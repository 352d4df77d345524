/**
 * Repair check: a row the reader could not find, or whose label took no numbers, and numbers no row
 * claims on the far side of the found rows after it. In `pdftotext -layout` text of a browser print,
 * a row whose label wraps in a tall cell may print its numbers on the line of the next row's label
 * (`4. 保护第三` / `5. 属于三类 内部事务信息方合法权益  29 0 0 …` / `0 0 31 42 …`): the first row's
 * label is then no template label (`row-missing`) or stands alone on its line, the next row takes the
 * numbers on its label's line, and so on down a run of rows, the last one's own numbers staying
 * unclaimed below it. Nothing checks it: the results total cannot be summed without the lost row.
 *
 * The evidence: the lost row comes before a run of found rows in the template, yet unclaimed numbers
 * stand after the run's last label (before the next found row's label): read in the template's
 * order, each row of the run holds the next one's numbers and the first holds the lost row's. (And the
 * mirror: a lost row after the run, with unclaimed numbers before the run's first label.) The labels
 * say one thing, the order the other, so the run's stated numbers are candidates only (`ambiguous`).
 *
 * The repair decides; the reader applies the decision.
 */

/** One data row of the table in template order, as the reader found it. */
export interface FoundRow {
  /** Row key. */
  key: string;
  /** Offset of the row label; null where the row was not found. */
  labelStart: number | null;
  /** The row's label was found but took no numbers (its cells missing): lost like a row not found. */
  empty?: boolean;
}

/** The longest run of found rows after (or before) a lost one whose numbers may all be shifted by one row. */
export const SHIFTED_RUN_LIMIT = 3;

/**
 * The keys of the found rows beside a lost one (`rows` in template order) with unclaimed numbers
 * (offsets in `unclaimed`) on the side away from it, up to the next found row's label: the run of
 * found rows (at most {@link SHIFTED_RUN_LIMIT}, consecutive in the text as in the template) from the
 * lost row to those numbers. Past a not-found row's next neighbour, or after a row whose label took
 * no numbers, the numbers there are `wholeRow` at least (a row's cells).
 */
export function rowsBesideMissing(rows: readonly FoundRow[], unclaimed: readonly number[], wholeRow: number): string[] {
  if (unclaimed.length === 0) return [];
  const found = rows
    .filter((r): r is FoundRow & { labelStart: number } => r.labelStart !== null)
    .sort((a, b) => a.labelStart - b.labelStart);
  const foundAt = new Map(found.map((f, i) => [f.key, i]));
  const lost = (r: FoundRow | undefined): boolean => r !== undefined && (r.labelStart === null || r.empty === true);
  const out = new Set<string>();
  rows.forEach((r, i) => {
    if (!lost(r)) return;
    for (const step of [1, -1]) {
      const run: string[] = [];
      // (an empty row's label is found: the run starts at the next found label after it)
      let prev = r.labelStart === null ? undefined : foundAt.get(r.key);
      let ownPlaceEmpty = false;
      for (let k = 1; k <= SHIFTED_RUN_LIMIT; k++) {
        const row = rows[i + step * k];
        const at = row ? foundAt.get(row.key) : undefined;
        if (!row || at === undefined || lost(row)) break;
        // the run stays in the template's order in the text: each row the next found label after the last
        if (prev !== undefined && at !== prev + step) break;
        prev = at;
        run.push(row.key);
        // (unclaimed numbers where the lost row's own would stand: its numbers, not taken by the run.
        // A row whose label took none: after its label; a row not found: just before the run, or,
        // the run before it, after the run's nearest row)
        if (k === 1) {
          const [from, to] =
            r.labelStart !== null
              ? [r.labelStart, found[(foundAt.get(r.key) as number) + 1]?.labelStart ?? Number.POSITIVE_INFINITY]
              : step === 1
                ? [found[at - 1]?.labelStart ?? Number.NEGATIVE_INFINITY, row.labelStart as number]
                : [row.labelStart as number, found[at + 1]?.labelStart ?? Number.POSITIVE_INFINITY];
          ownPlaceEmpty = !unclaimed.some((u) => u > from && u < to);
        }
        const start = row.labelStart as number;
        const bound = found[at + step]?.labelStart ?? step * Number.POSITIVE_INFINITY;
        const far = step === 1 ? (u: number) => u > start && u < bound : (u: number) => u < start && u > bound;
        // (beyond a lost row's next neighbour, or after an empty row, a whole row's numbers:
        // a wrapped number's stray piece there is no row's numbers)
        const classic = k === 1 && r.labelStart === null;
        if ((classic || ownPlaceEmpty) && countWhere(unclaimed, far) >= (classic ? 1 : wholeRow)) for (const key of run) out.add(key);
      }
    }
  });
  return [...out];
}

function countWhere(values: readonly number[], test: (v: number) => boolean): number {
  let n = 0;
  for (const v of values) if (test(v)) n++;
  return n;
}

/** One data row of the table in template order, as the reader read it, for {@link zeroRowsBeforeMissing}. */
export interface ReadRow {
  /** Row key. */
  key: string;
  /** Whether the row's label was found. */
  found: boolean;
  /** Whether it holds no number (its label found or not). */
  empty: boolean;
  /** Whether it holds a number in every cell. */
  full: boolean;
  /** Whether every number it holds is zero. */
  allZero: boolean;
  /** Whether its first number stands on a line after its label's (not on the label's line). */
  belowLabel: boolean;
  /** Whether label text stands between its numbers (they are no one run of cells). */
  split: boolean;
  /** Whether its numbers begin among its own label's pieces (before the label's last piece). */
  inLabel?: boolean;
}

/**
 * The keys of the full rows of zeros, read from lines below their labels with label text between
 * them, just before a row the
 * reader could not find or whose label took no numbers (in template order). LibreOffice's plain text of a report of zeros and
 * blanks writes each cell on a line of its own, the pieces of wrapped labels between them: a row
 * whose next row's label broke past recognition (`1. 信访举` / `0` / `五` / `报 投诉类`) reads on into
 * that row's numbers and fills its cells with its own and the lost row's zeros, its blanks gone
 * without a trace. Zeros moved between rows change no sum, so no rule shows it: the row's stated
 * numbers may be the lost row's, and are candidates only. (Rows with other numbers are checked by
 * the row sums; a row read on its label's line keeps its numbers by the line; a row whose zeros stand
 * in one run, no label text between them, read no row's cells past a label: a blank row after it.)
 * With `strayZeros` ({@link strayZerosLeft}), every full row of zeros read below its label. And a full
 * row of zeros standing among its own label's pieces between two rows read short (both found, neither
 * with a number in every cell): the tool wrote lower rows' cells among the wrapped label's pieces
 * (a late stack: `3.危及“三安` / five zeros of the row, two of the row below in the same columns /
 * `全一稳定”`), the row took seven, and the short rows around it are where the rest belong.
 */
export function zeroRowsBeforeMissing(rows: readonly ReadRow[], strayZeros = false): string[] {
  const out: string[] = [];
  const short = (r: ReadRow | undefined): boolean => r !== undefined && r.found && !r.full;
  rows.forEach((r, i) => {
    const next = rows[i + 1];
    if (!r.found || !r.full || !r.allZero || !r.belowLabel) return;
    const amongShortRows = r.inLabel === true && short(rows[i - 1]) && short(next);
    if ((r.split && next !== undefined && (!next.found || next.empty)) || amongShortRows || strayZeros) out.push(r.key);
  });
  return out;
}

/**
 * Whether the numbers no row of a table took are zeros, fewer than a row's `cells`: cells of rows
 * that lost them among the other rows' numbers (a whole row's worth is a row printed apart). Zeros
 * moved between rows change no sum, so a full row of zeros read below its label (in the text's
 * order, not by its label's line) may hold some of theirs, its own blanks gone without a trace:
 * LibreOffice's plain text writes the cells of lower rows' (a late stack) among a wrapped label's
 * pieces (`2.没有现成信` / seven zeros of three rows / `息需要另行制` / `作`; probe seed 356 p03). Its
 * stated zeros are then candidates only ({@link zeroRowsBeforeMissing}).
 */
export function strayZerosLeft(unplaced: readonly number[], cells: number): boolean {
  return unplaced.length > 0 && unplaced.length < cells && unplaced.every((v) => v === 0);
}
