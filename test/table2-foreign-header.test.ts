/**
 * Probe seed 422 p02 (our own 2019 report printed by LibreOffice, plain `pdftotext`): table 二's cells
 * one a line, in an order set by their heights. 第（六）项's last column header (`处理决定数量`) and its
 * number (`０`) came out after 第（八）项's caption and header, before that sub-table's one row
 * (`行政事业性收费`, its previous-year count blank, its change `+１`). The only-row reading gave the row
 * every number of its sub-table, the `０` among them, stated as the blank previous-year count (nothing
 * checks it). A header word naming a column the sub-table does not have shows another sub-table's cells
 * in it: the sub-table is decided by neither rule, its cells contested where the readings disagree.
 */
import { describe, expect, it } from 'vitest';
import { readFixture, valuesUnder } from './helpers/probe-fixtures.js';

const TEXT = 'probe-422-p02-lo-plain.txt';

describe('probe 422 p02 (lo-plain): a header word of another sub-table inside a one-row sub-table', () => {
  it('states no number in the blank previous-year count of 行政事业性收费', () => {
    const cells = valuesUnder(readFixture(TEXT), 't2.art20_8.administrativeFees.');
    expect(cells).toHaveLength(2);
    expect(cells[0]).toBe('ambiguous');
    expect([1, 'ambiguous']).toContain(cells[1]);
  });
});
