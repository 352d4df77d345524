/**
 * Table 三 of our own report of zeros and blanks through Chromium and plain `pdftotext` (probe seed
 * 504 p06): blanks print as nothing, the rows from `1. 信访举报` on show no number (or one) after their
 * labels, and seven zeros follow the last label `结转下年度继续办理`. They are the right-hand columns of
 * the rows above, written as a tail after the last label; the last row itself is blank in the report.
 * The column heading `合计` above the columns was read as the `合计` row too, so the row right before
 * the last label (`（七）总计`, no number) was not read once, and the check that names the last row's
 * cells (`numbers-may-be-row-before`) did not look: seven zeros stated where the report has blanks.
 * The short row right before the last label is the one whose columns the tail may hold, whatever
 * label took its key earlier in the text: the last row's cells are named by the warning.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';

const ROW = 't3.carriedForward.';

describe('probe 504 p06 (chromium-plain): the tail after the last label, the 合计 heading read as a row', () => {
  it('names every stated cell of the last row in a warning', () => {
    const { report, diagnostics } = parseReport(readFixture('probe-504-p06-chromium-plain.txt'), { format: 'text' });
    const cells = listCells(report!).filter((c) => c.address.startsWith(ROW));
    expect(cells).toHaveLength(7);
    const stated = cells.filter((c) => c.status === 'value' || c.status === 'blank').map((c) => c.address);
    const warning = diagnostics.find((d) => d.code === 'numbers-may-be-row-before' && d.path === 't3.carriedForward');
    expect(warning?.severity).toBe('warning');
    expect(warning?.addresses).toEqual(stated);
    expect(stated).toHaveLength(7);
  });
});
