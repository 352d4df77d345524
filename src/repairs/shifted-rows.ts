/**
 * Repair: a whole row read from the numbers after its label that may be the next row's, printed
 * before that row's label. Plain `pdftotext` of a LibreOffice print sometimes writes a stretch of
 * rows with each row's numbers before its label (a tall label cell comes out after the short cells
 * beside it): row A's label, then row B's numbers, then B's label, then C's first numbers, C's
 * label and C's other numbers. Read after their labels, A takes B's seven numbers (they keep a row
 * sum: they are a row), B the few numbers of C before C's label, and C the rest; A is then stated
 * with another row's values and no equation need fail (B and C are ambiguous, their cells unknown).
 *
 * The evidence read, in text with no blank written and no position grid (plain `pdftotext`): three rows A, B, C consecutive in the
 * template and in the text, each key read once (A's key may have labels without numbers too); A holds exactly a row's numbers, keeping its row
 * sum, and its last number stands right before B's label; B is short and its numbers stand right
 * before C's label; and B's numbers with C's are exactly a row keeping C's row sum. Read shifted
 * (each row owning the numbers before its label), B and C are whole and keep their sums; read as
 * printed, both are short. Unless the table's equations fail with the shifted reading (B taking
 * A's numbers, C taking B's and its own, A unknown), A's cells may be B's: the reader keeps A's
 * numbers only as candidates (`ambiguous`), and B's numbers as read stay as they were.
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';
import { segmentsByKey, type RowSegment } from '../tables/rows.js';
import type { TableToken } from '../tables/tokens.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { TABLE_NAMES } from '../template/table-names.js';

/** What the repair works from, given by the table reader. */
export interface ShiftedRowsInput<K extends string> {
  /** Rows in source order. */
  rows: readonly RowSegment<K>[];
  /** The template's data rows, in order. */
  dataRows: readonly K[];
  /** Cells per row. */
  ncols: number;
  /** Whether the table writes no blank and its numbers have no position grid (plain pdftotext). */
  unpositioned: boolean;
  /** The table's tokens in source order (to see what stands right before a label). */
  tokens: readonly TableToken[];
  /** Whether a row of `ncols` items keeps its row sum. */
  rowHolds: (key: K, items: readonly RowItem[]) => boolean;
  /** Whether no equation of the table fails with some rows read so. */
  tableHolds: (assignment: ReadonlyMap<K, readonly RowItem[]>) => boolean;
  /** A row of unknown cells standing for a row's `ncols` cells (no equation is decided by it). */
  unknownRow: (like: RowItem) => RowItem[];
}

/** What the repair decided for one window of three rows. */
export interface ShiftedRowsDecision<K extends string> {
  /** The repair. */
  repair: 'shifted-rows';
  /** The whole row whose numbers may be the next row's. */
  row: RowSegment<K>;
  /** The short row whose numbers they may be. */
  next: RowSegment<K>;
}

/** Whether the token right before `label` (row breaks aside) is `item`'s. */
function rightBefore(tokens: readonly TableToken[], item: RowItem, label: TableToken): boolean {
  const at = tokens.indexOf(label);
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k] as TableToken;
    if (t.kind === 'break') continue;
    return t === item.token;
  }
  return false;
}

/** Finds the whole rows whose numbers may be the next row's (see the module comment). */
export function decideShiftedRows<K extends string>(input: ShiftedRowsInput<K>): ShiftedRowsDecision<K>[] {
  const { rows, dataRows, ncols, tokens, rowHolds, tableHolds } = input;
  const out: ShiftedRowsDecision<K>[] = [];
  if (!input.unpositioned) return out;
  const byKey = segmentsByKey(rows);
  // (a key read once; the whole row may share its key with labels holding no numbers, the reader
  // reads the one holding numbers)
  const once = (key: K | undefined, withItems: boolean): RowSegment<K> | null => {
    const all = key === undefined ? [] : (byKey.get(key) ?? []);
    const s = withItems ? all.filter((r) => r.evidence.items.length > 0) : all;
    return s.length === 1 ? (s[0] as RowSegment<K>) : null;
  };
  for (let k = 0; k + 2 < dataRows.length; k++) {
    const a = once(dataRows[k], true);
    const b = once(dataRows[k + 1], false);
    const c = once(dataRows[k + 2], false);
    if (!a || !b || !c) continue;
    const at = rows.indexOf(a);
    if (rows.indexOf(b) !== at + 1 || rows.indexOf(c) !== at + 2) continue;
    if (a.overflow.length > 0 || b.overflow.length > 0 || c.overflow.length > 0) continue;
    // The row before A holding more than a row's numbers (A's, printed before its label): that
    // reading is the unowned-before repair's, which keeps both owners of A's cells as candidates.
    if ((rows[at - 1]?.evidence.items.length ?? 0) > ncols) continue;
    const aItems = a.evidence.items;
    const bItems = b.evidence.items;
    const cItems = c.evidence.items;
    if (aItems.length !== ncols || bItems.length === 0 || bItems.length >= ncols || cItems.length >= ncols) continue;
    if (bItems.length + cItems.length !== ncols) continue;
    if (!rightBefore(tokens, aItems[ncols - 1] as RowItem, b.label) || !rightBefore(tokens, bItems[bItems.length - 1] as RowItem, c.label))
      continue;
    const shifted = [...bItems, ...cItems];
    if (!rowHolds(a.key, aItems) || !rowHolds(b.key, aItems) || !rowHolds(c.key, shifted)) continue;
    const assignment = new Map<K, readonly RowItem[]>([
      [a.key, input.unknownRow(aItems[0] as RowItem)],
      [b.key, aItems],
      [c.key, shifted],
    ]);
    if (!tableHolds(assignment)) continue;
    out.push({ repair: 'shifted-rows', row: a, next: b });
  }
  return out;
}

/**
 * Runs {@link decideShiftedRows} and applies it: the whole row of each decision keeps its numbers
 * only as candidates (`into`, the reader's readings per row: its numbers, and a row of unknown
 * cells), and the pair is reported (`numbers-may-be-next-row`).
 */
export function applyShiftedRows<K extends string>(
  ctx: Reporter,
  table: 't3',
  input: ShiftedRowsInput<K>,
  into: Map<RowSegment<K>, RowItem[][]>,
): ShiftedRowsDecision<K>[] {
  const decisions = decideShiftedRows(input);
  for (const d of decisions) {
    const items = d.row.evidence.items;
    into.set(d.row, [[...items], input.unknownRow(items[0] as RowItem)]);
    ctx.report('numbers-may-be-next-row', {
      target: TABLE_NAMES[table],
      detail: `${d.row.label.text} / ${d.next.label.text}`,
      path: `${table}.${d.row.key}`,
      location: ctx.location(d.row.label.start, d.row.label.end),
    });
  }
  return decisions;
}
