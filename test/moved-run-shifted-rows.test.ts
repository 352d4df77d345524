/**
 * The moved-run search judges a row wholly between a run's place and where it is printed once per
 * run length (its cells are the ones `length` before its own, whatever the run; perf7): the readings
 * must be exactly those of the search that judges every row of every reading anew, the definition
 * written out here, on random tables with one run moved, two, or cells changed.
 */
import { describe, expect, it } from 'vitest';
import { decideMovedRun, MAX_MOVED_RUN_CANDIDATES, MAX_MOVED_RUN_CELLS, MAX_MOVED_RUN_READINGS } from '../src/repairs/moved-run.js';
import { divisionFit, keptDivisions, rowRelationsOf, type NumberStreamDecision, type StreamCell } from '../src/repairs/number-stream.js';
import { relationStatus, type Operand } from '../src/template/arithmetic.js';
import { blankCountsAsZero } from '../src/template/relations.js';
import { prng } from './helpers/fixtures.js';
import { SMALL_COLUMNS, smallTable } from './helpers/small-table.js';
import { streamCell } from './helpers/stream-cells.js';

/** Rows r0 … r5 and their total t, columns x, y, z and the row total s. */
const ROWS = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 't'];
const { relations: RELATIONS, cellAt } = smallTable(ROWS);

/** The search as defined: every row the reading changes judged with the reading's cells. */
function byDefinition(cells: readonly StreamCell[], rows: number, ncols: number): NumberStreamDecision | null {
  const rowRels = rowRelationsOf(rows, cellAt, RELATIONS);
  const rowFails = (cellOf: (k: number) => StreamCell, r: number): boolean => {
    const lookup = (address: string): Operand => {
      const at = cellAt(address);
      if (!at) return null;
      const t = cellOf(at.row * ncols + at.column);
      return t.kind === 'blank' ? 'blank' : t.content.value;
    };
    return (rowRels[r] ?? []).some((rel) => relationStatus(rel, lookup, blankCountsAsZero) === 'fails');
  };
  let firstOff = -1;
  let lastOff = -1;
  for (let r = 0; r < rows; r++)
    if (rowFails((k) => cells[k] as StreamCell, r)) {
      if (firstOff < 0) firstOff = r;
      lastOff = r;
    }
  // (two readings alike where every cell holds the same value or blank)
  const same = (a: StreamCell[][], b: StreamCell[][]): boolean =>
    a.every((row, i) =>
      row.every((t, j) => {
        const o = b[i]?.[j];
        return !!o && (t.kind === 'blank' ? o.kind === 'blank' : o.kind === 'value' && o.content.value === t.content.value);
      }),
    );
  const readings: StreamCell[][][] = [];
  let tried = 0;
  for (let from = 0; from < (firstOff < 0 ? rows : firstOff + 1) * ncols; from++) {
    const row = Math.floor(from / ncols);
    for (let length = 1; from + length <= (row + 1) * ncols && length <= MAX_MOVED_RUN_CELLS; length++) {
      for (let at = Math.max(from + 1, lastOff * ncols - length + 1); at + length <= cells.length; at++) {
        if (++tried > MAX_MOVED_RUN_CANDIDATES) return null;
        const cellOf = (k: number): StreamCell =>
          (k < from || k >= at + length ? cells[k] : k < from + length ? cells[at + k - from] : cells[k - length]) as StreamCell;
        let off = false;
        for (let r = row; r <= Math.floor((at + length - 1) / ncols) && !off; r++) off = rowFails(cellOf, r);
        if (off) continue;
        const division = Array.from({ length: rows }, (_, r) => Array.from({ length: ncols }, (_, c) => cellOf(r * ncols + c)));
        if (divisionFit(division, cellAt, RELATIONS, blankCountsAsZero) === 'refuted') continue;
        if (readings.some((d) => same(d, division))) continue;
        readings.push(division);
        if (readings.length > MAX_MOVED_RUN_READINGS) return null;
      }
    }
  }
  const kept = keptDivisions(readings, (d) => divisionFit(d, cellAt, RELATIONS, blankCountsAsZero));
  if (kept.length === 0) return null;
  return { repair: 'number-stream', readings: kept.map((d) => ({ order: 'rows-moved', rows: d })) };
}

describe('decideMovedRun judges the rows a run passes once per length', () => {
  it('gives the readings of the definition on 300 random streams', () => {
    const random = prng(16);
    const small = (): number => (random() < 0.3 ? 0 : Math.floor(random() * 9));
    let decided = 0;
    for (let round = 0; round < 300; round++) {
      // a consistent table: each row's x, y, z and their sum; the total row the column sums
      const table = ROWS.slice(0, -1).map(() => {
        const v = [small(), small(), small()];
        return [...v, v[0]! + v[1]! + v[2]!];
      });
      table.push(SMALL_COLUMNS.map((_, c) => table.reduce((a, r) => a + r[c]!, 0)));
      const flat: (number | null)[] = table.flat();
      // one run moved, sometimes two, sometimes a cell changed or blank
      for (let runs = random() < 0.8 ? 1 : 2; runs > 0; runs--) {
        const length = 1 + Math.floor(random() * MAX_MOVED_RUN_CELLS);
        const from = Math.floor(random() * (flat.length - length));
        const run = flat.splice(from, length);
        const at = from + Math.floor(random() * (flat.length - from + 1));
        flat.splice(at, 0, ...run);
      }
      if (random() < 0.1) flat[Math.floor(random() * flat.length)] = random() < 0.5 ? null : small();
      const cells = flat.map((v, i) => streamCell(v, i));
      const got = decideMovedRun(cells, ROWS.length, SMALL_COLUMNS.length, cellAt, RELATIONS, blankCountsAsZero);
      expect(got, `round ${round}`).toEqual(byDefinition(cells, ROWS.length, SMALL_COLUMNS.length));
      if (got) decided++;
    }
    // (the streams exercise the search: most read back)
    expect(decided).toBeGreaterThan(100);
  });
});
