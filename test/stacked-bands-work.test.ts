/**
 * The work of cutting a block into row bands (`tables/stacked-bands.ts`): the cells of the lines
 * `a..b` are grouped by columns for every band that may hold a row; the grouping of `a..b` is that
 * of `a..b-1` with line `b` added, so each line is grouped once per band start, not once per band.
 * A block where no piece stands over another (two lines apart at most) holds no wrapped number, and
 * is not cut at all. Counted by the reads of the cells' columns. Our own tokens, built here.
 */
import { describe, expect, it } from 'vitest';
import { joinBands, type TokenLine } from '../src/tables/stacked-bands.js';
import type { TableToken } from '../src/tables/tokens.js';

/** Lines of the block: each a label and a number, no number over another (rows, nothing wrapped). */
const LINES = 30;
/** The column of the pair of pieces one over the other (lines 0 and 1) in the block that has one. */
const PAIR_COLUMN = 120;

/** The column of a `0` cell on every line of the block that has one (a row with a blank-as-zero cell). */
const ZERO_COLUMN = 200;

/**
 * The block, with `pair` (a number) over itself on its first two lines or not, a `0` on every line
 * or not, and a counter of column reads.
 */
function block(pair: string | null, zeros = false): { tokens: TableToken[]; lines: TokenLine[]; reads: () => number } {
  let reads = 0;
  const tokens: TableToken[] = [];
  const lines: TokenLine[] = [];
  const counted = <T extends TableToken>(t: T, column: number): T => {
    Object.defineProperty(t, 'column', {
      enumerable: true,
      get: () => {
        reads++;
        return column;
      },
    });
    return t;
  };
  const value = (k: number, column: number, raw = '5'): TableToken => ({
    kind: 'value',
    raw,
    content: { kind: 'number', value: Number(raw), signed: false, digits: raw },
    start: 1000 * k + column,
    end: 1000 * k + column + raw.length,
    lineStart: false,
    line: k,
    gapBefore: 0,
  });
  for (let k = 0; k < LINES; k++) {
    const from = tokens.length;
    tokens.push(
      counted({ kind: 'label', text: `第${k}行`, start: 1000 * k, end: 1000 * k + 3, lineStart: true, line: k, gapBefore: 0 }, 0),
    );
    const column = 4 + 3 * k;
    tokens.push(counted(value(k, column), column));
    if (pair !== null && k < 2) tokens.push(counted(value(k, PAIR_COLUMN, pair), PAIR_COLUMN));
    if (zeros) tokens.push(counted(value(k, ZERO_COLUMN, '0'), ZERO_COLUMN));
    lines.push({ line: k, from, to: tokens.length });
  }
  return { tokens, lines, reads: () => reads };
}

describe('row bands: work', () => {
  it('groups each line once per band start (column reads linear in the lines), and joins nothing', () => {
    const b = block('5');
    expect(joinBands(b.tokens, b.lines)).toBeNull();
    // Each band start adds its lines one by one, each cell tested against the groups so far
    // (grouping every band from its first line again read about three times as many columns).
    expect(b.reads()).toBe(1889);
  });

  it('does not cut a block where no piece stands over another', () => {
    const b = block(null);
    expect(joinBands(b.tokens, b.lines)).toBeNull();
    // Each cell's column read while the cells are collected and the pairs looked for; cutting the
    // block into bands read 1,810.
    expect(b.reads()).toBe(261);
  });

  it('does not cut a block where the only piece over another starts with 0 (zeros over zeros)', () => {
    const b = block('0');
    expect(joinBands(b.tokens, b.lines)).toBeNull();
    // (no number starts with 0: `0` over `0` is two cells, not a wrapped number; cutting it read 1,885)
    expect(b.reads()).toBe(268);
  });

  it('groups no band whose first line holds a cell that cannot start a wrapped number', () => {
    const b = block('5', true);
    expect(joinBands(b.tokens, b.lines)).toBeNull();
    // Every line holds a `0`: a band over several lines would have to start a wrapped number with it
    // (a cell off the band's middle line is a piece), so no such band is grouped; grouping them read
    // 6,347 columns. (A one-line cell of a band is read once more: at the margin it is no cell placed by position.)
    expect(b.reads()).toBe(245);
  });
});
