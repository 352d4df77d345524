/**
 * Plain `pdftotext` of a print whose blank cells are hyphens writes a `-` blank and the next cell on
 * one line (`- 71`). Table 三 holds counts, never a negative number: the hyphen is a blank cell and
 * 71 the next one. Read as −71, the row's total came out blank, the row sum unchecked, and the
 * total silently wrong (probe seed 106, Chromium plain text). Fixtures are our own renderings.
 */
import { describe, expect, it } from 'vitest';
import { createReport, renderReport } from '../src/index.js';
import { consistentCells } from './helpers/fixtures.js';
import { toLayout } from './helpers/layouts.js';
import { APPLICANTS, readTable3 } from './helpers/block-stream.js';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, unsignedCounts } from '../src/tables/tokens.js';

describe('a hyphen blank set off by a space from the next cell (`- 71`)', () => {
  it('is a blank cell and an unsigned number in a table of counts', () => {
    const l = lexLines('二、上年结转政府信息公开申请数量\n\n0 0 27 44\n\n-\n\n- 71\n\n-\n');
    const got = unsignedCounts(tokenize(l, detectLayout(l)))
      .filter((t) => t.kind === 'value' || t.kind === 'blank')
      .map((t) => (t.kind === 'value' ? t.content.value : t.raw));
    expect(got).toEqual([0, 0, 27, 44, '-', '-', 71, '-']);
  });

  it('reads the row’s total, not a blank (was silently blank, −71 beside it)', () => {
    const cells: Record<string, number | null> = consistentCells(5, { table2: '2019', table3: '2019' }, 40);
    const row = 't3.carriedOver.';
    const values = [0, 0, 27, 44, null, null, 71];
    // (the row, and the sums that go through it kept)
    APPLICANTS.forEach((c, j) => {
      cells[`${row}${c}`] = values[j] as number | null;
      cells[`t3.newReceived.${c}`] =
        (cells[`t3.results.total.${c}`] as number) + (cells[`t3.carriedForward.${c}`] as number) - ((values[j] ?? 0) as number);
    });
    const report = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
    const pipes = renderReport(report, { to: 'text' })
      .split('\n')
      .map((l) => (l.startsWith('| ') ? l.replace(/\| {2}(?=\|)/g, '| - ').replace(/\| {2}(?=\|)/g, '| - ') : l))
      .join('\n');
    const text = toLayout(pipes, 'blank-lines').replace(/(上年结转政府信息公开申请数量\n\n0\n\n0\n\n27\n\n44\n\n-\n\n)-\n\n71/, '$1- 71');
    expect(text).toContain('- 71');
    const { row: read } = readTable3(text, 't3.carriedOver');
    expect(read('carriedOver')).toEqual([0, 0, 27, 44, 'blank', 'blank', 71]);
  });
});
