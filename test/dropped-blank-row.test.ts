/**
 * Browser text of a blank table 四: Chromium's clipboard text may drop the row of fifteen empty
 * cells altogether (no TAB line under the header). With the TAB-separated header alone in the
 * region, its last row the fifteen result words, the row printed nothing: its cells are blank.
 * Our own reports, rendered by our renderer and turned into browser text by `innerText`.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { innerText } from './helpers/layouts.js';

/**
 * A consistent report (seed 4) whose table 四 is blank, as browser text; with `drop`, the row of
 * empty cells and the empty lines after it are left out (`after` in their place), as the clipboard does.
 */
function blankTable4(version: '2019' | '2021', drop: boolean, after = ''): string {
  const cells: Record<string, number | null> = consistentCells(4, { table2: version, table3: version }, 15);
  for (const a of Object.keys(cells)) if (a.startsWith('t4.')) cells[a] = null;
  const report = createReport({ versions: { table2: version, table3: version }, cells, meta: { agency: '示例县示例局', year: 2023 } });
  const lines = innerText(renderReport(report, { to: 'text' })).split('\n');
  let header = lines.length - 1;
  while (header >= 0 && !(lines[header] as string).startsWith('结果维持\t')) header--;
  expect(lines[header + 1]).toMatch(/^[\t\u00a0]+$/);
  // (the clipboard drops the row and the empty lines after it: the next heading follows the header)
  let end = header + 2;
  while (lines[end] === '') end++;
  if (drop) lines.splice(header + 1, end - header - 1, ...(after ? [after] : []));
  return lines.join('\n');
}

const table4 = (text: string): (string | number | null)[] =>
  listCells(parseReport(text, { format: 'text' }).report!)
    .filter((c) => c.table === 't4')
    .map((c) => (c.status === 'value' ? c.value : c.status));

describe('browser text: a blank table 四 whose row of empty cells was dropped', () => {
  it('reads the fifteen cells as blank, as with the row of empty cells there', () => {
    for (const v of ['2019', '2021'] as const) {
      expect(table4(blankTable4(v, false)), v).toEqual(new Array(15).fill('blank'));
      expect(table4(blankTable4(v, true)), v).toEqual(new Array(15).fill('blank'));
    }
  });

  it('a number after the header (a row that was not dropped) is not read as blanks', () => {
    expect(table4(blankTable4('2021', true, '5'))).not.toContain('blank');
  });

  it("a line of fewer TABs than the header's last row after it is no dropped row: the cells stay missing", () => {
    expect(table4(blankTable4('2021', true, '\t'.repeat(4))), 'TABs').toEqual(new Array(15).fill('missing'));
  });
});
