/**
 * A row's label found a second time, holding nothing, between the rows of the template. In plain
 * `pdftotext` of our own LibreOffice print (probe seed 140, p01, 2021), table 三's group label
 * `其他处理` wrapped into `其他` / `处理` around the label of the row above, so the row `其他` was found
 * twice: there, with no number, and at its own label further down. The bottom rows printed their
 * numbers before their labels: 2.申请人逾期未按收费… took its own numbers and `其他`'s (14), and `其他`
 * took the 总计 row's numbers, which sum like any row, silently (7 cells wrong). The check of the
 * numbers before a label looked for the row above the row holding the surplus at the place before it
 * in the text, found the empty echo there and let the surplus go. An echo of a label that holds no
 * number owns nothing in any reading: the row above is the one the template puts there.
 */
import { describe, expect, it } from 'vitest';
import { decideUnownedBefore, type LabelledRow } from '../src/repairs/unowned-before.js';
import type { RowItem } from '../src/tables/placement.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** The 其他 row and the 总计 row of our report's truth. */
const OTHER = [0, 14, 92, 454, 60706, 0, 61266];
const TOTAL = [111939, 288464, 220688, 50636, 312508, 163003, 1147238];

/** A value item at `start` (what the repair reads of it: its place and its number). */
function item(start: number, value: number): RowItem {
  return { token: { kind: 'value', start, end: start + 1, raw: String(value), content: { kind: 'number', value } } } as unknown as RowItem;
}

describe('an empty echo of a row label between the rows', () => {
  it('reads 其他 with its own numbers, not the 总计 row’s (7 cells were silently wrong)', () => {
    const text = readFixture('probe-140-p01-lo-plain.txt');
    const other = cellsUnder(text, 't3.results.otherHandling.other.');
    const total = cellsUnder(text, 't3.results.total.');
    expect(statedWrong(other, OTHER)).toEqual([]);
    expect(statedWrong(total, TOTAL)).toEqual([]);
    expect(other.filter((c) => c.status === 'value').map((c) => c.address)).toEqual(other.map((c) => c.address));
  });

  it('contests the row after a surplus when an empty echo of its own label stands above', () => {
    const own = (base: number): RowItem[] => Array.from({ length: 3 }, (_, j) => item(base + j, base + j));
    const columns = (items: RowItem[]): LabelledRow['columns'] => items.map((i) => ({ status: 'value', token: i.token }) as never);
    const a = own(10);
    const b = [...own(30), ...own(40)];
    const c = own(60);
    const rows: LabelledRow[] = [
      { row: 'r.a', labelStart: 0, order: 0, cells: 3, items: a, numbersOnLabelLine: false, columns: columns(a) },
      { row: 'r.c', labelStart: 20, order: 2, cells: 3, items: [], numbersOnLabelLine: false },
      { row: 'r.b', labelStart: 25, order: 1, cells: 3, items: b, numbersOnLabelLine: false, columns: columns(b.slice(0, 3)) },
      { row: 'r.c', labelStart: 50, order: 2, cells: 3, items: c, numbersOnLabelLine: false, columns: columns(c) },
    ];
    const d = decideUnownedBefore(rows, []);
    expect(d.map((x) => [x.row, x.columns, x.candidates])).toEqual([
      [
        'r.c',
        [0, 1, 2],
        [
          [60, 40],
          [61, 41],
          [62, 42],
        ],
      ],
    ]);
  });
});
