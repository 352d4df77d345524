/**
 * Numbers wrapped side by side in one block of a block stream (plain pdftotext of a LibreOffice
 * print): `19 26` / `25` / `1`, the later pieces of two neighbouring cells under their first pieces.
 * Which cell a piece continues is not in the text: every joining the block's shape allows is read and
 * the row sums choose; where several fit, the cells are ambiguous. Our own text (test/helpers/fixtures.ts
 * pipeReport) as a block stream.
 */
import { describe, expect, it } from 'vitest';
import { findSideBlocks, sideJoinings, withJoinings } from '../src/repairs/side-pieces.js';
import { pipeReport } from './helpers/fixtures.js';
import { APPLICANTS, asBlockStream } from './helpers/block-stream.js';
import type { TableToken } from '../src/tables/tokens.js';
import { cellsOf, raws, value } from './helpers/block-pieces.js';

const OTHER = '3.其他';
const ROW = 't3.results.otherHandling.other';
const COLUMNS = APPLICANTS;

describe('numbers wrapped side by side in one block', () => {
  it('reads the one joining the row sum leaves', () => {
    // 1925 and 261: `19 26` / `25` / `1`; the other joinings (19251 and 26, 19 and 26251, 191 and 2625) miss the sum 2190
    const text = asBlockStream(
      pipeReport({ [OTHER]: '4 | 0 | 0 | 1925 | 261 | 0 | 2190' }),
      new Map([[OTHER, [OTHER, '4', '0', '0', '19 26\n25\n1', '0 2190']]]),
    );
    const cells = cellsOf(text);
    expect(cells.get(`${ROW}.publicInterestOrg`)).toMatchObject({ status: 'value', value: 1925 });
    expect(cells.get(`${ROW}.legalServiceOrg`)).toMatchObject({ status: 'value', value: 261 });
    expect(cells.get(`${ROW}.naturalPerson`)).toMatchObject({ status: 'value', value: 4 });
    expect(cells.get(`${ROW}.total`)).toMatchObject({ status: 'value', value: 2190 });
  });

  it('leaves the cells ambiguous where two joinings keep the sum', () => {
    // 154 and 656 or 156 and 654: both add up to 810
    const text = asBlockStream(
      pipeReport({ [OTHER]: '4 | 0 | 0 | 154 | 656 | 0 | 814' }),
      new Map([[OTHER, [OTHER, '4', '0', '0', '15 65\n4\n6', '0 814']]]),
    );
    const cells = cellsOf(text);
    expect(cells.get(`${ROW}.publicInterestOrg`)).toMatchObject({ status: 'ambiguous', candidates: [154, 156] });
    expect(cells.get(`${ROW}.legalServiceOrg`)).toMatchObject({ status: 'ambiguous', candidates: [656, 654] });
    expect(cells.get(`${ROW}.naturalPerson`)).toMatchObject({ status: 'value', value: 4 });
    expect(cells.get(`${ROW}.total`)).toMatchObject({ status: 'value', value: 814 });
  });

  it('reads a whole row on one line with its pieces under it by the row sum alone', () => {
    // 1589 100 20 30 40 21 1800: `15 100 20 30 40 21 180` / `89 0`
    const text = asBlockStream(
      pipeReport({ [OTHER]: '1589 | 100 | 20 | 30 | 40 | 21 | 1800' }),
      new Map([[OTHER, [OTHER, '15 100 20 30 40 21 180\n89 0']]]),
    );
    const cells = cellsOf(text);
    expect(COLUMNS.map((c) => cells.get(`${ROW}.${c}`)?.value)).toEqual([1589, 100, 20, 30, 40, 21, 1800]);
    expect(COLUMNS.every((c) => cells.get(`${ROW}.${c}`)?.status === 'value')).toBe(true);
  });

  it('leaves a whole row ambiguous where two joinings add up', () => {
    // 158 … 214 562 or 154 … 218 562: `15 100 20 30 40 21 56` / `8` / `4 2` (the pieces' lines do not say whose)
    const text = asBlockStream(
      pipeReport({ [OTHER]: '158 | 100 | 20 | 30 | 40 | 214 | 562' }),
      new Map([[OTHER, [OTHER, '15 100 20 30 40 21 56\n8\n4 2']]]),
    );
    const cells = cellsOf(text);
    expect(cells.get(`${ROW}.naturalPerson`)).toMatchObject({ status: 'ambiguous', candidates: [158, 154] });
    expect(cells.get(`${ROW}.otherOrg`)).toMatchObject({ status: 'ambiguous', candidates: [214, 218] });
    expect(COLUMNS.slice(1, 5).map((c) => cells.get(`${ROW}.${c}`)?.value)).toEqual([100, 20, 30, 40]);
    expect(cells.get(`${ROW}.total`)).toMatchObject({ status: 'value', value: 562 });
  });

  it('lists the joinings a block allows: pieces as wide as the first, the last no wider, one line apart', () => {
    const tokens = [value('19', 1, 1), value('26', 1, 0, false), value('25', 2, 0), value('1', 3, 0), value('9', 5, 1)];
    const [block] = findSideBlocks(tokens);
    expect(block).toEqual({ heads: [0, 1], pieces: [2, 3] });
    const joinings = sideJoinings(tokens, block!)!.map((j) => j.map((t) => t.raw));
    expect(joinings).toEqual([
      ['19251', '26'],
      ['1925', '261'],
      ['191', '2625'],
      ['19', '26251'],
    ]);
    expect(raws(withJoinings(tokens, [{ block: block!, joined: sideJoinings(tokens, block!)![1]! }]))).toEqual(['1925', '261', '9']);
    // two pieces on one line: one each, left to right
    const two = [value('15', 1, 1), value('65', 1, 0, false), value('4', 2, 0), value('6', 2, 0, false), value('9', 4, 1)];
    expect(sideJoinings(two, findSideBlocks(two)[0]!)!.map((j) => j.map((t) => t.raw))).toEqual([['154', '656']]);
    // a first piece starting with 0 never wraps; not set off by a blank line after: no block
    const zero = [value('0', 1, 1), value('26', 1, 0, false), value('5', 2, 0), value('9', 4, 1)];
    expect(sideJoinings(zero, findSideBlocks(zero)[0]!)!.map((j) => j.map((t) => t.raw))).toEqual([['0', '265']]);
    const label = { kind: 'label', text: '其他', start: 30, end: 32, line: 3, gapBefore: 0, lineStart: true } as TableToken;
    expect(findSideBlocks([value('19', 1, 1), value('26', 1, 0, false), value('25', 2, 0), label])).toEqual([]);
  });
});
