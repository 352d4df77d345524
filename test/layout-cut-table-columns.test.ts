/**
 * Table 三 cut in two tables (probe seed 611 p03: our own 2021 report, its table cut after `（三）2.`
 * with both group labels written again, printed by LibreOffice to PDF; the items are the library's
 * own PDF reader's). LibreOffice sizes each table's columns on its own: the second part's numbers
 * stand at other x than the first part's, one grid of columns under another, lines close enough to
 * read as one block of rows. The block's columns were the two grids' runs merged (a first-part
 * column and the second part's column beside it overlapping), so every second-part row seemed to
 * leave two columns empty: a blank marker before its first number, and the 自然人 cells of five
 * rows stated blank with nothing naming them (truth 10, 34, 49, 1, 0). Numbers of two rows standing
 * over each other unaligned (left edges, right edges and centres apart) are in two tables' columns:
 * the block gets no markers, and its full rows read their own numbers.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';

function items(): PositionedText[] {
  const rows = JSON.parse(readFixture('probe-611-p03-lo-pdf.items.json')) as [string, number, number, number, number, number][];
  return rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
}

describe('probe 611 p03 (lo-pdf items): a table cut in two, each part with its own column widths', () => {
  it('the second part’s rows get no blank marker from the columns of both parts merged', () => {
    const lines = layoutText(items()).text.split('\n');
    const row = lines.find((l) => l.includes('危及'));
    expect(row).toBeDefined();
    expect(row).not.toContain('\u2014');
    expect(
      row
        ?.replace(/^.*稳定”/u, '')
        .trim()
        .split(/ +/),
    ).toEqual(['10', '0', '25', '0', '0', '0', '35']);
  });
  it('no cell of table 三 is stated otherwise than the report says; the five 自然人 cells are read', () => {
    const truth = JSON.parse(readFixture('probe-611-p03.t3-truth.json')) as Record<string, number | null>;
    const cells = listCells(parsePositionedText(items(), { pages: 3 }).report!).filter((c) => c.address.startsWith('t3.'));
    const wrong = cells.filter((c) => (c.status === 'value' || c.status === 'blank') && c.value !== truth[c.address]);
    expect(wrong.map((c) => c.address)).toEqual([]);
    const value = (address: string): unknown => cells.find((c) => c.address === address)?.value;
    expect(
      ['securityStability', 'thirdPartyRights', 'internalAffairs', 'processInformation'].map((r) =>
        value(`t3.results.denied.${r}.naturalPerson`),
      ),
    ).toEqual([10, 34, 49, 1]);
    expect(value('t3.results.notProcessed.petitionOrComplaint.naturalPerson')).toBe(0);
  });
});
