/**
 * The work of cutting a block into row bands (`tables/stacked-bands.ts`): the cells of the lines
 * `a..b` are grouped by columns for every band that may hold a row; the grouping of `a..b` is that
 * of `a..b-1` with line `b` added, so each line is grouped once per band start, not once per band.
 * Counted by the reads of the cells' columns. Our own tokens, built here.
 */
import { describe, expect, it } from 'vitest';
import { joinBands, type TokenLine } from '../src/tables/stacked-bands.js';
import type { TableToken } from '../src/tables/tokens.js';

/** Lines of the block: each a label and a number, no number over another (rows, nothing wrapped). */
const LINES = 30;

describe('row bands: work', () => {
  it('groups each line once per band start (column reads linear in the lines), and joins nothing', () => {
    let reads = 0;
    const tokens: TableToken[] = [];
    const block: TokenLine[] = [];
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
    for (let k = 0; k < LINES; k++) {
      const from = tokens.length;
      const base = { line: k, gapBefore: 0 };
      tokens.push(counted({ kind: 'label', text: `第${k}行`, start: 100 * k, end: 100 * k + 3, lineStart: true, ...base }, 0));
      const column = 4 + 3 * k;
      const value: TableToken = {
        kind: 'value',
        raw: '5',
        content: { kind: 'number', value: 5, signed: false, digits: '5' },
        start: 100 * k + column,
        end: 100 * k + column + 1,
        lineStart: false,
        ...base,
      };
      tokens.push(counted(value, column));
      block.push({ line: k, from, to: tokens.length });
    }
    expect(joinBands(tokens, block)).toBeNull();
    // Each band start adds its lines one by one, each cell tested against the groups so far: 1,810
    // reads. Grouping every band from its first line again read 5,702 columns here.
    expect(reads).toBe(1810);
  });
});
