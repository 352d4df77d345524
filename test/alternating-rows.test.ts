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
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** Our report's truth for the two rows (naturalPerson … total; null: blank). */
const SECURITY = [0, 46, null, 0, null, 0, 46];
const THIRD_PARTY = [0, 8, 59, null, 24, 11, 102];

/** Table 三 cells of probe seed 208 p02 left flagged (the two rows alike and the short rows the table-wide search cannot place). */
const FLAGGED_208 = 112;

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

  it('our Chromium print (probe seed 208 p02): two rows alike, either turn adds up, so neither is read from the lines', () => {
    // (`（三）不予公开 4.保护第三方合法权益` / `5.属于三类内部事务信息` / `46 0` / `46 0` / `24` / `17` / …:
    // dealt either way each row adds up: two readings fit, the rows stay flagged, nothing stated wrong)
    const text = readFixture('probe-208-p02-chromium-layout.txt');
    const statuses = (prefix: string): string[] => cellsUnder(text, prefix).map((c) => c.status);
    expect(statuses('t3.results.denied.thirdPartyRights.').filter((s) => s === 'value')).toEqual([]);
    expect(statuses('t3.results.denied.internalAffairs.').filter((s) => s === 'value')).toEqual([]);
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

  it('leaves two rows alike alone: either turn of the lines adds up, so the text does not tell the rows apart', () => {
    // (label lines without numbers: dealt either way, each row adds up; two readings fit, neither is taken)
    const alike = layout(
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
});
