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
 * (`行政规范性文件 18`), and the first between two pieces of it (`行政规` / `382` / `范性文件`), stay
 * stated: a label printed on or around numbers owns them. Where the cells stand as blocks of their own, only
 * the first between its pieces: a later one may be the short row's cell of a column printed later
 * (`其他对外` / `０` / `+２` / `０` / `管理服务事项`, the last `０` the row above's).
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
 * inside its (wrapped) label (only the first of these where the cells stand as blocks of their own,
 * `cellsApart`; see {@link OWNED_INSIDE_LABEL}), a stated value becomes its only candidate, a blank `missing`.
 */
export function unsettle(placement: RowPlacement, label: LabelToken, cellsApart = false): void {
  let own = true;
  let inside = 0;
  placement.columns = placement.columns.map((p): Placement => {
    const stated = p.status === 'value' || p.status === 'blank';
    const onLine = stated && p.token.line === label.line;
    const within = stated && !onLine && p.token.start > label.start && p.token.start < label.end;
    if (within) inside++;
    own &&= onLine || (within && (!cellsApart || inside <= OWNED_INSIDE_LABEL));
    return own ? p : candidateOnly(p);
  });
}

/**
 * Where the cells stand as blocks of their own (`cellsApart`: plain `pdftotext` of an Office print,
 * which writes its blocks in an order of its own), how many cells standing between a wrapped label's
 * pieces the label owns past those on its own line: the first, beside its first piece. Later ones may
 * be the row above's, a column printed later (`行政许可` / `３` / `－３` / `其他对外` / `０` / `+２` / `０` /
 * `管理服务事项`, each a block: the last `０` is 行政许可's third cell, the other row's third cell blank).
 * Cells printed a line after the other (Chromium's print) come in the row's order: the label owns them all.
 */
const OWNED_INSIDE_LABEL = 1;
