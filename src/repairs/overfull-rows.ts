/**
 * Repair check: table 二's rows of one sub-table where one row holds more numbers than it has
 * cells while another holds fewer. Plain `pdftotext` of an Office print writes a wrapped row label
 * (`行政规` / `范性文件`) as pieces with numbers between and after them, and the numbers of the row
 * above can come out after the next row's label (`规章` / `14` / `行政规` / `382` / `范性文件` /
 * `87,391 46,364` / `25,164 941`). Read after their labels, the first row keeps one number and the
 * second five: the surplus says some of the second row's numbers are the first row's, and which
 * ones only the order of the stream could tell. Table 二 has no equations to decide it, so the
 * overfull row keeps its numbers only as candidates (`ambiguous`), its blanks as `missing`; the
 * short row is flagged by its own deficit. A row right after a short one that holds exactly its
 * cells is read so too (`规章` / `0` / `行政规范性文件` / `0` / `0` / `0`, the truth `0 0 -` and
 * `0 - 0`: blanks vanished, and the first row's second number came after the next label). Its first cells that stand on a line of its own label
 * (`行政规范性文件 18`), or between two pieces of it (`行政规` / `382` / `范性文件`), stay stated: a
 * label printed on or around numbers owns them.
 *
 * The repair decides; the reader applies the decision ({@link unsettle}).
 */
import { candidateOnly, type Placement, type RowPlacement } from '../tables/placement.js';
import type { LabelToken } from '../tables/tokens.js';

/** What the check reads of one row of a sub-table. */
export interface RowCount {
  /** Numbers and blanks found for the row (its own and those after a visible row end). */
  items: number;
  /** Cells of the row. */
  columns: number;
}

/**
 * For each row (in template order), whether its numbers may be another row's: it holds more items
 * than cells while another row of the same sub-table holds fewer; or it holds all its cells right
 * after a row that holds fewer (the short row's numbers may have spilled after the next label); or,
 * where the text prints numbers before their labels (`numbersMayPrecede`: a block stream), it holds
 * all its cells right before a row that holds fewer (the short row's first numbers may stand before
 * its label: `规章` / `0` / `0` / `0` / `行政规范性文件` / `0` for `0 0 -` and `- 0 0`).
 */
export function overfullBesideShort(rows: readonly (RowCount | null)[], numbersMayPrecede = false): boolean[] {
  const isShort = (r: RowCount | null | undefined): boolean => !!r && r.items < r.columns;
  const short = rows.some(isShort);
  // (a row that took no number at all spilled none: its cells may be blanks its text wrote as
  // nothing, a paragraph of one space in clipboard text)
  const spilled = (r: RowCount | null | undefined): boolean => isShort(r) && (r as RowCount).items > 0;
  return rows.map(
    (r, i) =>
      r !== null &&
      ((short && r.items > r.columns) ||
        (spilled(rows[i - 1]) && r.items >= r.columns) ||
        (numbersMayPrecede && spilled(rows[i + 1]) && r.items >= r.columns)),
  );
}

/**
 * A row whose numbers may be another row's: past its first cells standing on its label's line or
 * inside its (wrapped) label, a stated value becomes its only candidate, a blank `missing`.
 */
export function unsettle(placement: RowPlacement, label: LabelToken): void {
  let own = true;
  placement.columns = placement.columns.map((p): Placement => {
    own &&=
      (p.status === 'value' || p.status === 'blank') &&
      (p.token.line === label.line || (p.token.start > label.start && p.token.start < label.end));
    return own ? p : candidateOnly(p);
  });
}
