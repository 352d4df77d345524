/**
 * Two rows whose numbers `pdftotext -layout` wrote on alternating lines after their labels (probe
 * seed 204, p12, 2019 template, Chromium print, blank cells): `3.危及…  0 46` / `4.保护… 0 8 59` /
 * `0` / `24` / `0 46` / `11 102`, each line further right. The lines after the labels were the
 * second row's overflow and `values-unplaced`, the table-wide search over the short rows found no
 * combination, and every short row of table 三 was `ambiguous` (126 of its 161 cells). Seed 208 p02:
 * the same with labels alone on their lines and two rows alike (112 of 161 cells flagged).
 */
import { describe, expect, it } from 'vitest';
import type { RowItem } from '../src/tables/placement.js';
import type { RowSegment, Segmentation } from '../src/tables/rows.js';
import type { LabelToken, TableToken, ValueToken } from '../src/tables/tokens.js';
import { readAlternatingRows } from '../src/repairs/alternating-rows.js';
import { createReport, listCells, parseReport, table3Addresses, type CellRecord } from 'zfxxgk-report';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';
import { consistentCells } from './helpers/fixtures.js';
import { APPLICANTS } from './helpers/block-stream.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { scoreCells } from './helpers/ownership-layouts.js';

/** Our report's truth for the two rows (naturalPerson … total; null: blank). */
const SECURITY = [0, 46, null, 0, null, 0, 46];
const THIRD_PARTY = [0, 8, 59, null, 24, 11, 102];

/**
 * Table 三 cells of probe seed 208 p02 left flagged: the three cells of each of the two rows alike
 * on which the two turns of the lines differ, and five of `（六）其他处理` (was 112: the run's lines
 * in the table-wide search, which then found no combination and left every short row ambiguous).
 */
const FLAGGED_208 = 11;

let offset = 0;

function value(line: number, column: number, n: number | null): ValueToken {
  const start = (offset += 10);
  // (null: a blank marker `/`)
  if (n === null)
    return { kind: 'blank', raw: '/', start, end: start + 1, line, column, gapBefore: 0, lineStart: false } as unknown as ValueToken;
  const raw = String(n);
  return {
    kind: 'value',
    raw,
    content: { kind: 'count', value: n },
    start,
    end: start + raw.length,
    line,
    column,
    gapBefore: 0,
    lineStart: false,
  } as unknown as ValueToken;
}

function label(line: number, text: string): LabelToken {
  const start = (offset += 10);
  return { kind: 'label', text, start, end: start + text.length, line, column: 4, gapBefore: 0, lineStart: true };
}

function item(token: ValueToken, run: number): RowItem {
  return { token, collapsedBefore: 0, run };
}

function segment(key: string, at: LabelToken, items: RowItem[], overflow: RowItem[] = []): RowSegment<string> {
  return {
    key,
    label: at,
    labels: [at],
    how: 'exact',
    matched: key,
    evidence: { items, gapsVisible: false, collapsedAfter: null },
    overflow,
    at: 0,
  };
}

/** Two rows A (line 1) and B (line 2), then number lines (line 3 on): `[column, value][]` per line. */
function layout(aOwn: [number, number | null][], bOwn: [number, number | null][], lines: [number, number | null][][]) {
  const la = label(1, 'A');
  const lb = label(2, 'B');
  const tokens: TableToken[] = [la];
  const aItems = aOwn.map(([c, n]) => item(value(1, c, n), 0));
  tokens.push(...aItems.map((i) => i.token), lb);
  const bItems = bOwn.map(([c, n]) => item(value(2, c, n), 1));
  tokens.push(...bItems.map((i) => i.token));
  const rest = lines.flatMap((l, k) => l.map(([c, n]) => item(value(3 + k, c, n), 1)));
  tokens.push(...rest.map((i) => i.token));
  const a = segment('a', la, aItems);
  const b =
    bItems.length > 0
      ? segment('b', lb, bItems, rest)
      : segment('b', lb, rest.slice(0, lines[0]?.length ?? 0), rest.slice(lines[0]?.length ?? 0));
  const seg: Segmentation<string> = {
    rows: [a, b],
    groups: [],
    orphans: [],
    orphanRows: [{ at: 0, items: [...b.overflow] }],
    runText: new Map(),
  };
  return { seg, tokens, a, b };
}

/** Two rows whose alternating lines read alike either way (`4 0` twice, then `2 6` and `1 5`): both turns add up. */
function twoRowsAlike(): ReturnType<typeof layout> {
  return layout(
    [],
    [],
    [
      [
        [30, 4],
        [32, 0],
      ],
      [
        [30, 4],
        [32, 0],
      ],
      [
        [40, 2],
        [44, 6],
      ],
      [
        [40, 1],
        [44, 5],
      ],
    ],
  );
}

const values = (items: readonly RowItem[]): (number | null)[] =>
  items.map((i) => (i.token.kind === 'value' ? i.token.content.value : null));

describe('two rows on alternating lines (pdftotext -layout)', () => {
  it('our Chromium print (probe seed 204 p12): both rows read, nothing stated wrong', () => {
    const text = readFixture('probe-204-p12-chromium-layout.txt');
    const security = cellsUnder(text, 't3.results.denied.securityStability.');
    const third = cellsUnder(text, 't3.results.denied.thirdPartyRights.');
    expect(statedWrong(security, SECURITY)).toEqual([]);
    expect(statedWrong(third, THIRD_PARTY)).toEqual([]);
    expect(third.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([0, 8, 59, 'blank', 24, 11, 102]);
    // (its two zeros and two blanks in the four middle columns: the arithmetic never tells a 0 from a blank)
    expect(security.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([
      0,
      46,
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      46,
    ]);
    // the rest of table 三 is read again: its complete and short rows stated
    const t3 = cellsUnder(text, 't3.');
    expect(t3.filter((c) => c.status === 'ambiguous' || c.status === 'missing').length).toBe(32);
  });

  it('our Chromium print (probe seed 208 p02): two rows alike, either turn adds up, so only the cells both turns agree on are read', () => {
    // (`（三）不予公开 4.保护第三方合法权益` / `5.属于三类内部事务信息` / `46 0` / `46 0` / `24` / `17` / `0` / `0` /
    // `24` / `0` / `0 94` / `0 63`: dealt either way each row adds up, and the column equations keep
    // both, the two rows' sums being the same either way. The cells the turns give alike are read,
    // the others ambiguous with both candidates; the rest of table 三 is read.)
    const text = readFixture('probe-208-p02-chromium-layout.txt');
    const shown = (c: CellRecord): number | string | (number | null)[] =>
      c.status === 'value' ? (c.value as number) : c.status === 'ambiguous' ? (c.candidates ?? []) : c.status;
    expect(cellsUnder(text, 't3.results.denied.thirdPartyRights.').map(shown)).toEqual([46, 0, [24, 17], 0, [24, 0], 0, [94, 63]]);
    expect(cellsUnder(text, 't3.results.denied.internalAffairs.').map(shown)).toEqual([46, 0, [17, 24], 0, [0, 24], 0, [63, 94]]);
    expect(statedWrong(cellsUnder(text, 't3.results.denied.thirdPartyRights.'), [46, 0, 24, 0, 24, 0, 94])).toEqual([]);
    expect(statedWrong(cellsUnder(text, 't3.results.denied.internalAffairs.'), [46, 0, 17, 0, 0, 0, 63])).toEqual([]);
    const t3 = cellsUnder(text, 't3.');
    expect(t3.filter((c) => c.status === 'ambiguous' || c.status === 'missing').length).toBe(FLAGGED_208);
  });

  it('deals the lines in turn from the labels: A, B, A, B …', () => {
    const { seg, tokens, a, b } = layout(
      [
        [26, 0],
        [28, 46],
      ],
      [
        [24, 0],
        [26, 8],
        [28, 59],
      ],
      [
        [[38, 0]],
        [[42, 24]],
        [
          [46, 0],
          [48, 46],
        ],
        [
          [46, 11],
          [49, 102],
        ],
      ],
    );
    expect(readAlternatingRows(seg, tokens, new Set(['a', 'b']), 7)).toEqual([a, b]);
    expect(values(a.evidence.items)).toEqual([0, 46, 0, 0, 46]);
    expect(values(b.evidence.items)).toEqual([0, 8, 59, 24, 11, 102]);
    expect(b.overflow).toEqual([]);
    expect(seg.orphanRows).toEqual([]);
  });

  it('hands back both turns of two rows alike, where asked, and takes the run out of the overflow and the orphans', () => {
    const alike = twoRowsAlike();
    const eitherWay = new Map<RowSegment<string>, RowItem[][]>();
    // (not read: neither turn is taken)
    expect(readAlternatingRows(alike.seg, alike.tokens, new Set(['a', 'b']), 7, eitherWay)).toEqual([]);
    expect([...eitherWay.keys()]).toEqual([alike.a, alike.b]);
    expect((eitherWay.get(alike.a) ?? []).map(values)).toEqual([
      [4, 0, 2, 6],
      [4, 0, 1, 5],
    ]);
    expect((eitherWay.get(alike.b) ?? []).map(values)).toEqual([
      [4, 0, 1, 5],
      [4, 0, 2, 6],
    ]);
    expect(alike.b.overflow).toEqual([]);
    expect(alike.seg.orphanRows).toEqual([]);
    // (a run only one turn reads is read by it, and nothing is handed back for it)
    // (`1` / `2` / `1` / `0 2`: the other turn gives A 1 0 2, which does not add up)
    const none = new Map<RowSegment<string>, RowItem[][]>();
    const turn = layout(
      [[26, 1]],
      [[26, 2]],
      [
        [[38, 1]],
        [
          [42, 0],
          [44, 2],
        ],
      ],
    );
    expect(readAlternatingRows(turn.seg, turn.tokens, new Set(['a', 'b']), 7, none)).toEqual([turn.a, turn.b]);
    expect(values(turn.a.evidence.items)).toEqual([1, 1]);
    expect(values(turn.b.evidence.items)).toEqual([2, 0, 2]);
    // (two turns that give each row the same numbers, zeros alike: one reading, read)
    const zeros = layout(
      [],
      [],
      [
        [
          [30, 0],
          [32, 0],
        ],
        [
          [30, 0],
          [32, 0],
        ],
        [[40, 0]],
        [[40, 0]],
      ],
    );
    expect(readAlternatingRows(zeros.seg, zeros.tokens, new Set(['a', 'b']), 7, none)).toEqual([zeros.a, zeros.b]);
    expect(values(zeros.a.evidence.items)).toEqual([0, 0, 0]);
    expect(none.size).toBe(0);
  });

  it('hands back both readings where A’s label is alone on its line and B’s label line’s numbers may be A’s', () => {
    // (probe 418 p08, Chromium: `要求提供公开出版物` / `无正当理由大量反复申请 ２１ ０ ３０ ３７ ０` / `４２ —— ９ ４５ ０` /
    // `—— ８８` / `０ ９６`, the first and third lines of numbers A's; read by the turn, the rows' numbers
    // were each other's, every sum kept, silently)
    const run = (): ReturnType<typeof layout> =>
      layout(
        [],
        [
          [22, 21],
          [28, 0],
          [30, 30],
          [33, 37],
          [36, 0],
        ],
        [
          [
            [22, 42],
            [25, null],
            [28, 9],
            [30, 45],
            [33, 0],
          ],
          [
            [40, null],
            [43, 88],
          ],
          [
            [40, 0],
            [43, 96],
          ],
        ],
      );
    const both = run();
    const eitherWay = new Map<RowSegment<string>, RowItem[][]>();
    expect(readAlternatingRows(both.seg, both.tokens, new Set(['a', 'b']), 7, eitherWay)).toEqual([]);
    expect((eitherWay.get(both.a) ?? []).map(values)).toEqual([
      [42, null, 9, 45, 0, 0, 96],
      [21, 0, 30, 37, 0, null, 88],
    ]);
    expect((eitherWay.get(both.b) ?? []).map(values)).toEqual([
      [21, 0, 30, 37, 0, null, 88],
      [42, null, 9, 45, 0, 0, 96],
    ]);
    // (without `eitherWay` the rows stay as they were: neither reading is taken)
    const left = run();
    expect(readAlternatingRows(left.seg, left.tokens, new Set(['a', 'b']), 7)).toEqual([]);
  });

  it('leaves two rows alike alone: either turn of the lines adds up, so the text does not tell the rows apart', () => {
    // (label lines without numbers: dealt either way, each row adds up; two readings fit, neither is taken)
    const alike = twoRowsAlike();
    expect(readAlternatingRows(alike.seg, alike.tokens, new Set(['a', 'b']), 7)).toEqual([]);
  });

  it('takes blank markers among the numbers as cells (counted as 0 in the sums)', () => {
    // (the rows' first cells on their labels' lines: only the turn A, B, A … adds up)
    const marked = layout(
      [
        [30, 48],
        [33, 26],
        [36, null],
        [38, 23],
        [41, 0],
      ],
      [
        [30, null],
        [32, 0],
        [34, 46],
        [37, 6],
      ],
      [
        [
          [50, 0],
          [52, 97],
        ],
        [
          [46, 18],
          [49, 39],
          [52, 109],
        ],
      ],
    );
    expect(readAlternatingRows(marked.seg, marked.tokens, new Set(['a', 'b']), 7)).toEqual([marked.a, marked.b]);
    expect(values(marked.a.evidence.items)).toEqual([48, 26, null, 23, 0, 0, 97]);
    expect(values(marked.b.evidence.items)).toEqual([null, 0, 46, 6, 18, 39, 109]);
  });

  it('leaves the rows alone where a row does not add up, its pieces overlap, or the lines are no run', () => {
    // (a row whose last number is not the sum of the others)
    const off = layout([[26, 3]], [[26, 1]], [[[38, 2]], [[42, 9]]]);
    expect(readAlternatingRows(off.seg, off.tokens, new Set(['a', 'b']), 7)).toEqual([]);
    expect(off.b.overflow).toHaveLength(2);
    // (a row's pieces overlapping: A's second piece left of its first)
    const back = layout([[40, 3]], [[26, 1]], [[[30, 3]], [[42, 1]]]);
    expect(readAlternatingRows(back.seg, back.tokens, new Set(['a', 'b']), 7)).toEqual([]);
    // (a run of one line is a row's own line, not a run)
    const one = layout([[26, 3]], [[26, 1]], [[[38, 3]]]);
    expect(readAlternatingRows(one.seg, one.tokens, new Set(['a', 'b']), 7)).toEqual([]);
    // (lines at the margin: plain text in reading order, not laid out by position)
    const plain = layout(
      [[26, 0]],
      [[26, 1]],
      [
        [
          [0, 3],
          [2, 3],
        ],
        [
          [0, 4],
          [2, 5],
        ],
      ],
    );
    expect(readAlternatingRows(plain.seg, plain.tokens, new Set(['a', 'b']), 7)).toEqual([]);
  });

  it('our report, two rows whose last three cells alternate and either turn adds up: the rest read, those cells ambiguous', () => {
    // 3.危及… 3 0 0 0 7 39 49 and 4.保护第三方… 3 0 0 0 5 12 20, their first four cells on their labels'
    // lines, the last three on the lines after them: `7` / `5` / `39 49` / `12 20`. Dealt either way
    // each row adds up (their first four cells alike), and either way the columns add up the same.
    const cells: Record<string, number | null> = consistentCells(3, { table2: '2019', table3: '2019' });
    for (const a of table3Addresses('2019')) cells[a] = 0;
    const security = [3, 0, 0, 0, 7, 39, 49];
    const third = [3, 0, 0, 0, 5, 12, 20];
    APPLICANTS.forEach((c, j) => {
      cells[`t3.results.denied.securityStability.${c}`] = security[j] as number;
      cells[`t3.results.denied.thirdPartyRights.${c}`] = third[j] as number;
      for (const row of ['results.total', 'newReceived']) cells[`t3.${row}.${c}`] = (security[j] as number) + (third[j] as number);
    });
    const r = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
    const lines = renderLayoutText(r, { wrap: 'none' }).split('\n');
    const at = lines.findIndex((l) => l.includes('危及'));
    const [c5, c6, c7] = [...(lines[at] as string).matchAll(/\d+/g)].slice(-3).map((m) => m.index as number) as [number, number, number];
    const cut = (l: string): string => l.slice(0, c5).trimEnd();
    const pair = (x: string, y: string): string => `${' '.repeat(c6)}${x}${' '.repeat(c7 - c6 - x.length)}${y}`;
    const run = [' '.repeat(c5) + '7', ' '.repeat(c5) + '5', pair('39', '49'), pair('12', '20')];
    const text = [...lines.slice(0, at), cut(lines[at] as string), cut(lines[at + 1] as string), ...run, ...lines.slice(at + 2)].join('\n');
    const { report, diagnostics } = parseReport(text);
    const read = report ? listCells(report) : [];
    const shown = (c: CellRecord): number | string | (number | null)[] =>
      c.status === 'value' ? (c.value as number) : c.status === 'ambiguous' ? (c.candidates ?? []) : c.status;
    const row = (key: string): (number | string | (number | null)[])[] =>
      read.filter((c) => c.address.startsWith(`t3.results.denied.${key}.`)).map(shown);
    expect(row('securityStability')).toEqual([3, 0, 0, 0, [7, 5], [39, 12], [49, 20]]);
    expect(row('thirdPartyRights')).toEqual([3, 0, 0, 0, [5, 7], [12, 39], [20, 49]]);
    // (every other cell of table 三 read: only those six flagged, nothing stated wrong)
    const flagged = read.filter((c) => c.address.startsWith('t3.') && (c.status === 'ambiguous' || c.status === 'missing'));
    expect(flagged).toHaveLength(6);
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
  });
});
