/**
 * Repair: table 四's numbers under header blocks (plain `pdftotext` of a page whose header cells
 * span several rows, as Word writes them). Such a header comes out as a few text blocks, each
 * holding the header words of some adjacent columns (`结果维持` alone, then `行政复议 … 尚未审结 总计
 * … 结果维持`, then `复议后起诉 结果纠正 … 总计`), in the order of the columns; the numbers under them
 * come out as blocks of one number each (that is part of the evidence), in an order of the tool's own: the numbers under each header
 * block keep their order, but the tool may write the first number under a later block before the
 * rest under an earlier one (`22` / `0` / `11` … for columns 2, 12, 3 …).
 *
 * The evidence is counted from the text: each header block's columns (the words that begin a
 * column name: 维持, 纠正, 其他, 尚未, 总计), fifteen in all, and fifteen numbers, those printed inside
 * a header block filling all of its columns; at least one header block holds its numbers (so the
 * blocks are blocks of columns, not rows of header words across the table), and every other number
 * is a block of its own. Every way of dealing the other numbers out to the header
 * blocks in their order (each block's numbers in the order read) is tried against the group sums;
 * a column keeps a value only when every way that keeps them puts the same number there, and is
 * `ambiguous` otherwise. Nothing is decided when the counts do not match, no way keeps the sums, or
 * the table's work budget runs out.
 *
 * The repair decides; the reader applies the decision.
 */
import type { WorkBudget } from '../tables/budget.js';
import type { Placement, RowPlacement } from '../tables/placement.js';
import type { LabelToken, TableToken, ValueToken } from '../tables/tokens.js';

/** The character that begins each column name of table 四 (结果维持, 结果纠正, 其他结果, 尚未审结, 总计). */
const COLUMN_MARKS = /[维纠其尚总]/g;

/** Units of the work budget one step of the dealing search costs (placing a number and checking the sums). */
const DEAL_STEP_COST = 3;

/**
 * A check of a partial row (`NaN`: a column not dealt yet): false when the group sums can no longer
 * hold.
 */
export type PartialRowCheck = (cells: Float64Array) => boolean;

/** One header block: the columns it covers and the numbers printed inside it. */
interface HeaderBlock {
  columns: number;
  values: ValueToken[];
}

/** What the repair decided. */
export interface HeaderBlocksDecision {
  /** The repair. */
  repair: 'table4-header-blocks';
  /** The placement of the row of fifteen. */
  placement: RowPlacement;
  /** Ways of dealing the numbers that keep the sums. */
  fitting: number;
}

/** Splits the region's tokens into blocks at blank lines. */
function blocksOf(tokens: readonly TableToken[]): TableToken[][] {
  const out: TableToken[][] = [];
  let current: TableToken[] = [];
  for (const t of tokens) {
    if (t.kind === 'break') continue;
    if (t.lineStart && t.gapBefore > 0 && current.length > 0) {
      out.push(current);
      current = [];
    }
    current.push(t);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Reads the row of `ncols` from header blocks and the number blocks after them (see the module
 * comment), or null when the text does not show that layout. `check` evaluates the group sums on a
 * partial row; `holds` on a complete one.
 */
export function readHeaderBlocks(
  tokens: readonly TableToken[],
  ncols: number,
  check: PartialRowCheck,
  holds: (cells: Float64Array) => boolean,
  budget: WorkBudget,
): HeaderBlocksDecision | null {
  const headers: HeaderBlock[] = [];
  const stream: ValueToken[] = [];
  for (const block of blocksOf(tokens)) {
    const labels = block.filter((t): t is LabelToken => t.kind === 'label');
    const values = block.filter((t): t is ValueToken => t.kind === 'value');
    if (block.some((t) => t.kind === 'blank')) return null;
    if (labels.length === 0) {
      // A block of one number, after every header block (numbers before a header, or several side
      // by side on a line, are another layout).
      if (headers.length === 0 || values.length !== 1) return null;
      for (const v of values) stream.push(v);
      continue;
    }
    const columns = labels.reduce((n, l) => n + (l.text.match(COLUMN_MARKS)?.length ?? 0), 0);
    if (columns === 0) {
      if (values.length > 0) return null;
      continue;
    }
    // Numbers inside a header block come after its words and fill all of its columns.
    const firstValue = block.findIndex((t) => t.kind === 'value');
    if (values.length > 0 && (values.length !== columns || block.slice(firstValue).some((t) => t.kind === 'label'))) return null;
    if (stream.length > 0) return null;
    headers.push({ columns, values });
  }
  // A header block holding the number under its words shows that the blocks are column blocks (a
  // header printed as rows of words across all columns is another layout).
  if (headers.length < 2 || !headers.some((h) => h.values.length > 0)) return null;
  if (headers.reduce((n, h) => n + h.columns, 0) !== ncols) return null;
  if (headers.reduce((n, h) => n + h.values.length, 0) + stream.length !== ncols) return null;

  // Columns of each header block, and the numbers each still takes from the stream.
  const startOf: number[] = [];
  let at = 0;
  for (const h of headers) {
    startOf.push(at);
    at += h.columns;
  }
  const need = headers.map((h) => h.columns - h.values.length);
  const cells = new Float64Array(ncols).fill(Number.NaN);
  const chosen = new Array<ValueToken | null>(ncols).fill(null);
  headers.forEach((h, k) =>
    h.values.forEach((v, i) => {
      cells[(startOf[k] as number) + i] = v.content.value;
      chosen[(startOf[k] as number) + i] = v;
    }),
  );
  const dealt = headers.map(() => 0);
  const seen: Map<number, ValueToken>[] = Array.from({ length: ncols }, () => new Map());
  let fitting = 0;
  let exhausted = false;
  const deal = (i: number): void => {
    if (exhausted) return;
    if (i === stream.length) {
      if (!holds(cells)) return;
      fitting++;
      chosen.forEach((t, j) => {
        if (t && !(seen[j] as Map<number, ValueToken>).has(t.content.value)) (seen[j] as Map<number, ValueToken>).set(t.content.value, t);
      });
      return;
    }
    const v = stream[i] as ValueToken;
    for (let k = 0; k < headers.length && !exhausted; k++) {
      if ((dealt[k] as number) >= (need[k] as number)) continue;
      if (!budget.spend(DEAL_STEP_COST)) {
        exhausted = true;
        return;
      }
      const j = (startOf[k] as number) + (headers[k] as HeaderBlock).values.length + (dealt[k] as number);
      cells[j] = v.content.value;
      chosen[j] = v;
      dealt[k] = (dealt[k] as number) + 1;
      if (check(cells)) deal(i + 1);
      dealt[k] = (dealt[k] as number) - 1;
      cells[j] = Number.NaN;
      chosen[j] = null;
    }
  };
  deal(0);
  if (exhausted || fitting === 0) return null;
  const columns = seen.map((m): Placement => {
    const values = [...m.entries()];
    if (values.length === 1) return { status: 'value', token: (values[0] as [number, ValueToken])[1] };
    return { status: 'ambiguous', candidates: values.map(([v]) => v), tokens: values.map(([, t]) => t) };
  });
  return { repair: 'table4-header-blocks', placement: { columns, surplus: 0, deficit: 0, reordered: true, orders: fitting }, fitting };
}
