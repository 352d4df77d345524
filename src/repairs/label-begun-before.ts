/**
 * Repair check: a row found by a later piece of its own wrapped label, with numbers no row took on
 * the line of the label's numbered beginning. Text laid out from PDF positions (a Chromium print of
 * a table with Word's narrow columns) prints a tall row over several lines: its label wraps
 * (`5.属于三` / `类` / `内部事务` / `信息`) and so do its numbers, a digit or two a line, beside the
 * label's first lines (`4` over `9` for 49, `1` / `2` / `0` for 120). Where the pieces are not
 * joined, each line reads as a row of its own, and blank markers placed by the columns make every
 * line whole. The reader found the row by its keyword on the third piece (`内部事务`) and took that
 * line's numbers (blank markers and the last piece `0`: the row sum holds, 0 = 0), while the numbered
 * beginning (`5.属于三`), the row's own label, has numbers on its line that no row took.
 *
 * The evidence: the label piece right before the row's label (only numbers, blanks and line ends
 * between, no other label) is the numbered beginning of exactly this row's template label, and the
 * numbers on that piece's line are unclaimed: no row took them, or a row holding more numbers than
 * its cells did (the row above, its own numbers wrapped too and left unjoined, ran on over this
 * row's beginning to the piece it was found by: `4.保护第` … `5.属于三 — 4 — 4 2 — 1` / `类 …` /
 * `内部事务`, 18 numbers for 7 cells; it owns no more than its cells, so which of them are this
 * row's is as open as for numbers no row took). The row's numbers may be those (or its numbers pieces
 * of both): every stated number of the row is contested, a stated blank where the other line has a
 * number in its column (a whole row on the piece's line gives each column its candidate).
 *
 * The repair decides; the reader applies the decision (cells `ambiguous`) and reports it.
 */
import type { RowItem } from '../tables/placement.js';
import type { LabelToken, TableToken, ValueToken } from '../tables/tokens.js';
import { reachable, type LabelledRow, type UnownedBeforeDecision } from './unowned-before.js';

/** Label pieces looked at before a row's label (a wrapped label cell runs over a few lines; Word's widths make more). */
const MAX_PIECES_BEFORE = 8;

/** A labelled row as this repair reads it. */
export interface LabelBegunRow extends LabelledRow {
  /**
   * A row read from its pieces (the wrapped-cells deal): the offsets of the pieces its cells were read
   * from. It holds more items than its cells by nature; only numbers it did not read are unclaimed.
   */
  piecesRead?: ReadonlySet<number>;
}

/** What the repair needs of the table: its tokens and the row a numbered label piece begins. */
export interface LabelBegunInput {
  /** The table's tokens in source order. */
  tokens: readonly TableToken[];
  /** The labelled data rows (stated ones carry `columns`). */
  rows: readonly LabelBegunRow[];
  /** Items no row holds. */
  unplaced: readonly RowItem[];
  /**
   * The row (address prefix) whose template label `label` is the numbered beginning of; null for a
   * row's or group's label or the beginning of none or several; undefined for a piece of a wrapped
   * label (text that starts no row).
   */
  begins: (label: LabelToken) => string | null | undefined;
}

/** Decides which stated rows the unclaimed numbers on their label's numbered beginning contest (see the module comment). */
export function decideLabelBegunBefore(input: LabelBegunInput): UnownedBeforeDecision[] {
  const { tokens, rows, unplaced, begins } = input;
  const out: UnownedBeforeDecision[] = [];
  // (numbers no row took, or held by a row holding more than its cells: see the module comment)
  const unclaimed = new Map<number, RowItem>();
  for (const it of unplaced) unclaimed.set(it.token.start, it);
  for (const r of rows) if (r.items.length > r.cells && !r.piecesRead) for (const it of r.items) unclaimed.set(it.token.start, it);
  if (![...unclaimed.values()].some((i) => i.token.kind === 'value')) return out;
  const index = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (t.kind === 'label') index.set(t.start, i);
  });
  for (const row of rows) {
    if (!row.columns) continue;
    const at = index.get(row.labelStart);
    if (at === undefined) continue;
    // The numbered beginning of the row's label: label pieces before it (numbers, blanks and line
    // ends passed over) up to one that begins a row, or another row's or group's label.
    let piece: LabelToken | null = null;
    for (let k = at - 1, seen = 0; k >= 0 && seen < MAX_PIECES_BEFORE; k--) {
      const t = tokens[k] as TableToken;
      if (t.kind !== 'label') continue;
      seen++;
      const begun = begins(t);
      if (begun === undefined) continue;
      if (begun === row.row) piece = t;
      break;
    }
    if (!piece) continue;
    const line = piece.line;
    const theirs: RowItem[] = [];
    for (let k = (index.get(piece.start) as number) + 1; k < at; k++) {
      const t = tokens[k] as TableToken;
      if ((t.kind !== 'value' && t.kind !== 'blank') || t.line !== line) continue;
      const it = unclaimed.get(t.start);
      if (it && row.piecesRead?.has(t.start) !== true) theirs.push(it);
    }
    if (!theirs.some((it) => it.token.kind === 'value')) continue;
    const decision = contest(row, theirs, theirs.length === row.cells);
    if (decision) out.push(decision);
  }
  return out;
}

/**
 * Every stated number of the row is contested, with the number in its column on the beginning's
 * line (`theirs`, a whole row) as the other candidate: a number both lines give may be a piece of a
 * number wrapped over them (`1` over `4` over `1` for 141), so neither line states it. A stated blank
 * is contested where the other line has a number in its column; one both lines leave blank stays.
 * Numbers of no known columns (not `whole`: fewer than the row's cells, blanks that printed nothing)
 * add no candidate to a stated number, but a stated blank is contested by every number whose place
 * may reach its column (see {@link reachable}): the row's own numbers were printed there, so a blank
 * stated in a column one of them may stand in is not known.
 */
function contest(row: LabelledRow, theirs: readonly RowItem[], whole: boolean): UnownedBeforeDecision | null {
  const columns: number[] = [];
  const candidates: number[][] = [];
  const tokens: ValueToken[][] = [];
  (row.columns ?? []).forEach((p, j) => {
    const other = whole ? theirs[j]?.token : undefined;
    const otherValue = other?.kind === 'value' ? other : null;
    if (p.status === 'blank' && !whole) {
      const reach = reachable(theirs, j, row.cells).flatMap((it) => (it.token.kind === 'value' ? [it.token] : []));
      if (reach.length === 0) return;
      columns.push(j);
      candidates.push([...new Set(reach.map((t) => t.content.value))]);
      tokens.push(reach);
      return;
    }
    if (p.status === 'blank' && !otherValue) return;
    if (p.status !== 'value' && p.status !== 'blank') return;
    const own = p.status === 'value' ? [p.token] : [];
    const all = otherValue && !own.some((t) => t.content.value === otherValue.content.value) ? [...own, otherValue] : own;
    columns.push(j);
    candidates.push(all.map((t) => t.content.value));
    tokens.push(all);
  });
  return columns.length > 0
    ? { repair: 'label-begun-before', row: row.row, columns, candidates, tokens, unclaimed: theirs.map((it) => it.token.raw) }
    : null;
}
