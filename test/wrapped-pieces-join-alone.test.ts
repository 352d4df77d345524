/**
 * A row of `pdftotext -layout` text (a browser print whose wide numbers wrap in narrow cells) whose
 * numbers' first pieces stand on the line above its label's line, one piece a cell (`１７９ ２２１ …`
 * over `本年新收… ８９８ ９９１ …`): the wrapped-pieces check found the joins that keep the row sum
 * and left every joined cell `ambiguous` between its own number and the join, even where the row as
 * read breaks its sum (898 + 991 + … ≠ 424) and every way that keeps it gives the cell the same join.
 * The row as printed is refuted by its own arithmetic there, and the join is the one reading of the
 * pieces that the arithmetic keeps: the cell is the join (issue 12, layout18). A row that keeps its
 * sum as read, a cell some way leaves as read or joins otherwise, pieces at the margin (plain text),
 * a piece another row's ways join too, and a search that ran out stay contested as before.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type Report } from 'zfxxgk-report';
import { decideWrappedPieces, type PieceRow } from '../src/repairs/wrapped-pieces.js';
import type { Placement } from '../src/tables/placement.js';
import type { ValueToken } from '../src/tables/tokens.js';
import { consistentReport } from './helpers/fixtures.js';
import { renderLayoutText, rowItemAt } from './helpers/layout-text.js';

/** Our row's value token `raw` at character column `column` of `line`. */
const at = (raw: string, line: number, column: number): ValueToken => rowItemAt(line, column, raw).token as ValueToken;
const holds = (values: readonly (number | null)[]): boolean => values.slice(0, 6).reduce<number>((a, v) => a + (v ?? 0), 0) === values[6];

/** Our row on line `line`, its numbers at columns 30, 38, …. */
function rowAt(raws: readonly string[], line = 10, row = 'r'): PieceRow {
  const columns: Placement[] = raws.map((raw, j) => ({ status: 'value', token: at(raw, line, 30 + 8 * j) }));
  return { row, labelLines: [line, line], columns, holds };
}
/** A line of pieces, one over each cell from the first. */
const piecesAt = (raws: readonly string[], line: number) => raws.map((raw, j) => rowItemAt(line, 30 + 8 * j, raw));

describe('a row that breaks its sum as read, the one join of its pieces keeping it', () => {
  // (as read 8 1 8 3 7 2 19 breaks its sum; with 19 29 44 47 17 13 17 over it: 198 291 448 473 177 132 1719 keeps it)
  const raws = ['8', '1', '8', '3', '7', '2', '19'];
  const heads = ['19', '29', '44', '47', '17', '13', '17'];

  it('reads each joined cell as its join alone, the pieces as printed kept on the cell', () => {
    const [d] = decideWrappedPieces([rowAt(raws)], piecesAt(heads, 9), new Set([10]));
    expect(d?.columns).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(d?.candidates).toEqual([[198], [291], [448], [473], [177], [132], [1719]]);
    expect(d?.joinedFrom?.map((c) => c?.map((t) => t.raw))).toEqual(heads.map((h, j) => [h, raws[j]]));
  });

  it('a row that keeps its sum as read stays contested: own number and join', () => {
    // (1 2 0 0 0 0 3 keeps its sum; 11 12 10 10 10 10 63 with a line of 1s keeps it too)
    const [d] = decideWrappedPieces(
      [rowAt(['1', '2', '0', '0', '0', '0', '3'])],
      piecesAt(['1', '1', '1', '1', '1', '1', '6'], 9),
      new Set([10]),
    );
    expect(d?.joinedFrom).toBeUndefined();
    expect(d?.candidates[0]).toEqual([1, 11]);
    expect(d?.candidates[6]).toEqual([3, 63]);
  });

  it('pieces at the margin (plain text, lines in the order of its blocks) leave their cells contested where a piece is left over', () => {
    // (the row and pieces of the first case, the line of pieces starting at the margin, and a lone
    // `5` at the margin on the line above it that no way keeping the sum takes)
    const atMargin = piecesAt(heads, 9).map((p, j) => ({ ...p, token: { ...p.token, column: j === 0 ? 0 : p.token.column } }));
    const [d] = decideWrappedPieces([rowAt(raws)], [rowItemAt(8, 0, '5'), ...atMargin], new Set([10]));
    expect(d?.joinedFrom?.[0]).toBeNull();
    expect(d?.candidates[0]).toEqual([8, 198]);
    // (the other cells' pieces stand in, so they are read)
    expect(d?.candidates[1]).toEqual([291]);
    // (every piece beside the row taken by the joins alone: the margin piece's join is the cell too, plain15)
    const [all] = decideWrappedPieces([rowAt(raws)], atMargin, new Set([10]));
    expect(all?.candidates[0]).toEqual([198]);
  });

  it('a cell some way keeping the sum leaves as read stays contested', () => {
    // (5 8 0 2 4 0 98, `1` and `7` over the first two cells: only 5 and 87 keep it, so the first cell
    // is left as read and the second joined; and `8` alone has both `78` and `87`: contested)
    const [d] = decideWrappedPieces(
      [rowAt(['5', '8', '0', '2', '4', '0', '98'])],
      [rowItemAt(9, 30, '1'), rowItemAt(9, 38, '7')],
      new Set([10]),
    );
    expect(d?.joinedFrom).toBeUndefined();
    expect(d?.columns).toEqual([1]);
  });

  it('a piece that another row\u2019s ways join too is neither row\u2019s alone', () => {
    // (`11` and `1` on line 10, between a row on line 9 that they may end and one on line 11 that
    // they may lead: 10 0 0 0 0 0 101 keeps its sum only as 1011 … 1011; 0 0 0 0 0 0 120 keeps it
    // as 110 10 0 … 120, or with the two in any two of its first six cells)
    const upper = rowAt(['10', '0', '0', '0', '0', '0', '101'], 9, 'up');
    const lower = rowAt(['0', '0', '0', '0', '0', '0', '120'], 11, 'down');
    const pieces = [rowItemAt(10, 30, '11'), rowItemAt(10, 78, '1')];
    // (alone, the upper row reads its two numbers as their joins)
    expect(decideWrappedPieces([upper], pieces, new Set([9]))[0]?.candidates).toEqual([[1011], [1011]]);
    const [up, down] = decideWrappedPieces([upper, lower], pieces, new Set([9, 11]));
    expect(up).toMatchObject({
      row: 'up',
      columns: [0, 6],
      candidates: [
        [10, 1011],
        [101, 1011],
      ],
    });
    expect(up?.joinedFrom).toBeUndefined();
    expect(down?.row).toBe('down');
    expect(down?.joinedFrom).toBeUndefined();
  });
});

/**
 * Table 三's 本年新收 line of our `-layout` text with each number wrapped in a narrow cell: its first
 * half (the wider one) on a line above, its rest on the row's line; the line above set `shift`
 * characters left of the row's numbers, as `pdftotext -layout` sets a line of digits alone left of a
 * line whose wide label characters push its numbers right (Chromium's narrow cells).
 */
function headsAbove(report: Report, label: string, shift: number): string {
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const i = lines.findIndex((l) => l.includes(label));
  const line = lines[i] as string;
  let upper = '';
  let row = '';
  for (const m of line.matchAll(/\S+/g)) {
    const word = m[0];
    const start = m.index;
    const head = Math.ceil(word.length / 2);
    const split = /^\d+$/.test(word) && word.length > 1;
    upper = upper.padEnd(start - shift) + (split ? word.slice(0, head) : '');
    row = row.padEnd(start) + (split ? word.slice(head).padStart(word.length) : word);
  }
  return [...lines.slice(0, i), upper.trimEnd(), row, ...lines.slice(i + 1)].join('\n');
}

describe('our `-layout` text: 本年新收 printed with its numbers\u2019 first digits on the line above', () => {
  it('is read exactly, every cell stated, where the row breaks its sum as read', () => {
    const truth = consistentReport(12, '2021', { blanks: [], scale: 400 });
    const want = listCells(truth).filter((c) => c.address.startsWith('t3.results.total.'));
    expect(want.every((c) => (c.value ?? 0) >= 100)).toBe(true);
    const text = headsAbove(truth, '（七）总计', 12);
    const read = parseReport(text, { format: 'text' }).report;
    expect(read).not.toBeNull();
    const got = listCells(read as Report).filter((c) => c.address.startsWith('t3.results.total.'));
    // (as read, each number without its first digit: the row breaks its sum)
    expect(got.map((c) => [c.status, c.value])).toEqual(want.map((c) => ['value', c.value]));
  });
});
