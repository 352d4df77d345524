/**
 * Table 三's last row read from the numbers after its label, right after a short row, where blanks
 * vanish (plain `pdftotext` of a Chromium print of a report of zeros and blanks): the seven zeros
 * after `四、结转下` are the last row's (0, blank, blank, 0, blank, blank, blank in the report) and the
 * right-hand columns of the rows above, printed as a tail after the last label. No count nor equation
 * tells them apart: the last row's stated cells are named by a warning, their values kept. Our own
 * report (probe seed 300, p07).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';
import { decideTailAfterShortRow } from '../src/repairs/tail-after-short-row.js';
import type { RowSegment } from '../src/tables/rows.js';
import type { RowItem } from '../src/tables/placement.js';
import { rowItemAt } from './helpers/layout-text.js';

const ROW = 't3.carriedForward.';

/** A `0` alone at the start of line `line`, at offset `at` of the text (plain text). */
const plainZero = (line: number, at: number): RowItem => {
  const i = rowItemAt(line, 0, '0');
  return { ...i, token: { ...i.token, start: at, end: at + 1 } };
};

describe('the last row of table 三 after a short row, blanks vanishing', () => {
  it('keeps its values and names every stated cell in a warning', () => {
    const { report, diagnostics } = parseReport(readFixture('probe-300-p07-chromium-plain.txt'), { format: 'text' });
    const cells = listCells(report!).filter((c) => c.address.startsWith(ROW));
    expect(cells.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const warning = diagnostics.find((d) => d.code === 'numbers-may-be-row-before' && d.path === 't3.carriedForward');
    expect(warning?.severity).toBe('warning');
    expect(warning?.addresses).toEqual(cells.map((c) => c.address));
  });

  /** A row segment of `key` with its label at `start` and `count` zeros after it. */
  const segment = (key: string, start: number, count: number): RowSegment<string> =>
    ({
      key,
      label: { kind: 'label', raw: key, text: key, start, end: start + 2, line: start, gapBefore: 0, lineStart: true },
      labels: [],
      evidence: {
        items: Array.from({ length: count }, (_, k) => plainZero(start + 1 + k, start + 3 + k)),
        gapsVisible: false,
        collapsedAfter: null,
      },
      overflow: [],
    }) as unknown as RowSegment<string>;
  const dataRows = ['a', 'b', 'c'];

  it('only where the row before it, in the text and the template, is short and blanks vanish', () => {
    const rows = [segment('a', 0, 7), segment('b', 20, 3), segment('c', 40, 7)];
    expect(decideTailAfterShortRow({ rows, dataRows, ncols: 7, blanksVanish: true })?.last.key).toBe('c');
    expect(decideTailAfterShortRow({ rows, dataRows, ncols: 7, blanksVanish: false })).toBeNull();
    const whole = [segment('a', 0, 7), segment('b', 20, 7), segment('c', 40, 7)];
    expect(decideTailAfterShortRow({ rows: whole, dataRows, ncols: 7, blanksVanish: true })).toBeNull();
    // (the short row's key taken earlier in the text too, a column heading read as that row: the
    // segment right before the last label is still short; the last row read twice decides nothing)
    const headingToo = [segment('b', 0, 19), segment('a', 10, 7), segment('b', 20, 0), segment('c', 40, 7)];
    expect(decideTailAfterShortRow({ rows: headingToo, dataRows, ncols: 7, blanksVanish: true })?.short).toBe(headingToo[2]);
    const lastTwice = [segment('c', 0, 3), segment('a', 10, 7), segment('b', 20, 3), segment('c', 40, 7)];
    expect(decideTailAfterShortRow({ rows: lastTwice, dataRows, ncols: 7, blanksVanish: true })).toBeNull();
    // (the row before it in the text is not the template's row before it)
    const skipped = [segment('a', 0, 3), segment('c', 40, 7)];
    expect(decideTailAfterShortRow({ rows: skipped, dataRows, ncols: 7, blanksVanish: true })).toBeNull();
    // (numbers set in by their position, `-layout` text, or glued to others, crawler text: no such tail)
    const placed = [segment('a', 0, 7), segment('b', 20, 3), segment('c', 40, 7)];
    const last = placed[2] as RowSegment<string>;
    last.evidence = { ...last.evidence, items: last.evidence.items.map((i) => ({ ...i, token: { ...i.token, column: 30 } })) };
    expect(decideTailAfterShortRow({ rows: placed, dataRows, ncols: 7, blanksVanish: true })).toBeNull();
    const glued = [segment('a', 0, 7), segment('b', 20, 3), segment('c', 40, 7)];
    const short = glued[1] as RowSegment<string>;
    short.evidence = { ...short.evidence, items: short.evidence.items.map((i) => ({ ...i, token: { ...i.token, glued: true } })) };
    expect(decideTailAfterShortRow({ rows: glued, dataRows, ncols: 7, blanksVanish: true })).toBeNull();
  });
});
