/**
 * Probe seed 422 p02 (our own 2019 report printed by LibreOffice, plain `pdftotext`): table 二's cells
 * one a line, in an order set by their heights. 第（六）项's last column header (`处理决定数量`) and its
 * number (`０`) came out after 第（八）项's caption and header, before that sub-table's one row
 * (`行政事业性收费`, its previous-year count blank, its change `+１`). The only-row reading gave the row
 * every number of its sub-table, the `０` among them, stated as the blank previous-year count (nothing
 * checks it). A header word naming a column the sub-table does not have shows another sub-table's cells
 * in it: the sub-table is decided by neither rule, its cells contested where the readings disagree.
 *
 * A header word of a sub-table whose row stands in the part is no other sub-table's: probe 420 p04 prints
 * 第（九）项's header and row (`采购项目数量`, `政府集中采购`, its numbers) before its caption, inside 第（八）项's part,
 * and both sub-tables still read as printed.
 */
import { describe, expect, it } from 'vitest';
import { readFixture, valuesUnder } from './helpers/probe-fixtures.js';

const TEXT = 'probe-422-p02-lo-plain.txt';
const LATE_CAPTION = 'probe-420-p04-lo-plain.txt';

describe('probe 422 p02 (lo-plain): a header word of another sub-table inside a one-row sub-table', () => {
  it('states no number in the blank previous-year count of 行政事业性收费', () => {
    const cells = valuesUnder(readFixture(TEXT), 't2.art20_8.administrativeFees.');
    expect(cells).toHaveLength(2);
    expect(cells[0]).toBe('ambiguous');
    expect([1, 'ambiguous']).toContain(cells[1]);
  });
});

describe('probe 420 p04 (lo-plain): a sub-table’s header and row before its caption, inside the part before', () => {
  it('reads both sub-tables as printed', () => {
    const text = readFixture(LATE_CAPTION);
    expect(valuesUnder(text, 't2.art20_8.administrativeFees.')).toEqual([3, -3]);
    expect(valuesUnder(text, 't2.art20_9.centralizedProcurement.')).toEqual([0, 3807.72]);
  });
});
