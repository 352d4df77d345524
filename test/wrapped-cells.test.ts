/**
 * Numbers wrapped one or two digits to a line inside narrow cells, in `pdftotext -layout` text of a
 * browser print (issue 12): `１２` over `３` for 123, the lines of short pieces packed to the left
 * (the tool lays out each line on a grid of its own), a piece sometimes on the line of the piece
 * before it. The pieces are dealt to the row's cells by the order of each line, their columns and
 * the row sum; the table's equations choose among the deals. Text we write, and our own reports
 * printed by `test/helpers/layout-text.ts` and wrapped here.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, table3Addresses } from 'zfxxgk-report';
import { consistentCells, consistentReport } from './helpers/fixtures.js';
import { renderLayoutText, rowItemAt } from './helpers/layout-text.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { wrappedCellReadings } from '../src/tables/wrapped-cells.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';
import type { RowItem } from '../src/tables/placement.js';

const row = (line: number, ...cols: [number, string][]): RowItem[] => cols.map(([c, r]) => rowItemAt(line, c, r));
const rowSum = (v: (number | null)[]): boolean => v[6] !== null && v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0) === v[6];
const values = (readings: RowItem[][] | null): (number | null)[][] | null =>
  readings && readings.map((r) => r.map((i) => (i.token.kind === 'value' ? i.token.content.value : null)));

describe('a row of numbers wrapped inside narrow cells', () => {
  it('deals the pieces of a line packed to the left to the cells above them (one deal adds up)', () => {
    // 1748 2309 1945 2617 1693 2517 12829: the second line's pieces stand up to four characters
    // left of their numbers' first pieces, under the number before (`３` under `２６１`).
    const items = [
      ...row(0, [25, '17'], [28, '23'], [31, '19'], [34, '261'], [38, '169'], [42, '25'], [45, '128']),
      ...row(1, [25, '48'], [28, '09'], [31, '45'], [34, '7'], [36, '3'], [38, '17'], [41, '29']),
    ];
    expect(values(wrappedCellReadings(items, 7, rowSum))).toEqual([[1748, 2309, 1945, 2617, 1693, 2517, 12829]]);
  });

  it('joins a piece printed on the line of the piece before it, right after it', () => {
    // 0 10 288 151 7 0 456, `28` and `8` on one line: eight pieces for seven cells.
    const items = row(0, [23, '0'], [25, '10'], [28, '28'], [31, '8'], [33, '151'], [37, '7'], [39, '0'], [41, '456']);
    expect(values(wrappedCellReadings(items, 7, rowSum))).toEqual([[0, 10, 288, 151, 7, 0, 456]]);
  });

  it('keeps both deals where a piece before a number on its line may be its last piece (`７` `６８７`: 6875 or 6877)', () => {
    // 0 93 7 6875 231 2 7208, `５` four spaces after `６８７`; the deal that reads `７` as the last
    // piece of `６８７` (6877, then 5 a cell) adds up too: the tool prints a lower piece on the line of
    // the piece above on either side of it (probe seed 127), so the table decides.
    const items = row(0, [13, '0'], [15, '93'], [18, '7'], [20, '687'], [27, '5'], [29, '231'], [33, '2'], [35, '7208']);
    expect(values(wrappedCellReadings(items, 7, rowSum))?.sort()).toEqual([
      [0, 93, 6877, 5, 231, 2, 7208],
      [0, 93, 7, 6875, 231, 2, 7208],
    ]);
  });

  it('joins a last piece printed on the line of the piece above it, before it (`６ ３５０３` is 35036)', () => {
    // 1 35036 87335 56 9 42 122479 (probe seed 127, p01): `６` two characters before `３５０３`, `５`
    // and `７９` on the line below. Before, no deal fitted and the row's cells were all flagged.
    const items = [
      ...row(0, [36, '1'], [38, '6'], [40, '3503'], [45, '8733'], [50, '56'], [53, '9'], [60, '42'], [63, '1224']),
      ...row(1, [45, '5'], [65, '79']),
    ];
    expect(values(wrappedCellReadings(items, 7, rowSum))).toEqual([[1, 35036, 87335, 56, 9, 42, 122479]]);
  });

  it('keeps every deal that adds up where the pieces allow two (the table decides)', () => {
    // 12|3 and 45|6, `３` and `６` on two lines under both: either goes to either number.
    const items = [
      ...row(0, [10, '12'], [14, '45'], [18, '1'], [20, '1'], [22, '1'], [24, '1'], [27, '583']),
      ...row(1, [12, '3']),
      ...row(2, [12, '6']),
    ];
    expect(values(wrappedCellReadings(items, 7, rowSum))).toEqual([
      [126, 453, 1, 1, 1, 1, 583],
      [123, 456, 1, 1, 1, 1, 583],
    ]);
  });

  it('leaves a band whose pieces are not numbers placed by position alone', () => {
    expect(values(wrappedCellReadings(row(0, [1, '1'], [3, '2']), 7, rowSum))).toEqual([]);
  });
});

/** The width of a wrapped cell: digits to a line. */
const CAP = 2;

/**
 * Table 三's numbers of `text` wrapped to {@link CAP} digits a line, as a browser prints full-width
 * digits in narrow cells: each number's first piece on its row's line, the others on the lines after
 * it, each such line packed to the left (a piece stands one character further left for every two
 * pieces before it on its line, never on the piece before it).
 */
function wrapDigits(text: string): string {
  const out: string[] = [];
  let inTable = false;
  for (const l of text.split('\n')) {
    if (/^三、/.test(l)) inTable = true;
    if (/^四、/.test(l)) inTable = false;
    const numbers = [...l.matchAll(/(?<= )\d+(?= |$)/g)];
    if (!inTable || numbers.length !== 7 || !/[\u4e00-\u9fff]/.test(l)) {
      out.push(l);
      continue;
    }
    const top = l.split('');
    const more: { col: number; raw: string }[][] = [];
    for (const m of numbers) {
      const digits = m[0];
      for (let k = CAP; k < digits.length; k++) top[(m.index as number) + k] = ' ';
      for (let k = 1; k * CAP < digits.length; k++)
        (more[k - 1] ??= []).push({ col: m.index as number, raw: digits.slice(k * CAP, (k + 1) * CAP) });
    }
    out.push(top.join('').trimEnd());
    for (const pieces of more) {
      let line = '';
      pieces.forEach((p, i) => {
        const col = Math.max(line.length + 1, p.col - Math.floor(i / 2));
        line = line.padEnd(col) + p.raw;
      });
      out.push(line);
    }
  }
  return out.join('\n');
}

describe('table 三 with numbers wrapped inside narrow cells', () => {
  it('reads every row whose pieces one deal fits, and states no wrong cell', () => {
    const r = consistentReport(5, '2021', { scale: 3000 });
    const text = wrapDigits(renderLayoutText(r, { wrap: 'none' }));
    expect(text).toMatch(/\n {20,}\d{1,2}( +\d{1,2})+\n/);
    const { report, diagnostics } = parseReport(text);
    const s = scoreCells(r, report, diagnostics);
    expect(s.wrongAddresses).toEqual([]);
    const want = listCells(r).filter((c) => c.address.startsWith('t3.'));
    const got = new Map(report ? listCells(report).map((c) => [c.address, c]) : []);
    const right = want.filter((c) => got.get(c.address)?.status === c.status && got.get(c.address)?.value === c.value);
    expect(right.length).toBe(want.length);
    // Each row read by its deal says which pieces it joined.
    const received = want.filter((c) => c.address.startsWith('t3.newReceived.')).map((c) => String(c.value));
    const split = (d: string): string =>
      Array.from({ length: Math.ceil(d.length / CAP) }, (_, k) => d.slice(k * CAP, (k + 1) * CAP)).join('|');
    const unwrapped = diagnostics.find((d) => d.code === 'cells-unwrapped' && d.path === 't3.newReceived');
    const detail = received
      .filter((d) => d.length > CAP)
      .map((d) => `${split(d)} → ${d}`)
      .join(', ');
    expect(unwrapped?.severity).toBe('info');
    expect(unwrapped?.messageEn.endsWith(`: ${detail}.`)).toBe(true);
  });
});

describe('a row short of numbers before a band of pieces (its cells half a line down)', () => {
  it('deals no band whose lines may hold the numbers of the short row before it', () => {
    // 3.危及 0 0 0 0 7 39 46 and 4.保护第三方 all zeros, the last three cells of both printed under
    // the second row's label (`7`, `0`, `39 46`, `0 0`): dealt to the second row alone, the pieces
    // make 70, 390 and 460, which add up (every number times ten), and 460 was stated.
    const cells: Record<string, number | null> = consistentCells(3, { table2: '2019', table3: '2019' });
    for (const a of table3Addresses('2019')) cells[a] = 0;
    for (const [c, v] of [
      ['legalServiceOrg', 7],
      ['otherOrg', 39],
      ['total', 46],
    ] as const)
      for (const row of ['results.denied.securityStability', 'results.total', 'newReceived']) cells[`t3.${row}.${c}`] = v;
    const r = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
    const lines = renderLayoutText(r, { wrap: 'none' }).split('\n');
    const at = lines.findIndex((l) => l.includes('危及'));
    const cols = [...(lines[at] as string).matchAll(/\d+/g)].slice(-3).map((m) => m.index as number);
    const [c5, c6, c7] = cols as [number, number, number];
    const cut = (l: string): string => l.slice(0, c5).trimEnd();
    const band = [
      ' '.repeat(c5) + '7',
      ' '.repeat(c5) + '0',
      `${' '.repeat(c6)}39${' '.repeat(c7 - c6 - 2)}46`,
      `${' '.repeat(c6)}0${' '.repeat(c7 - c6 - 1)}0`,
    ];
    const text = [...lines.slice(0, at), cut(lines[at] as string), cut(lines[at + 1] as string), ...band, ...lines.slice(at + 2)].join(
      '\n',
    );
    const { report, diagnostics } = parseReport(text);
    const got = new Map(report ? listCells(report).map((c) => [c.address, c]) : []);
    // Neither row is stated from the band: the pieces are either row's.
    for (const row of ['securityStability', 'thirdPartyRights'])
      for (const c of ['legalServiceOrg', 'otherOrg', 'total'])
        expect(got.get(`t3.results.denied.${row}.${c}`)?.status, `${row}.${c}`).not.toBe('value');
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
  });
});

describe('our Chromium print with full-width digits wrapped in narrow cells (probe seed 127, p01)', () => {
  // `３４３ ９  １４４５ ７７７７ ０    ９４９８` over `９ ９`: the `９` before `１４４５` is its last
  // piece (14459), the `９` below `７７７７` is 77779's, `０` a cell. Read with `９` a cell and `０`
  // 77770's last piece, the row sum held as well, and three cells were stated wrong, silently.
  const text = readFixture('probe-127-p01-chromium-layout.txt');
  it('states no wrong cell of 补正后申请内容仍不明确 (three were, silently)', () => {
    const got = cellsUnder(text, 't3.results.unableToProvide.stillUnclear.');
    expect(got).toHaveLength(7);
    expect(statedWrong(got, [2, 2406, 343, 14459, 77779, 0, 94989])).toEqual([]);
  });
  it('reads 没有现成信息需要另行制作, whose `６` stands before `３５０３` (flagged before)', () => {
    const got = cellsUnder(text, 't3.results.unableToProvide.needsCreation.');
    expect(got.map((c) => [c.status, c.value])).toEqual([1, 35036, 87335, 56, 9, 42, 122479].map((v) => ['value', v]));
  });
});
