/**
 * A settled table (`src/tables/settled.ts`, issue 16): the structure that lets table 三's reader
 * skip its repairs. Every row of the template once, whole, on its own label's line, nothing
 * unclaimed; any departure from it sends the table through the repairs.
 */
import { describe, expect, it } from 'vitest';
import { settledOnLabelLines, settledRows } from '../src/tables/settled.js';
import type { RowSegment, Segmentation } from '../src/tables/rows.js';
import type { RowItem } from '../src/tables/placement.js';
import type { LabelToken, ValueToken } from '../src/tables/tokens.js';
import { listCells, parseReport } from '../src/index.js';
import { consistentReport } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';

const NCOLS = 3;
const KEYS = ['a', 'b'] as const;
type Key = (typeof KEYS)[number] | 'head';

const label = (line: number): LabelToken => ({
  kind: 'label',
  text: `L${line}`,
  start: line * 10,
  end: line * 10 + 2,
  line,
  gapBefore: 0,
  lineStart: true,
});
const value = (line: number, k: number, extra: Partial<ValueToken> = {}): RowItem => ({
  token: {
    kind: 'value',
    raw: String(k),
    content: { kind: 'number', value: k } as ValueToken['content'],
    start: line * 10 + 3 + k,
    end: line * 10 + 4 + k,
    line,
    gapBefore: 0,
    lineStart: false,
    ...extra,
  },
  collapsedBefore: 0,
  run: 0,
});
/** A row's cells one a line after its label's line `at`, `step` lines apart, `gap` blank lines before each. */
const perLine = (at: number, step: number, gap = 0): RowItem[] =>
  [0, 1, 2].map((k) => value(at + step * (k + 1), k, { lineStart: true, gapBefore: gap }));
const row = (key: Key, line: number, items = [0, 1, 2].map((k) => value(line, k))): RowSegment<Key> => ({
  key,
  label: label(line),
  labels: [label(line)],
  how: 'exact',
  matched: key,
  evidence: { items, gapsVisible: false, collapsedAfter: null },
  overflow: [],
  at: line,
});
const seg = (rows: RowSegment<Key>[], more: Partial<Segmentation<Key>> = {}): Segmentation<Key> => ({
  rows,
  groups: [],
  orphans: [],
  orphanRows: [],
  runText: new Map(),
  ...more,
});

describe('settledRows', () => {
  it('every row once, whole, on its own line: settled (a group head holding nothing may share a line)', () => {
    expect(settledRows(seg([row('a', 1), row('b', 2)]), NCOLS, KEYS)).toBe(true);
    expect(settledRows(seg([row('a', 1), row('head', 2, []), row('b', 2)]), NCOLS, KEYS)).toBe(true);
    // cell per line: each cell alone at the start of its own line after the label, the same gap before each
    expect(settledRows(seg([row('a', 1), row('b', 2, perLine(2, 1))]), NCOLS, KEYS)).toBe(true);
    expect(settledRows(seg([row('a', 1), row('b', 2, perLine(2, 2, 1))]), NCOLS, KEYS)).toBe(true);
  });

  it('any departure is not settled', () => {
    const cases: Segmentation<Key>[] = [
      // a row missing, or read twice
      seg([row('a', 1)]),
      seg([row('a', 1), row('b', 2), row('b', 3)]),
      // a row short of a cell, or over-full
      seg([row('a', 1), row('b', 2, [value(2, 0), value(2, 1)])]),
      seg([
        row('a', 1),
        row(
          'b',
          2,
          [0, 1, 2, 3].map((k) => value(2, k)),
        ),
      ]),
      // a cell on another line, two rows on one line
      seg([row('a', 1), row('b', 2, [value(2, 0), value(2, 1), value(3, 2)])]),
      seg([
        row('a', 1),
        row(
          'b',
          1,
          [0, 1, 2].map((k) => value(1, k + 3)),
        ),
      ]),
      // cell per line: a cell not at a line's start, two cells on one line, uneven gaps, two runs
      seg([
        row('a', 1),
        row(
          'b',
          2,
          perLine(2, 1).map((i, k) => (k === 1 ? { ...i, token: { ...i.token, lineStart: false } } : i)),
        ),
      ]),
      seg([row('a', 1), row('b', 2, [...perLine(2, 1).slice(0, 2), value(4, 5, { lineStart: true })])]),
      seg([
        row('a', 1),
        row(
          'b',
          2,
          perLine(2, 1).map((i, k) => (k === 2 ? { ...i, token: { ...i.token, gapBefore: 1 } } : i)),
        ),
      ]),
      seg([
        row('a', 1),
        row(
          'b',
          2,
          perLine(2, 1).map((i, k) => (k === 2 ? { ...i, run: 1 } : i)),
        ),
      ]),
      // a cell glued to text, joined from pieces, or cut off a list number
      seg([row('a', 1), row('b', 2, [value(2, 0, { glued: true }), value(2, 1), value(2, 2)])]),
      seg([row('a', 1), row('b', 2, [value(2, 0, { printed: [] }), value(2, 1), value(2, 2)])]),
      seg([row('a', 1), row('b', 2, [value(2, 0, { endUnproven: true }), value(2, 1), value(2, 2)])]),
      // something unclaimed: an orphan, a run under a group label, a row's overflow, a head holding numbers
      seg([row('a', 1), row('b', 2)], { orphans: [value(3, 0)] }),
      seg([row('a', 1), row('b', 2)], { groups: [{ key: 'g', label: label(0), beforeRow: 0, items: [value(0, 0)] }] }),
      seg([row('a', 1), { ...row('b', 2), overflow: [value(3, 0)] }]),
      seg([row('a', 1), row('head', 3, [value(3, 0)]), row('b', 2)]),
    ];
    for (const [i, c] of cases.entries()) expect(settledRows(c, NCOLS, KEYS), `case ${i}`).toBe(false);
  });
});

describe('settledOnLabelLines', () => {
  const blankAt = (line: number, k: number, column: number): RowItem => ({
    token: { kind: 'blank', raw: '—', start: line * 10 + k, end: line * 10 + k + 1, line, gapBefore: 0, lineStart: false, column },
    collapsedBefore: 0,
    run: 0,
  });
  const at = (r: RowSegment<Key>, column: number): RowSegment<Key> => ({
    ...r,
    label: { ...r.label, column },
    labels: [{ ...r.label, column }],
  });

  it('settled, every row on its label line: the line repairs are skipped', () => {
    expect(settledOnLabelLines(seg([row('a', 1), row('b', 2)]), NCOLS, KEYS)).toBe(true);
    expect(settledOnLabelLines(seg([row('a', 1), row('head', 2, []), row('b', 2)]), NCOLS, KEYS)).toBe(true);
    // blank marks right of the label's column are cells beside it
    const blanks = [0, 1, 2].map((k) => blankAt(2, k, 10 + k));
    expect(settledOnLabelLines(seg([row('a', 1), at(row('b', 2, blanks), 4)]), NCOLS, KEYS)).toBe(true);
  });

  it('not where a repair may act: cells a line each, every cell a blank mark left of the label, or not settled', () => {
    // (settled, but its cells a line each after the label: the alternating-rows repair reads such lines)
    expect(settledOnLabelLines(seg([row('a', 1), row('b', 2, perLine(2, 1))]), NCOLS, KEYS)).toBe(false);
    // (every cell a blank mark standing left of the label's column: the label-begun repair's case)
    const left = [0, 1, 2].map((k) => blankAt(2, k, k));
    expect(settledOnLabelLines(seg([row('a', 1), at(row('b', 2, left), 4)]), NCOLS, KEYS)).toBe(false);
    expect(settledOnLabelLines(seg([row('a', 1)]), NCOLS, KEYS)).toBe(false);
    expect(settledOnLabelLines(seg([row('a', 1), row('b', 2)], { orphans: [value(3, 0)] }), NCOLS, KEYS)).toBe(false);
  });
});

describe('settled tables read as before', () => {
  it('pipe, TAB, aligned and cell-per-line rows of generated reports: every cell right, no table-三 diagnostic', () => {
    for (const layout of ['pipes', 'tabs', 'aligned', 'markdown', 'cell-per-line', 'innertext-paragraphs'] as const) {
      for (const v of ['2019', '2021'] as const) {
        // (blank cells only where the layout writes them: aligned text leaves a row short, and the repairs read it)
        const truth = consistentReport(7, v, { blanks: layout === 'pipes' || layout === 'markdown' ? [3, 40, 77] : [] });
        const r = parseReport(renderInLayout(truth, layout));
        expect(r.report).not.toBeNull();
        const got = new Map(listCells(r.report as NonNullable<typeof r.report>).map((c) => [c.address, c]));
        const t3 = listCells(truth).filter((c) => c.table === 't3');
        expect(t3.length).toBeGreaterThan(0);
        for (const c of t3) {
          const cell = got.get(c.address);
          expect([cell?.status, cell?.value], `${layout} ${v} ${c.address}`).toEqual([c.status, c.value]);
        }
        expect(
          r.diagnostics.filter((d) => d.path?.startsWith('t3') && d.severity !== 'info').map((d) => d.code),
          layout,
        ).toEqual([]);
      }
    }
  });
});
