/**
 * Columns of `pdftotext -layout` text that drift across rows (issue 12): the tool lays out each block
 * of lines on a grid of its own, so a row stands a few characters left or right of the rows around
 * it. A row that lost blank cells is placed where the spacing of its numbers fits a complete row
 * near it (up to a shift of the whole row), and the table's arithmetic decides among the places
 * that fit. Our own reports, printed by `test/helpers/layout-text.ts`.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, validateReport, type Diagnostic, type Report } from 'zfxxgk-report';
import { consistentCells, consistentReport } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';
import { renderLayoutText, rowItemAt } from './helpers/layout-text.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { namesCell } from '../scripts/gauntlet/score-lib.mjs';
import { APPLICANTS } from './helpers/block-stream.js';
import { FIT_MAX_SHIFT, FIT_TOLERANCE, FIT_ZERO_MARGIN, placesFitting, roomyCompleteRowsNear } from '../src/tables/position-fit.js';

const itemAt = rowItemAt;
const row = (line: number, ...cols: [number, string][]) => cols.map(([c, r]) => itemAt(line, c, r));

describe('complete rows of another page', () => {
  // (the row's numbers 20 apart fit columns 0 and 2 of the complete row: on one page)
  const complete = row(0, [10, '1'], [20, '25'], [30, '3'], [40, '4']);
  const short = row(2, [12, '5'], [32, '6']);
  const onPage = (items: ReturnType<typeof row>, page: number) => items.map((it) => ({ ...it, token: { ...it.token, page } }));

  it('fit a row of their own page', () => {
    const rows = [onPage(complete, 1), onPage(short, 1)];
    expect(placesFitting(rows, 4)(rows[1]!)!([0, 2])).toBe(true);
  });

  it('do not speak for a row of another page (each page on a grid of its own: probe seed 296 p04)', () => {
    const rows = [complete, onPage(short, 1)];
    expect(placesFitting(rows, 4)(rows[1]!)).toBeNull();
  });
});

describe('complete rows that show their columns by room, for a row of zeros only', () => {
  const onPage = (items: ReturnType<typeof row>, page: number) => items.map((it) => ({ ...it, token: { ...it.token, page } }));
  // (a packed complete row: every number one space after the one before; a roomy one: gaps differ)
  const packed = row(0, [10, '64'], [13, '56'], [16, '81'], [19, '329']);
  const roomy = row(9, [10, '64'], [15, '56'], [20, '81'], [24, '329']);
  const zeros = row(6, [15, '0'], [20, '0']);

  it('read a row of zeros of their page', () => {
    expect(roomyCompleteRowsNear([onPage(roomy, 1), onPage(zeros, 1)], 4, onPage(zeros, 1))).toBe(true);
  });

  it('do not, where a complete row of the page is packed', () => {
    const rows = [onPage(packed, 1), onPage(roomy, 1), onPage(zeros, 1)];
    expect(roomyCompleteRowsNear(rows, 4, onPage(zeros, 1))).toBe(false);
  });

  it('are not vetoed by a packed row of another page (each page on a grid of its own: probe seed 462 p08)', () => {
    const rows = [onPage(packed, 0), onPage(roomy, 1), onPage(zeros, 1)];
    expect(roomyCompleteRowsNear(rows, 4, onPage(zeros, 1))).toBe(true);
  });

  it('do not, where the page’s complete row is packed but for one wide gap (probe seed 421 p01)', () => {
    const mostlyPacked = row(9, [10, '12'], [13, '21'], [30, '13'], [33, '10']);
    const rows = [onPage(packed, 0), onPage(mostlyPacked, 1), onPage(zeros, 1)];
    expect(roomyCompleteRowsNear(rows, 4, onPage(zeros, 1))).toBe(false);
  });

  it('do not speak for a row of another page', () => {
    const rows = [onPage(packed, 0), onPage(zeros, 0), onPage(roomy, 1)];
    expect(roomyCompleteRowsNear(rows, 4, onPage(zeros, 0))).toBe(false);
  });
});

describe('places that fit the spacing of a complete row near a row', () => {
  // A complete row (centres 10.5, 21, 30.5, 40.5) and, two characters to its right, a row that
  // lost two cells: its numbers 20 apart fit columns 0 and 2 (columns 1 and 3 only by a shift of a
  // whole column, more than rows of one block drift).
  const complete = row(0, [10, '1'], [20, '25'], [30, '3'], [40, '4']);
  const rows = [complete, row(2, [12, '5'], [32, '6'])];

  it('keeps the places whose distances a complete row shows, the row shifted two characters at most', () => {
    const fit = placesFitting(rows, 4)(rows[1]!)!;
    expect(fit([0, 2])).toBe(true);
    expect(fit([1, 3])).toBe(false);
    expect(fit([0, 1])).toBe(false);
    expect(fit([0, 3])).toBe(false);
    expect(FIT_MAX_SHIFT).toBe(2);
  });

  it('also keeps, for a zero, a column the positions fit nearly as well as the best: they alone tell a zero from a blank (seed 25, chromium-layout)', () => {
    // Complete row centres 11, 15, 19, 27, 35; the row's 7 and 99 stand half a character right and
    // a character left of columns 3 and 4, so no shift fits them closely.
    const ref = row(0, [10, '11'], [14, '22'], [18, '33'], [26, '44'], [34, '55']);
    const near = (r: string, col: number) => {
      const items = row(2, [col, r], [26, '7'], [35, '99']);
      return placesFitting([ref, items], 5)(items)!;
    };
    // A 0 at 16.5: column 1 fits within 1 character, column 2 within 1.75 (beyond FIT_TOLERANCE,
    // within FIT_ZERO_MARGIN of the best): both places are read, and the arithmetic cannot tell them apart.
    expect(near('0', 16)([1, 3, 4])).toBe(true);
    expect(near('0', 16)([2, 3, 4])).toBe(true);
    expect(near('0', 16)([0, 3, 4])).toBe(false);
    // A non-zero number moves the sums: the narrow fit alone speaks for it.
    expect(near('5', 16)([1, 3, 4])).toBe(true);
    expect(near('5', 16)([2, 3, 4])).toBe(false);
    // A 0 at 14.5: column 2 (2.75 off) is no near second to column 1 (0.75).
    expect(near('0', 14)([1, 3, 4])).toBe(true);
    expect(near('0', 14)([2, 3, 4])).toBe(false);
    expect(FIT_TOLERANCE).toBe(1.5);
    expect(FIT_ZERO_MARGIN).toBe(1);
  });

  it('keeps a zero in the column a complete row near it shows at its very place, though that row fits no placement closely (seed 113, chromium-layout)', () => {
    // Above: a complete row of wide numbers (centres 27.5, 31.5, 35.5, 39.5, 43.5, 47.5, 52); below, a
    // block packed tighter (27.5, 29.5, 32, 35, 37.5, 49.5, 52). The row's 0 at 39.5 stands where the
    // row above has column 3; the row below fits it in column 4 by a shift of a character. The
    // positions of the two complete rows disagree on the zero's column: both places are read.
    const above = row(0, [26, '241'], [30, '329'], [34, '150'], [38, '206'], [42, '170'], [46, '166'], [50, '1262']);
    const below = row(10, [27, '0'], [29, '0'], [31, '47'], [34, '51'], [37, '0'], [49, '0'], [51, '98']);
    const short = (n: string) => row(5, [27, '0'], [29, '52'], [39, n], [49, '25'], [52, '77']);
    const fit = (n: string) => placesFitting([above, short(n), below], 7)(short(n))!;
    expect(fit('0')([0, 1, 4, 5, 6])).toBe(true);
    expect(fit('0')([0, 1, 3, 5, 6])).toBe(true);
    expect(fit('0')([0, 1, 2, 5, 6])).toBe(false);
    // A non-zero number moves the sums: the close fit alone speaks for it.
    expect(fit('5')([0, 1, 4, 5, 6])).toBe(true);
    expect(fit('5')([0, 1, 3, 5, 6])).toBe(false);
    // The row above alone fits no placement within the tolerance: it says nothing by itself.
    expect(placesFitting([above, short('0')], 7)(short('0'))).toBeNull();
  });

  it('says nothing for a row no complete row near it fits (another block), nor for a row on two lines', () => {
    expect(placesFitting(rows, 4)(row(2, [13, '5'], [14, '6']))).toBeNull();
    expect(placesFitting(rows, 4)([itemAt(2, 13, '5'), itemAt(3, 33, '6')])).toBeNull();
    expect(placesFitting([rows[1]!], 4)(rows[1]!)).toBeNull();
  });

  it('says nothing where every number of the complete rows stands the same distance after the one before (cells joined by a fixed run of spaces)', () => {
    const joined = [row(0, [10, '1'], [15, '2'], [20, '3'], [25, '4']), row(2, [12, '5'], [22, '6'])];
    expect(placesFitting(joined, 4)(joined[1]!)).toBeNull();
  });

  it('reads positions where the complete rows stand one space apart but a short row shows a skipped column as room (probe seed 296 p07, chromium-layout)', () => {
    // Three-digit numbers in narrow cells (Chromium): the complete rows' gaps are all one space
    // (centres 11.5, 15.5, 19.5, 23.5: pitch 4), as in text joined by a fixed run; the short row's
    // 10-space gap (more than the gap and a pitch, 1 + 4) is the room of blank cells.
    const complete = [
      row(0, [10, '287'], [14, '261'], [18, '149'], [22, '318']),
      row(4, [10, '234'], [14, '190'], [18, '297'], [22, '189']),
    ];
    const short = row(2, [10, '14'], [22, '38']);
    const fit = placesFitting([complete[0]!, short, complete[1]!], 4)(short)!;
    expect(fit).not.toBeNull();
    expect(fit([0, 3])).toBe(true);
    expect(fit([0, 1])).toBe(false);
    expect(fit([0, 2])).toBe(false);
    // A row of zeros only, which no equation checks, is not placed by such rows alone (probe seed
    // 365 p11, chromium-layout: a block of rows on a wider pitch put two zeros a column off).
    const zeros = row(2, [10, '0'], [22, '0']);
    expect(placesFitting([complete[0]!, zeros, short, complete[1]!], 4)(zeros)).toBeNull();
    expect(placesFitting([complete[0]!, zeros, short, complete[1]!], 4)(short)).not.toBeNull();
    // A gap no wider than the complete rows' gap and a pitch together (here 5) shows no room: the
    // positions say nothing, as before.
    const packedShort = row(2, [10, '14'], [17, '38']);
    expect(placesFitting([complete[0]!, packedShort, complete[1]!], 4)(packedShort)).toBeNull();
  });

  it('a row of text joined by four spaces that lost a blank cell is not placed by its positions (regression: a zero moved into the blank)', () => {
    const r = consistentReport(9, '2019', { blanks: [19752182], scale: 15 });
    const { report, diagnostics } = parseReport(renderInLayout(r, 'aligned'));
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
    const cell = listCells(report!).find((c) => c.address === 't3.results.denied.internalAffairs.legalServiceOrg');
    expect(cell?.status).toBe('ambiguous');
  });
});

/** A 2021 report whose results row `stateSecret` has three blank cells (zeros made blank: the arithmetic holds). */
function reportWithBlanks(): { report: Report; row: string } {
  const row = 'results.denied.stateSecret';
  for (let seed = 1; seed < 2000; seed++) {
    const cells: Record<string, number | null> = consistentCells(seed, { table2: '2021', table3: '2021' }, 3);
    const zeros = Object.keys(cells).filter((a) => a.startsWith(`t3.${row}.`) && !a.endsWith('.total') && cells[a] === 0);
    const nonZero = Object.keys(cells).filter((a) => a.startsWith(`t3.${row}.`) && cells[a] !== 0);
    if (zeros.length < 3 || nonZero.length < 2) continue;
    for (const a of zeros.slice(0, 3)) cells[a] = null;
    return {
      report: createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } }),
      row,
    };
  }
  throw new Error('no seed with three zeros in the row');
}

/** Moves the lines of table 三's rows from the `from`-th on `shift` characters right (a block of its own). */
function drift(text: string, from: number, shift: number): string {
  let rows = 0;
  let inTable = false;
  return text
    .split('\n')
    .map((l) => {
      if (/^三、/.test(l)) inTable = true;
      if (/^四、/.test(l)) inTable = false;
      if (!inTable || !/\d\s*$/.test(l) || !/[\u4e00-\u9fff]/.test(l)) return l;
      rows++;
      return rows >= from ? ' '.repeat(shift) + l : l;
    })
    .join('\n');
}

describe('table 三 in -layout text whose rows drift', () => {
  it('a row that lost three blank cells, in a block shifted half a cell, has its numbers placed by the spacing of the complete rows near it', () => {
    const { report: r, row } = reportWithBlanks();
    const text = drift(renderLayoutText(r, { wrap: 'none', rowGap: true }), 4, 4);
    const { report, diagnostics } = parseReport(text);
    const s = scoreCells(r, report, diagnostics);
    expect(s.wrongAddresses).toEqual([]);
    const want = listCells(r).filter((c) => c.address.startsWith(`t3.${row}.`));
    const got = new Map(report ? listCells(report).map((c) => [c.address, c]) : []);
    // Its numbers in their columns; the columns its positions leave empty held a blank or a number
    // the text moved elsewhere: with its one placement holding every equation it takes part in and
    // every number of the table held by a row, blank, the row named by a warning.
    expect(want.map((c) => [c.address, got.get(c.address)?.status, got.get(c.address)?.value])).toEqual(
      want.map((c) => [c.address, c.status, c.value]),
    );
    expect(diagnostics.some((d) => d.code === 'blank-by-position' && d.path === `t3.${row}`)).toBe(true);
  });
});

/** Table 三's number cells re-set `w` characters wide (right-aligned), as a browser prints narrow cells; the row `target`'s numbers at `at` (character offsets of their ends from the first cell's start) instead. */
function narrowCells(text: string, w: number, target: string, at: readonly number[]): string {
  const from = 44; // (test/helpers/layout-text.ts: the group and label columns)
  let inTable = false;
  let after = '';
  return text
    .split('\n')
    .map((l) => {
      if (/^三、/.test(l)) inTable = true;
      if (/^四、/.test(l)) inTable = false;
      if (!inTable || l.length <= from || !/\d\s*$/.test(l)) return l;
      const cells = Array.from({ length: 7 }, (_, k) => l.slice(from + 8 * k, from + 8 * k + 8).trim());
      if (l.slice(0, from).includes(target)) after = '  ';
      if (!l.slice(0, from).includes(target)) return after + l.slice(0, from) + cells.map((c) => c.padStart(w)).join('');
      let out = '';
      for (const [k, n] of cells.filter((c) => c !== '').entries()) out = out.padEnd((at[k] as number) - n.length) + n;
      return after + l.slice(0, from) + out;
    })
    .join('\n');
}

/**
 * Cells stated wrong that nothing names, as the gauntlet scores them (scripts/gauntlet/score-lib.mjs:
 * a diagnostic that lists addresses names only those; a row's `cells-missing` does not name the
 * row's other cells).
 */
function statedWrong(truth: Report, parsed: Report, diagnostics: readonly Diagnostic[]): string[] {
  const want = new Map(listCells(truth).map((c) => [c.address, c]));
  const failing = validateReport(parsed).checks.filter((c) => c.status === 'fail');
  const named = (a: string): boolean =>
    failing.some((c) => c.addresses.includes(a)) || diagnostics.some((d) => d.severity !== 'info' && namesCell(d, a));
  return listCells(parsed)
    .filter(
      (c) =>
        (c.status === 'value' || c.status === 'blank') &&
        !(c.status === want.get(c.address)?.status && c.value === want.get(c.address)?.value),
    )
    .map((c) => c.address)
    .filter((a) => !named(a));
}

describe('a zero whose column only its position tells', () => {
  it('stays ambiguous where it stands nearly as near the blank beside it as its own column (seed 25, chromium-layout: never a silent 0)', () => {
    const v = '2019';
    const rows: [string, string][] = [
      ['results.denied.stateSecret', '属于国家秘密'],
      ['results.denied.thirdPartyRights', '保护第三方合法权益'],
      ['results.notProcessed.duplicate', '重复申请'],
    ];
    const cols = APPLICANTS;
    let tried = 0;
    let flaggedZero = 0;
    for (let seed = 1; seed < 3000 && tried < 12; seed++) {
      const cells: Record<string, number | null> = consistentCells(seed, { table2: v, table3: v }, 20);
      const pick = rows.find(([row]) => {
        const vals = cols.map((c) => cells[`t3.${row}.${c}`] as number);
        return vals.filter((x) => x === 0).length === 2 && vals.findIndex((x, k) => k < 5 && x === 0 && vals[k + 1] === 0) >= 0;
      });
      if (!pick) continue;
      const [row, label] = pick;
      const vals = cols.map((c) => cells[`t3.${row}.${c}`] as number);
      // Two neighbouring zeros (the second made blank), every other number non-zero.
      const j = vals.findIndex((x, k) => k < 5 && x === 0 && vals[k + 1] === 0);
      tried++;
      cells[`t3.${row}.${cols[j + 1]}`] = null;
      const r = createReport({ versions: { table2: v, table3: v }, cells, meta: { agency: '示例县示例局', year: 2020 } });
      const text = renderLayoutText(r, { wrap: 'none', rowGap: true });
      for (const m of [1, 2])
        for (const p of [0, 1]) {
          // Cells 4 wide: column k's numbers end at 4k + 4. The zero m to the right, the last number p to the left.
          const ends = cols.flatMap((_, k) => (k === j + 1 ? [] : [4 * k + 4 + (k === j ? m : 0) - (k === (j === 0 ? 6 : 0) ? p : 0)]));
          const parsed = parseReport(narrowCells(text, 4, label, ends));
          expect(statedWrong(r, parsed.report!, parsed.diagnostics)).toEqual([]);
          const got = listCells(parsed.report!).find((c) => c.address === `t3.${row}.${cols[j]}`);
          if (got?.status === 'ambiguous') flaggedZero++;
        }
    }
    expect(tried).toBe(12);
    expect(flaggedZero).toBeGreaterThan(0);
  });
});
