/**
 * Repair check after a table is read (adds diagnostics only): stacks of digits a converter packed
 * together. A browser prints a long count in a narrow cell digit by digit, one digit a line (a
 * vertical stack per cell); `pdftotext -layout` may then compress the character columns of one
 * row's stacks, setting two neighbouring stacks one space apart where other rows of the table set
 * the same two columns' stacks farther apart, and inside such packed stacks the order of the text
 * is not the page's (two cells printed in each other's place; the row sum still holds). Positions
 * the tool compressed are no evidence of the order.
 *
 * The signature: in one row, two neighbouring columns' cells, one of them at least a stack (over two
 * or more lines; a one-digit count is a stack of one line), stand at most {@link MAX_PACKED_GAP}
 * character apart, and a well-spaced row of the table (every cell stated, stacks among them, no two
 * neighbours packed: the columns' places as the tool set them apart) has the same two columns at
 * least {@link MIN_PITCH_SURPLUS} characters farther apart. Where no row of the table is well
 * spaced, packing is the table's ordinary spacing and no evidence. The two cells are named where they differ (a swap of equal values
 * changes nothing) and no holding equation keeps either of them; values stay as read.
 */

/** A stated cell of a row, with its place in the text. */
export interface PlacedCell {
  /** The cell's address (relative to its table). */
  address: string;
  /** The value read. */
  value: number;
  /** Character column of its first piece (on its first line). */
  column: number;
  /** Characters of its first piece. */
  width: number;
  /** Text lines the cell spans (a stack: two or more). */
  lines: number;
}

/** Two neighbouring cells of one row whose stacks stand packed where another row sets them apart. */
export interface PackedPair {
  /** The two cells' addresses, in the table's column order. */
  addresses: [string, string];
  /** Characters from the first cell's column to the second's in this row. */
  pitch: number;
  /** The same in the row that sets them farthest apart. */
  apart: number;
}

/** Spaces between two stacks at most for them to count as packed (stacks one space apart). */
const MAX_PACKED_GAP = 1;

/** Characters by which another row must set the two columns farther apart than the packed row. */
const MIN_PITCH_SURPLUS = 2;

/** Lines a cell spans at least to be a stack. */
const MIN_STACK_LINES = 2;

/**
 * The packed pairs of `rows` (each row's cells in the table's column order, `null` where the cell
 * is no stated value or its place is unknown), skipping cells `kept` says a holding equation keeps.
 */
export function packedStacks(rows: readonly (readonly (PlacedCell | null)[])[], kept: (address: string) => boolean): PackedPair[] {
  const references = rows.filter(isWellSpaced);
  if (references.length === 0) return [];
  const out: PackedPair[] = [];
  for (const row of rows) {
    for (let i = 0; i + 1 < row.length; i++) {
      const a = row[i];
      const b = row[i + 1];
      if (!a || !b || a.value === b.value) continue;
      if (a.lines < MIN_STACK_LINES && b.lines < MIN_STACK_LINES) continue;
      if (gapOf(a, b) > MAX_PACKED_GAP) continue;
      const pitch = b.column - a.column;
      const apart = widestApart(references, i);
      if (apart < pitch + MIN_PITCH_SURPLUS) continue;
      if (kept(a.address) || kept(b.address)) continue;
      out.push({ addresses: [a.address, b.address], pitch, apart });
    }
  }
  return out;
}

/**
 * The stretched pairs of `rows` (as {@link packedStacks} takes them): in a row where the tool packed
 * two neighbouring stacks (its positions compressed, {@link packedStacks}), two other neighbouring
 * cells, one of them at least a stack, stand at least {@link MIN_PITCH_SURPLUS} characters farther
 * apart than any well-spaced row sets the same two columns. Compressing a row's columns leaves
 * room where it moved a stack out of its place (a stack set before the packed ones that belongs
 * after them, the row sum still holding), so such a wide gap in a packed row is no evidence of the
 * order either. `apart` is the widest the well-spaced rows set them. Named as {@link packedStacks}
 * names them (different values, no holding equation keeping either); values stay as read.
 */
export function stretchedStacks(rows: readonly (readonly (PlacedCell | null)[])[], kept: (address: string) => boolean): PackedPair[] {
  const references = rows.filter(isWellSpaced);
  if (references.length === 0) return [];
  const out: PackedPair[] = [];
  for (const row of rows) {
    if (!holdsPackedPair(row, references)) continue;
    for (let i = 0; i + 1 < row.length; i++) {
      const a = row[i];
      const b = row[i + 1];
      if (!a || !b || a.value === b.value) continue;
      if (a.lines < MIN_STACK_LINES && b.lines < MIN_STACK_LINES) continue;
      const pitch = b.column - a.column;
      const apart = widestApart(references, i);
      if (pitch < apart + MIN_PITCH_SURPLUS) continue;
      if (kept(a.address) || kept(b.address)) continue;
      out.push({ addresses: [a.address, b.address], pitch, apart });
    }
  }
  return out;
}

/** Whether `row` holds two neighbouring stacks packed where a reference row sets their columns apart. */
function holdsPackedPair(row: readonly (PlacedCell | null)[], references: readonly (readonly (PlacedCell | null)[])[]): boolean {
  for (let i = 0; i + 1 < row.length; i++) {
    const a = row[i];
    const b = row[i + 1];
    if (!a || !b) continue;
    if (a.lines < MIN_STACK_LINES && b.lines < MIN_STACK_LINES) continue;
    if (gapOf(a, b) > MAX_PACKED_GAP) continue;
    if (widestApart(references, i) >= b.column - a.column + MIN_PITCH_SURPLUS) return true;
  }
  return false;
}

/** The widest the reference rows set columns `i` and `i + 1` apart (their pitch), -1 without references. */
function widestApart(references: readonly (readonly (PlacedCell | null)[])[], i: number): number {
  let apart = -1;
  for (const r of references) apart = Math.max(apart, (r[i + 1] as PlacedCell).column - (r[i] as PlacedCell).column);
  return apart;
}

/** Spaces between two cells of a line (negative where they overlap). */
function gapOf(a: PlacedCell, b: PlacedCell): number {
  return b.column - (a.column + a.width);
}

/**
 * Whether a row is a reference of the columns' places: every cell stated, one stack at least, and
 * no two neighbours packed (the tool set every column apart).
 */
function isWellSpaced(row: readonly (PlacedCell | null)[]): boolean {
  if (row.some((c) => c === null)) return false;
  const cells = row as readonly PlacedCell[];
  if (!cells.some((c) => c.lines >= MIN_STACK_LINES)) return false;
  for (let i = 0; i + 1 < cells.length; i++) if (gapOf(cells[i] as PlacedCell, cells[i + 1] as PlacedCell) <= MAX_PACKED_GAP) return false;
  return true;
}
