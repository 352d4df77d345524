/**
 * `pdftotext -layout` text of printed reports (issue 12): numbers placed by their position on the
 * line, labels wrapped in narrow cells around their numbers (a group label beside them, a row's
 * numbers split over the lines of its label), table 二's column names on one line, and a browser's
 * print header and footer in the middle of a table. Our own reports, printed by
 * `test/helpers/layout-text.ts`; every cell right or flagged, never silently wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Report, type TemplateVersion } from 'zfxxgk-report';
import { consistentCells, consistentReport } from './helpers/fixtures.js';
import { renderLayoutText, rowItemAt, type LayoutTextOptions } from './helpers/layout-text.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { renderInLayout } from './helpers/layouts.js';
import { detectLayout, isBrowserPrintLine, tokenize } from '../src/tables/tokens.js';
import { lexLines } from '../src/grammar/lines.js';
import { positionGrid, columnsByPosition, gridsNear } from '../src/tables/positions.js';
import { joinWrappedLabels, type WrappedLabel } from '../src/repairs/wrapped-labels.js';

const RUNS = Number(process.env.PROP_RUNS ?? 30);
const WRAPS: readonly LayoutTextOptions['wrap'][] = ['none', 'around', 'split'];

/**
 * The property of this file: a consistent report of ours (random values, blank cells, both versions)
 * laid out with its labels wrapped this way (and, where given, in a cell of this many characters a
 * line) reads with no cell silently wrong.
 */
function noCellSilentlyWrong(wrap: LayoutTextOptions['wrap'], pieces: readonly (number | undefined)[]) {
  return fc.property(
    fc.integer({ min: 1, max: 10_000_000 }),
    fc.constantFrom<TemplateVersion>('2019', '2021'),
    fc.array(fc.nat(), { maxLength: 8 }),
    fc.constantFrom(2, 15),
    fc.boolean(),
    fc.constantFrom(...pieces),
    (seed, v, blanks, scale, rowGap, piece) => {
      const r = consistentReport(seed, v, { blanks, scale });
      const options: LayoutTextOptions = piece === undefined ? { wrap, rowGap } : { wrap, rowGap, piece };
      const { report, diagnostics } = parseReport(renderLayoutText(r, options));
      expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
    },
  );
}

const cellsOf = (r: Report | null) => (r ? listCells(r).map((c) => [c.address, c.status, c.value]) : []);

/** Our consistent report with the cell at `address` left blank (a zero there, so the arithmetic still holds). */
function withBlank(v: TemplateVersion, address: string): Report {
  for (let seed = 1; seed < 1000; seed++) {
    const cells: Record<string, number | null> = consistentCells(seed, { table2: v, table3: v }, 15);
    if (cells[address] !== 0) continue;
    cells[address] = null;
    return createReport({ versions: { table2: v, table3: v }, cells, meta: { agency: '示例县示例局', year: v === '2019' ? 2020 : 2023 } });
  }
  throw new Error(`no seed with a zero at ${address}`);
}

/** Seed `seed`'s consistent report of version `v` with small numbers, every zero of table 三 left blank (the arithmetic still holds). */
function mostlyBlankTable3(seed: number, v: TemplateVersion): Report {
  const cells: Record<string, number | null> = consistentCells(seed, { table2: v, table3: v }, 3);
  for (const k of Object.keys(cells)) if (k.startsWith('t3.') && cells[k] === 0) cells[k] = null;
  return createReport({ versions: { table2: v, table3: v }, cells, meta: { agency: '示例县示例局', year: v === '2019' ? 2020 : 2023 } });
}

describe('pdftotext -layout text', () => {
  for (const wrap of ['none', 'around'] as const) {
    it(`without blank cells every cell comes back (labels ${wrap === 'none' ? 'on one line' : 'wrapped around their numbers'}, a page break in table 三)`, () => {
      for (let seed = 1; seed <= 6; seed++) {
        const v: TemplateVersion = seed % 2 ? '2021' : '2019';
        const r = consistentReport(seed, v, { scale: 15 });
        const { report, diagnostics } = parseReport(renderLayoutText(r, { wrap, rowGap: seed % 2 === 0, pageBreakAfter: 5 }));
        expect(cellsOf(report), `seed ${seed}`).toEqual(cellsOf(r));
        if (wrap === 'around') expect(diagnostics.some((d) => d.code === 'label-wrapped')).toBe(true);
      }
    });
  }

  it("a row's numbers split over the lines of its wrapped label stay one row", () => {
    for (let seed = 1; seed <= 4; seed++) {
      const r = consistentReport(seed, seed % 2 ? '2021' : '2019', { scale: 15 });
      const { report, diagnostics } = parseReport(renderLayoutText(r, { wrap: 'split' }));
      const s = scoreCells(r, report, diagnostics);
      expect(s.wrongAddresses).toEqual([]);
      // The long labels wrap over two or three lines; those over two come back whole.
      expect(report && listCells(report).find((c) => c.address === 't3.results.denied.prohibitedByLaw.total')?.value).toBe(
        listCells(r).find((c) => c.address === 't3.results.denied.prohibitedByLaw.total')?.value,
      );
    }
  });

  it('a row whose numbers are split over its label’s lines is not read as one that lost blank cells (found by the property below)', () => {
    const r = consistentReport(6492302, '2021', { blanks: [], scale: 2 });
    const { report, diagnostics } = parseReport(renderLayoutText(r, { wrap: 'split', rowGap: false }));
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
  });

  for (const wrap of WRAPS) {
    it(`with blank cells and blank lines between rows (${wrap}): no cell is silently wrong`, () => {
      fc.assert(noCellSilentlyWrong(wrap, [undefined]), { numRuns: RUNS });
    });
  }

  for (const [wrap, pieces] of [
    ['around', [2, 3, 4]],
    ['split', [2, 3, 4]],
  ] as const) {
    it(`labels in a narrow cell (${pieces.join(', ')} characters a line, ${wrap}): no cell is silently wrong`, () => {
      fc.assert(noCellSilentlyWrong(wrap, pieces), { numRuns: RUNS });
    });
  }

  it("a row's first numbers on its label's first line in a narrow cell are not owned by the row above: the row below keeps its own (found by the property above)", () => {
    // `三、本年度 （一 1 4 0 0` / `）予` / `以公` / `开 0 1 6` / `（二 0 0 0 7` …: read after the piece
    // `开`, 予以公开 took 0 1 6 and the next row's first numbers 0 0 0 7 (its row sum kept by
    // chance), naturalPerson stated 0 for 1.
    const r = consistentReport(12, '2021', { blanks: [], scale: 15 });
    const { report, diagnostics } = parseReport(renderLayoutText(r, { wrap: 'split', piece: 2, rowGap: false }));
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'row-continued').map((d) => d.path)).toEqual([]);
    // (its label's first piece `（一` holds the list marker: the pieces join as the marked label
    // `(一)予以公开` reads, and the row takes the numbers inside its label, as printed)
    const granted = listCells(report!).filter((c) => c.address.startsWith('t3.results.granted.'));
    expect(granted.map((c) => c.value)).toEqual([1, 4, 0, 0, 0, 1, 6]);
  });

  it("a list number whose label's last piece shares its line with the row's last numbers takes no pieces: the numbers split over the label's lines stay the row's (found by the narrow-cell property)", () => {
    // `1.  0 9 0 0` / `属于` / `国家` / `秘密  3 0 12`: joined onto the number's line, `秘密`'s line was
    // left numbers of no row, owned by the row above (2019: 3 cells wrong, unflagged).
    const r = consistentReport(4218493, '2019', { blanks: [], scale: 15 });
    const { report, diagnostics } = parseReport(renderLayoutText(r, { wrap: 'split', piece: 2, rowGap: false }));
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'row-continued').map((d) => d.path)).toEqual([]);
  });

  it('a row label whose first piece holds its bracketed list marker is joined, and the row above takes none of its numbers (found by the narrow-cell property)', () => {
    // `三、本年度 （一）予 0 0 0` / `办理结果 以公开 0 14 14`: the first piece `(一)予` is the marker and
    // the label's first character, joined with `以公开` only as a marked label reads (`(一)予以公开`).
    // Unjoined, 予以公开 was not found, its first line's numbers were 上年结转's overflow, and 上年结转
    // (its total blank, 13 for blank) was read with them as wrapped pieces: total stated 20, unflagged.
    const r = consistentReport(9999676, '2021', { blanks: [477477025, 1125412551], scale: 15 });
    const { report, diagnostics } = parseReport(renderLayoutText(r, { wrap: 'split', piece: 4, rowGap: false }));
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
    const cells = new Map(listCells(report!).map((c) => [c.address, c]));
    const row = (key: string) =>
      ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'].map(
        (c) => {
          const cell = cells.get(`t3.${key}.${c}`);
          return cell?.status === 'value' ? cell.value : cell?.status;
        },
      );
    expect(row('carriedOver')).toEqual([1, 2, 0, 2, 4, 4, 'missing']);
    // (its three zeros read since the rows are found by the printed columns and group markers, layout6/7)
    expect(row('results.granted')).toEqual(['ambiguous', 'missing', 0, 0, 0, 'ambiguous', 'ambiguous']);
    expect(diagnostics.some((d) => d.code === 'row-missing' && d.path === 't3.results.granted')).toBe(false);
  });

  it('table 三 with most cells blank (two complete rows): every number is placed in its column by the rows around it', () => {
    for (const seed of [1, 2, 4]) {
      const r = mostlyBlankTable3(seed, seed % 2 ? '2021' : '2019');
      const { report, diagnostics } = parseReport(renderLayoutText(r, { wrap: 'none', rowGap: true }));
      expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
      const want = new Map(listCells(r).map((c) => [c.address, c.value]));
      const stated = listCells(report!).filter((c) => c.address.startsWith('t3.') && c.status === 'value');
      const numbers = [...want].filter(([a, x]) => a.startsWith('t3.') && x !== null);
      expect(stated.map((c) => [c.address, c.value]).sort(), `seed ${seed}`).toEqual(numbers.sort());
    }
  });

  it("table 三 with most cells blank, a short row set a column's drift left of the complete rows: read by their columns a column's drift apart, named (probe 414 p05, 421 p04)", () => {
    const r = mostlyBlankTable3(1, '2021');
    const lines = renderLayoutText(r, { wrap: 'none', rowGap: true }).split('\n');
    // (予以公开's numbers five characters left: the tight fit puts them a column left, where no
    // combination keeps the equations; every placement leaves most rows several readings)
    const at = lines.findIndex((l) => l.includes('（一）予以公开'));
    const line = lines[at] as string;
    const first = line.search(/\d/);
    expect(line.slice(first - 5, first).trim()).toBe('');
    lines[at] = line.slice(0, first - 5) + line.slice(first);
    const { report, diagnostics } = parseReport(lines.join('\n'));
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
    const want = new Map(listCells(r).map((c) => [c.address, c.status === 'blank' ? null : c.value]));
    const t3 = listCells(report!).filter((c) => c.address.startsWith('t3.'));
    expect(t3.filter((c) => c.status === 'ambiguous' || c.status === 'missing').map((c) => c.address)).toEqual([]);
    for (const c of t3) expect([c.address, c.status === 'blank' ? null : c.value]).toEqual([c.address, want.get(c.address)]);
    // (the rows whose readings the columns chose among those every placement keeps: named)
    expect(diagnostics.some((d) => d.code === 'blank-by-position' && d.path === 't3.results.granted')).toBe(true);
  });

  it('table 三 with most cells blank, a short row drifted four or five characters: no cell is silently wrong', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom<TemplateVersion>('2019', '2021'),
        fc.constantFrom(-5, -4, 4, 5),
        fc.nat(),
        (seed, v, shift, pick) => {
          const r = mostlyBlankTable3(seed, v);
          const lines = renderLayoutText(r, { wrap: 'none', rowGap: true }).split('\n');
          const t3 = lines.findIndex((l) => l.startsWith('三、'));
          const t4 = lines.findIndex((l) => l.startsWith('四、'));
          // (table 三's rows short of numbers: a number and its total at least)
          const numbersOf = (l: string): number => l.split(' ').filter((w) => /^\d+$/.test(w)).length;
          const short = lines.flatMap((l, i) => (i > t3 && i < t4 && numbersOf(l) >= 2 && numbersOf(l) < 7 ? [i] : []));
          const at = short[pick % Math.max(1, short.length)];
          if (at === undefined) return;
          const line = lines[at] as string;
          // (the numbers of table 三 start after the group and row label columns: 10 + 34 characters)
          const first = 44 + line.slice(44).search(/\d/);
          if (shift < 0 && line.slice(first + shift, first).trim() !== '') return;
          lines[at] =
            shift > 0 ? line.slice(0, first) + ' '.repeat(shift) + line.slice(first) : line.slice(0, first + shift) + line.slice(first);
          const { report, diagnostics } = parseReport(lines.join('\n'));
          expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a blank first cell on the label line leaves no trace: the first number is not taken for it (regression: r10 partiallyGranted)', () => {
    for (const v of ['2019', '2021'] as const) {
      const r = withBlank(v, 't3.results.partiallyGranted.naturalPerson');
      const { report, diagnostics } = parseReport(renderLayoutText(r, { wrap: 'none', rowGap: true }));
      expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
      const cell = listCells(report!).find((c) => c.address === 't3.results.partiallyGranted.naturalPerson');
      // Placed by the spacing of the complete rows, the one placement holding every equation and
      // every number held by a row: the blank column is blank, the row named by a warning.
      expect(cell?.status).toBe('blank');
      expect(diagnostics.filter((d) => d.code === 'blank-by-position').map((d) => d.path)).toEqual(['t3.results.partiallyGranted']);
      const total = listCells(report!).find((c) => c.address === 't3.results.partiallyGranted.total');
      expect(total?.value).toBe(listCells(r).find((c) => c.address === 't3.results.partiallyGranted.total')?.value);
    }
  });

  it("table 二's column names on one line set off by single spaces name every column", () => {
    const r = consistentReport(4, '2019', { scale: 15 });
    const { report } = parseReport(renderLayoutText(r, { wrap: 'none' }));
    const t2 = (rep: Report) => listCells(rep).filter((c) => c.address.startsWith('t2.art20_1'));
    expect(t2(report!).map((c) => [c.address, c.value])).toEqual(t2(r).map((c) => [c.address, c.value]));
  });
});

describe('tokens of -layout lines', () => {
  const lex = (lines: string[]) => {
    const l = lexLines(lines.join('\n'));
    return tokenize(l, detectLayout(l)).filter((t) => t.kind !== 'break');
  };

  it('marks numbers set off by a run of spaces or an indent, and records their column', () => {
    const t = lex(['规章      5   61', '   8 9', '行政许可 3']);
    expect(
      t.map((x) => [x.kind === 'value' ? x.content.value : x.kind === 'label' ? x.text : x.kind, x.setOff ?? false, x.column]),
    ).toEqual([
      ['规章', false, 0],
      [5, true, 8],
      [61, true, 12],
      [8, true, 3],
      [9, false, 5],
      ['行政许可', false, 0],
      [3, false, 5],
    ]);
  });

  it("drops a browser's print header and footer inside a table, printed whole on their lines", () => {
    expect(isBrowserPrintLine('file:///tmp/report.html          4/5')).toBe(true);
    expect(isBrowserPrintLine('12/1/26, 11:22 PM        示例县2020年政府信息公开工作年度报告')).toBe(true);
    expect(isBrowserPrintLine('2026/12/1 23:22   示例县2020年政府信息公开工作年度报告')).toBe(true);
    // A date and time alone is one (the title cut off); an address without its page number is not.
    expect(isBrowserPrintLine('12/1/26, 11:22 PM')).toBe(true);
    expect(isBrowserPrintLine('12/1/26 5')).toBe(false);
    expect(isBrowserPrintLine('file:///tmp/report.html')).toBe(false);
    expect(isBrowserPrintLine('规章 5 61 122')).toBe(false);
    const t = lex(['规章 5', 'file:///tmp/report.html     2/5', '12/1/26, 11:22 PM    示例县2020年度报告', '行政许可 3']);
    expect(t.map((x) => (x.kind === 'value' ? x.content.value : x.kind === 'label' ? x.text : x.kind))).toEqual(['规章', 5, '行政许可', 3]);
  });

  it('reads a year inside text as text (a page title), not as a cell', () => {
    const t = lex(['演示市卫生健康委员会2020年政府信息公开工作年度报告']);
    expect(t.filter((x) => x.kind === 'value')).toEqual([]);
  });
});

const itemAt = rowItemAt;

describe('column spans from character positions', () => {
  const row = (...cols: [number, string][]) => cols.map(([c, r]) => itemAt(0, c, r));
  const complete = [row([10, '1'], [20, '12'], [30, '5']), row([10, '3'], [19, '100'], [30, '9']), row([9, '40'], [20, '0'], [29, '17'])];

  it('needs three complete rows whose columns stand apart', () => {
    expect(positionGrid(complete.slice(0, 2), 3)).toBeNull();
    expect(positionGrid(complete, 3)?.spans).toEqual([
      [9, 11],
      [19, 22],
      [29, 31],
    ]);
    // Packed with one space (a browser print whose cells are narrower than their numbers): no grid.
    expect(
      positionGrid([row([0, '1'], [2, '2'], [4, '3']), row([0, '10'], [3, '2'], [5, '3']), row([0, '1'], [2, '20'], [5, '3'])], 3),
    ).toBeNull();
  });

  it('places each number in the one span that holds it, left to right, or not at all', () => {
    const grid = positionGrid(complete, 3)!;
    expect(columnsByPosition(row([20, '7'], [30, '7']), grid)).toEqual([1, 2]);
    expect(columnsByPosition(row([15, '7']), grid)).toBeNull();
    expect(columnsByPosition(row([30, '7'], [20, '7']), grid)).toBeNull();
  });
});

describe('column centres from the rows near a row (many blank cells: too few complete rows)', () => {
  const row = (line: number, ...cols: [number, string][]) => cols.map(([c, r]) => itemAt(line, c, r));
  // Numbers centred in their cells (centres 11.5, 21.5, 31): one complete row, two rows with blanks.
  const rows = [row(0, [10, '140'], [21, '7'], [30, '35']), row(2, [11, '0'], [30, '12']), row(4, [20, '66'])];

  it('places a row by the centres of the rows from it to the nearest complete row, three rows at least', () => {
    const near = gridsNear(rows, 3, new Set([0, 2, 4]));
    expect(near(4)?.centres).toBe(true);
    expect(columnsByPosition(rows[2]!, near(4)!)).toEqual([1]);
    expect(columnsByPosition(rows[1]!, near(2)!)).toEqual([0, 2]);
    // Two rows do not show a grid; nor do complete rows alone, fewer than three.
    expect(gridsNear(rows.slice(0, 2), 3)(2)).toBeNull();
  });

  it('reads no grid where a line of numbers of no row stands next to a row (pieces of wrapped numbers)', () => {
    expect(gridsNear(rows, 3, new Set([0, 2, 3, 4]))(4)).toBeNull();
    expect(gridsNear(rows, 3, new Set([0, 2, 3, 4]))(2)).toBeNull();
  });

  it('reads no grid where a row read packs its numbers one space apart (plain pdftotext: places say nothing of columns)', () => {
    // Centres 2, 7 and 12 would make three columns, but the complete row is packed.
    const packed = [row(0, [0, '1000'], [5, '2000'], [10, '3000']), row(2, [0, '1000'], [10, '3000']), row(4, [5, '2000'])];
    expect(gridsNear(packed, 3, new Set([0, 2, 4]))(4)).toBeNull();
    // The same numbers padded two spaces apart do show the columns.
    const padded = [row(0, [0, '1000'], [6, '2000'], [12, '3000']), row(2, [0, '1000'], [12, '3000']), row(4, [6, '2000'])];
    expect(columnsByPosition(padded[2]!, gridsNear(padded, 3, new Set([0, 2, 4]))(4)!)).toEqual([1]);
  });

  it('reads no grid where every number stands the same distance after the one before (cells separated, not padded)', () => {
    // Four spaces between every two numbers: centres 10.5, 15.5, 20.5 gather by chance.
    const separated = [row(0, [10, '1'], [15, '2'], [20, '3']), row(2, [15, '5']), row(4, [10, '6'], [15, '7'])];
    expect(gridsNear(separated, 3, new Set([0, 2, 4]))(2)).toBeNull();
    // A report of our own whose cells are separated by four spaces, with two blank cells (found by
    // the property test of test/layouts.test.ts: a blank cell came back as a 0).
    const truth = consistentReport(1, '2019', { blanks: [15, 28], scale: 15 });
    const { report, diagnostics } = parseReport(renderInLayout(truth, 'aligned'));
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
  });

  it('reads no grid where the centres make more groups than columns (a row standing elsewhere on its line)', () => {
    const shifted = [...rows.slice(0, 2), row(4, [16, '66'])];
    expect(gridsNear(shifted, 3, new Set([0, 2, 4]))(4)).toBeNull();
  });

  it("reads no grid where the row's own run of lines, a column pitch off the lines below, reads it otherwise (seed 261 p09, lo-layout)", () => {
    // LibreOffice's PDF through `pdftotext -layout`: the lines of rows 0–6 stand six characters
    // (one column) left of those of rows 8–10, whose columns start at 20, 26 and 32. Row 6 holds
    // its run's columns 1 and 2; read with the rows below only, it fits columns 0 and 1.
    const runs = [
      row(0, [14, '1'], [20, '2']),
      row(2, [14, '3'], [26, '4']),
      row(4, [20, '5'], [26, '6']),
      row(6, [20, '7'], [26, '8']),
      row(8, [20, '9'], [32, '1']),
      row(10, [20, '1'], [26, '2'], [32, '3']),
    ];
    const lines = new Set([0, 2, 4, 6, 8, 10]);
    // The rows of its own run place it one column to the right: two readings, no grid.
    expect(gridsNear(runs, 3, lines)(6)).toBeNull();
    // The rows below alone (no run above) still read it.
    expect(columnsByPosition(runs[3]!, gridsNear(runs.slice(3), 3, lines)(6)!)).toEqual([0, 1]);
    // Rows of the lower run are read as before: the run above does not gather into three columns with them.
    expect(columnsByPosition(runs[4]!, gridsNear(runs, 3, lines)(8)!)).toEqual([0, 2]);
  });

  it('a run whose columns show a number of one row only does not contest the grid (seed 260 p02, lo-layout)', () => {
    // Row 4 stands in columns 1 and 2 of the complete row above; the two rows below, with it, gather
    // into three groups only because row 4's first number is alone in one.
    const rowsNear = [
      row(0, [10, '1'], [20, '2'], [30, '3']),
      row(2, [10, '4'], [30, '6']),
      row(4, [20, '5'], [30, '6']),
      row(6, [30, '77'], [40, '8']),
      row(8, [40, '9']),
    ];
    expect(columnsByPosition(rowsNear[2]!, gridsNear(rowsNear, 3, new Set([0, 2, 4, 6, 8]))(4)!)).toEqual([1, 2]);
  });
});

describe('wrapped labels', () => {
  const probe = (text: string) => {
    const labels: Record<string, string> = { '6.属于四类过程性信息': 'p', '7.属于行政执法案卷': 'e', '2.没有现成信息需要另行制作': 'n' };
    const clean = text.replace(/\s/g, '');
    return labels[clean] ? { key: labels[clean] as string, exact: true } : null;
  };
  const run = (lines: string[]) => {
    const l = lexLines(lines.join('\n'));
    const joined: WrappedLabel[] = [];
    const out = joinWrappedLabels(tokenize(l, detectLayout(l)), probe, joined);
    return {
      joined: joined.map((j) => j.label.text),
      stream: out
        .filter((t) => t.kind !== 'break')
        .map((t) => (t.kind === 'value' ? t.content.value : t.kind === 'label' ? t.text : t.kind)),
    };
  };

  it('joins pieces over several lines before and after the numbers', () => {
    expect(run(['6.属于     0 4 0 3', '四类过', '程性信', '息', '7.属于', '行政执     1 2 3 4', '法案卷'])).toEqual({
      joined: ['6.属于四类过程性信息', '7.属于行政执法案卷'],
      stream: ['6.属于四类过程性信息', 0, 4, 0, 3, '7.属于行政执法案卷', 1, 2, 3, 4],
    });
  });

  it("keeps a row's numbers split over its label's lines together, and a group label's pieces beside it apart", () => {
    expect(run(['（四）无 2.没有现成信息需     0 0 5', '法提供   要另行制作        1 6'])).toEqual({
      joined: ['2.没有现成信息需要另行制作'],
      stream: ['（四）无', '2.没有现成信息需要另行制作', 0, 0, 5, 1, 6, '法提供'],
    });
  });

  it('joins nothing when the pieces make no label, or a label without the piece that starts it', () => {
    expect(run(['属于     0 4', '四类过程性信息']).joined).toEqual([]);
    expect(run(['其他     0 4', '行政执法案卷']).joined).toEqual([]);
  });
});
