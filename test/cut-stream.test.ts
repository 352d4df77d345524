/**
 * Table 三's stream of numbers (labels first, numbers after them) with the digits of two
 * neighbouring cells run together (`2281 14805` printed `228114805`, plain pdftotext of a Chromium
 * print where a wide number fills its narrow cell): read row by row with as many numbers cut in two
 * as cells are missing, where the row sums and the table's equations allow exactly one reading
 * (`src/repairs/cut-stream.ts`). Our own reports (test/helpers/fixtures.ts) written so.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type Report } from '../src/index.js';
import { decideCutStream, MAX_STREAM_CUTS } from '../src/repairs/cut-stream.js';
import { placeStream, type NumberStreamDecision, type StreamCell } from '../src/repairs/number-stream.js';
import type { TableRelation } from '../src/template/relations.js';
import { consistentReport, VERSIONS } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { streamText } from './helpers/stream-text.js';

function t3Of(report: Report): Map<string, unknown> {
  return new Map(
    listCells(report)
      .filter((c) => c.address.startsWith('t3.'))
      .map((c) => [c.address, c.status === 'blank' ? null : c.value]),
  );
}

/** Runs the last two cells of every row in `rows` together (where both are numbers and the second has no leading zero). */
function glueLastTwo(rows: readonly number[]) {
  return (cells: string[][]): void => {
    for (const r of rows) {
      const row = cells[r] as string[];
      const [a, b] = [row[5] as string, row[6] as string];
      expect(/^\d+$/.test(a) && /^[1-9]\d*$/.test(b)).toBe(true);
      row.splice(5, 2, a + b);
    }
  };
}

describe('table 三 stream with glued cells (cut-stream)', () => {
  for (const v of VERSIONS)
    it(`${v}: two rows glued (the first and the results total): every cell read, named by values-after-labels (rows-cut)`, () => {
      const truth = consistentReport(21, v, { scale: 40 });
      const total = v === '2019' ? 20 : 22;
      const { report, diagnostics } = parseReport(streamText(truth, 'rows', 0, glueLastTwo([0, total])), { format: 'text' });
      expect(t3Of(report!)).toEqual(t3Of(truth));
      const stream = diagnostics.filter((d) => d.code === 'values-after-labels');
      expect(stream.map((d) => [d.severity, d.path, d.actual, d.addresses?.length])).toEqual([
        ['warning', 't3', 'rows-cut', t3Of(truth).size],
      ]);
      expect(scoreCells(truth, report!, diagnostics).silentWrong).toBe(0);
    });

  it('the first two cells run together and written against the last label (a glued number): cut, every cell read', () => {
    const truth = consistentReport(23, '2021', { scale: 40 });
    let first = '';
    const text = streamText(truth, 'rows', 0, (cells) => {
      const row = cells[0] as string[];
      expect(/^[1-9]\d*$/.test(row[0] as string) && /^[1-9]\d*$/.test(row[1] as string)).toBe(true);
      row.splice(0, 2, `${row[0] as string}${row[1] as string}`);
      first = row.slice(0, 4).join(' ');
    });
    const at = text.indexOf(`\n${first}\n`);
    expect(at).toBeGreaterThan(0);
    const glued = text.slice(0, at) + text.slice(at + 1);
    const { report, diagnostics } = parseReport(glued, { format: 'text' });
    expect(t3Of(report!)).toEqual(t3Of(truth));
    expect(diagnostics.filter((d) => d.code === 'values-after-labels').map((d) => d.actual)).toEqual(['rows-cut']);
    expect(scoreCells(truth, report!, diagnostics).silentWrong).toBe(0);
  });

  it('a glued pair and a row out of order: no cut reading keeps the sums, nothing read from the stream, nothing stated wrong', () => {
    const truth = consistentReport(22, '2021', { scale: 40 });
    const text = streamText(truth, 'rows', 0, (cells) => {
      glueLastTwo([0])(cells);
      const [a, b] = [cells[3] as string[], cells[4] as string[]];
      expect(a[0]).not.toBe(b[0]);
      [a[0], b[0]] = [b[0] as string, a[0] as string];
    });
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    expect(diagnostics.filter((d) => d.code === 'values-after-labels')).toHaveLength(0);
    expect(scoreCells(truth, report!, diagnostics).silentWrong).toBe(0);
  });
});

describe('decideCutStream', () => {
  // A table of two rows (a, b, total): row 0's sum, and one column equation (row 0's total is row 1's a + b).
  const cell = (v: string, at: number): StreamCell =>
    v === '-'
      ? { kind: 'blank', raw: '-', start: at, end: at + 1, line: 0, gapBefore: 0, lineStart: false }
      : {
          kind: 'value',
          raw: v,
          content: { kind: 'number', value: Number(v.replace(/,/g, '')), signed: false, digits: v.replace(/,/g, '') },
          start: at,
          end: at + v.length,
          line: 0,
          gapBefore: 0,
          lineStart: false,
        };
  const relations: TableRelation[] = [
    { rule: 'T3.ROWSUM', row: 'r0', left: ['t.r0.2'], right: ['t.r0.0', 't.r0.1'] },
    { rule: 'T3.ROWSUM', row: 'r1', left: ['t.r1.2'], right: ['t.r1.0', 't.r1.1'] },
    { rule: 'T3.RESULTS', column: 'total', left: ['t.r0.2'], right: ['t.r1.0', 't.r1.1'] },
  ];
  const cellAt = (address: string) => {
    const m = /^t\.r(\d)\.(\d)$/.exec(address);
    return m ? { row: Number(m[1]), column: Number(m[2]) } : null;
  };
  let at = 0;
  const decide = (values: string[]) =>
    decideCutStream(
      values.map((v) => cell(v, (at += 10))),
      2,
      3,
      cellAt,
      relations,
      (a) => !a.endsWith('.2'),
    );
  const values = (d: NumberStreamDecision | null) =>
    d?.readings.map((r) => [r.order, r.rows.map((row) => row.map((t) => (t.kind === 'value' ? t.content.value : null)))]);

  it('one cut the row sum singles out', () => {
    expect(values(decide(['1', '1213', '6', '7', '13']))).toEqual([
      [
        'rows-cut',
        [
          [1, 12, 13],
          [6, 7, 13],
        ],
      ],
    ]);
  });

  it('the pieces keep the offsets of their digits', () => {
    const d = decide(['1', '1213', '6', '7', '13']);
    const [a, b] = [d?.readings[0]?.rows[0]?.[1], d?.readings[0]?.rows[0]?.[2]];
    expect([a?.start, a?.end, b?.start, b?.end]).toEqual([
      (a?.start ?? 0) + 0,
      (a?.start ?? 0) + 2,
      (a?.start ?? 0) + 2,
      (a?.start ?? 0) + 4,
    ]);
  });

  it('two cuts that keep every equation: both readings, and the cells they disagree on ambiguous', () => {
    // row 1's total blank: 112 is 1 | 12 or 11 | 2, both summing to row 0's total 13
    const d = decide(['1', '12', '13', '112', '-']);
    expect(values(d)).toEqual([
      [
        'rows-cut',
        [
          [1, 12, 13],
          [1, 12, null],
        ],
      ],
      [
        'rows-cut',
        [
          [1, 12, 13],
          [11, 2, null],
        ],
      ],
    ]);
    const placed = placeStream(d as NumberStreamDecision, () => null);
    expect(placed?.orders).toEqual(['rows-cut']);
    expect(placed?.rows[1]?.map((p) => (p.status === 'ambiguous' ? p.candidates : p.status))).toEqual([[1, 11], [12, 2], 'blank']);
  });

  it('a cut whose row sum a blank total it moved leaves unchecked: never read on its own (readingsKept), nothing decided', () => {
    // 58 is 5 | 8 (row 1's cells, the column equation 13 = 5 + 8 holds), but row 1's total is blank:
    // numbers that may be cut stand before and after the blank, so the cuts decide its cell
    const three: TableRelation[] = [...relations, { rule: 'T3.ROWSUM', row: 'r2', left: ['t.r2.2'], right: ['t.r2.0', 't.r2.1'] }];
    const cut = (vs: string[]) =>
      decideCutStream(
        vs.map((v) => cell(v, (at += 10))),
        3,
        3,
        cellAt,
        three,
        (a) => !a.endsWith('.2'),
      );
    expect(cut(['1', '12', '13', '58', '-', '10', '20', '30'])).toBeNull();
    // (the same with row 1's total written: read)
    expect(values(cut(['1', '12', '13', '58', '13', '10', '20', '30']))).toEqual([
      [
        'rows-cut',
        [
          [1, 12, 13],
          [5, 8, 13],
          [10, 20, 30],
        ],
      ],
    ]);
  });

  it('thousands separated numbers run together: cut only where both pieces are numbers as printed', () => {
    // (1,2001,300: the only cut whose pieces are numbers as printed is 1,200 | 1,300)
    expect(values(decide(['100', '1,2001,300', '600', '700', '1,300']))).toEqual([
      [
        'rows-cut',
        [
          [100, 1200, 1300],
          [600, 700, 1300],
        ],
      ],
    ]);
    // a glued number (written against label text) is cut too
    const glued = [
      cell('1', 0),
      { ...(cell('1213', 1) as Extract<StreamCell, { kind: 'value' }>), glued: true },
      cell('6', 2),
      cell('7', 3),
      cell('13', 4),
    ];
    expect(values(decideCutStream(glued, 2, 3, cellAt, relations, (a) => !a.endsWith('.2')))).toEqual([
      [
        'rows-cut',
        [
          [1, 12, 13],
          [6, 7, 13],
        ],
      ],
    ]);
    // a piece that breaks the grouping (1,20 | 01,300) is no cut
    expect(decide(['100', '1,2001,30', '600', '700', '1,300'])).toBeNull();
  });

  it('no cut needed, none possible, a leading zero, or too many cuts: nothing decided', () => {
    expect(decide(['1', '12', '13', '6', '7', '13'])).toBeNull();
    expect(decide(['1', '12', '13', '6', '714'])).toBeNull();
    expect(decide(['1', '12', '13', '6', '07'])).toBeNull();
    expect(
      decideCutStream(
        Array.from({ length: 3 }, (_, i) => cell('1111', i)),
        2,
        3 + MAX_STREAM_CUTS,
        cellAt,
        relations,
        () => true,
      ),
    ).toBeNull();
  });

  it('a cut no equation decides (readings beyond the kept number): nothing decided', () => {
    // (no equation at all: every cut of every number fits, far more readings than kept)
    expect(
      decideCutStream(
        Array.from({ length: 20 }, (_, i) => cell('1111', i)),
        4,
        6,
        cellAt,
        [],
        () => true,
      ),
    ).toBeNull();
  });
});
