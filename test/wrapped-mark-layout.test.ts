/**
 * A two-dash blank mark wrapped in its narrow cell of table 四 (or 三), in `pdftotext -layout` text (issue 12,
 * probe seed 291 p02, our own 2019 report with Word's column widths printed by LibreOffice): the
 * blank total of 未经复议直接起诉, written `——`, broke over two lines, and `pdftotext -layout` printed
 * one dash on the line above the row's line and one below it, at the cell's column. Read in the
 * order of the text, the upper dash was the row's first cell and every cell after it moved one
 * column on; the zeros-and-blanks row kept its group sums, 4 cells silently wrong. The two dashes are
 * now one blank cell on the row's line, at its column (`tables/stacked-marks.ts`). Our own layout
 * below, and the probe document.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';
import { readFixture } from './helpers/probe-fixtures.js';

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
const RESULTS = ['upheld', 'corrected', 'otherResult', 'pending', 'total'] as const;
/** The probe's table 四: blanks and zeros, 52 pending after review. */
const TRUTH = [null, 0, 0, 0, 0, null, 0, 0, 0, null, null, 0, null, 52, 52];

function t4(text: string): (number | string | null)[] {
  const { report } = parseReport(text);
  const cells = new Map((report ? listCells(report) : []).map((c) => [c.address, c]));
  return GROUPS.flatMap((g) =>
    RESULTS.map((r) => {
      const c = cells.get(`t4.${g}.${r}`);
      return c?.status === 'value' || c?.status === 'blank' ? c.value : (c?.status ?? 'absent');
    }),
  );
}

/** Table 四 of `text` replaced by a header and a row laid out as `pdftotext -layout` prints it, the mark at `wrapAt` wrapped. */
function withTable4(text: string, cells: readonly (number | null)[], wrapAt: number): string {
  const step = 6;
  const cols = cells.map((_, j) => 4 + j * step);
  const header = `${' '.repeat(4)}${RESULTS.map((r) => ({ upheld: '结果维持', corrected: '结果纠正', otherResult: '其他结果', pending: '尚未审结', total: '总计' })[r].padEnd(step - 2, ' ')).join('  ')}`;
  const line = (put: (j: number) => string): string => {
    let s = '';
    cols.forEach((c, j) => {
      const t = put(j);
      if (t === '') return;
      s = s.padEnd(c, ' ') + t;
    });
    return s;
  };
  const row = line((j) => (j === wrapAt ? '' : cells[j] === null ? '——' : String(cells[j])));
  const half = line((j) => (j === wrapAt ? '—' : ''));
  const start = text.indexOf('四、政府信息公开行政复议');
  const end = text.indexOf('五、');
  const table = [
    '四、政府信息公开行政复议、行政诉讼情况',
    '',
    `    行政复议${' '.repeat(26)}行政诉讼`,
    '',
    header,
    '',
    half,
    row,
    half,
    '',
    '',
  ].join('\n');
  return text.slice(0, start) + table + text.slice(end);
}

describe('table 四: a two-dash blank mark wrapped over the lines above and below its row (-layout)', () => {
  it('probe 291 p02 (lo-layout): every cell read as printed (4 silent cells before)', () => {
    expect(t4(readFixture('probe-291-p02-lo-layout.txt'))).toEqual(TRUTH);
  });
  const V = { table2: '2019', table3: '2019' } as const;
  const base = (): string => {
    const report = createReport({ versions: V, cells: consistentCells(3, V), meta: { agency: '示例县示例局', year: 2020 } });
    return renderInLayout(report, 'aligned');
  };
  it('our report: the wrapped mark of a blank total is that cell, the others as printed', () => {
    const text = withTable4(base(), TRUTH, 9);
    expect(text).toContain('\n' + ' '.repeat(58) + '—\n');
    expect(t4(text)).toEqual(TRUTH);
  });
  it('our report: a wrapped mark of a blank first cell', () => {
    const cells = [null, 3, 0, 1, 4, 2, 0, 0, 0, 2, 0, 0, 0, 5, 5];
    expect(t4(withTable4(base(), cells, 0))).toEqual(cells);
  });
});

describe('table 三: the same wrapped mark beside a row (-layout)', () => {
  // (probe seed 273 p06, lo-layout: `—` / `属于四类过程性信息  49 —— 0 —— 0  49` / `—`, the blank of
  // 其他 wrapped; the joined mark stands on the row's line at its column, so every cell is read)
  it('probe 273 p06 (lo-layout): the three rows with a wrapped mark read whole and right', () => {
    const { report } = parseReport(readFixture('probe-273-p06-lo-layout.txt'));
    const row = (key: string): (number | string | null)[] =>
      listCells(report!)
        .filter((c) => c.address.startsWith(`t3.results.${key}.`))
        .map((c) => (c.status === 'value' || c.status === 'blank' ? c.value : c.status));
    expect(row('denied.processInformation')).toEqual([49, null, 0, null, 0, null, 49]);
    expect(row('unableToProvide.stillUnclear')).toEqual([0, null, 24, null, 0, null, 24]);
    expect(row('notProcessed.massRepeated')).toEqual([0, 50, 53, 17, null, null, 120]);
  });
});
