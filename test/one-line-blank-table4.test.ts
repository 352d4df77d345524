/**
 * One-line text (a crawler's page text, every whitespace run one space, or none: glued) of a blank
 * table 四: its row of fifteen empty cells prints nothing, so the header stands alone before the next
 * section. With the header's fifteen result words ending the region, no number or blank mark in it,
 * and the header and what follows it on one line of the source, the row printed nothing: its cells
 * are blank (as the clipboard's dropped row, `dropped-blank-row.test.ts`). A note glued to the
 * header's last word (`总计注：…`) starts a piece of its own (`outline/run-on.ts`). Our own reports,
 * rendered by our renderer and collapsed by `oneLine`.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { innerText, oneLine } from './helpers/layouts.js';

/** A consistent report (seed 4) whose table 四 cells are `t4` (fifteen, null blank), as the text rendering. */
function rendered(version: '2019' | '2021', t4: readonly (number | null)[]): string {
  const cells: Record<string, number | null> = consistentCells(4, { table2: version, table3: version }, 15);
  Object.keys(cells)
    .filter((a) => a.startsWith('t4.'))
    .forEach((a, j) => (cells[a] = t4[j] ?? null));
  return renderReport(
    createReport({ versions: { table2: version, table3: version }, cells, meta: { agency: '示例县示例局', year: 2023 } }),
    {
      to: 'text',
    },
  );
}

const BLANK = new Array<null>(15).fill(null);

const table4 = (text: string): (string | number | null)[] =>
  listCells(parseReport(text, { format: 'text' }).report!)
    .filter((c) => c.table === 't4')
    .map((c) => (c.status === 'value' ? c.value : c.status));

const codes = (text: string): string[] =>
  parseReport(text, { format: 'text' })
    .diagnostics.filter((d) => d.path === 't4' && d.severity !== 'info')
    .map((d) => d.code);

describe('one-line text: a blank table 四 whose row printed nothing', () => {
  it('reads the fifteen cells as blank, spaced or glued, both versions', () => {
    for (const v of ['2019', '2021'] as const)
      for (const glued of [false, true]) {
        const text = oneLine(rendered(v, BLANK), glued);
        expect(text, `${v} ${glued}`).toMatch(/总计 ?五、/);
        expect(table4(text), `${v} ${glued}`).toEqual(new Array(15).fill('blank'));
        expect(codes(text), `${v} ${glued}`).toEqual([]);
      }
  });

  it('so too where the note of the table follows the header (normalisation glues `总计 注：`), spaced or glued', () => {
    for (const glued of [false, true]) {
      const plain = oneLine(rendered('2019', BLANK), glued);
      const text = plain.replace(/总计 ?五、/, glued ? '总计注：数据截至2023年12月31日。五、' : '总计 注：数据截至2023年12月31日。 五、');
      expect(text, `${glued}`).not.toBe(plain);
      expect(table4(text), `${glued}`).toEqual(new Array(15).fill('blank'));
      expect(codes(text), `${glued}`).toEqual([]);
    }
  });

  it('a number after the header is no row that printed nothing: not read as blanks', () => {
    const text = oneLine(rendered('2021', BLANK), false).replace(/总计 五、/, '总计 7 五、');
    expect(text).toContain('总计 7 五、');
    expect(table4(text)).not.toContain('blank');
  });

  it('a line break after the header (the text is not one line) leaves the cells missing', () => {
    const text = oneLine(rendered('2021', BLANK), false).replace(/总计 五、/, '总计\n五、');
    expect(table4(text)).toEqual(new Array(15).fill('missing'));
    expect(codes(text)).toContain('table-empty');
  });

  it('a text that ends with the header (cut there: nothing closes the table) leaves the cells missing', () => {
    const plain = oneLine(rendered('2021', BLANK), false);
    const text = plain.slice(0, plain.indexOf(' 五、'));
    expect(text.endsWith('总计')).toBe(true);
    expect(table4(text)).toEqual(new Array(15).fill('missing'));
  });

  it('a header short of its result words (one group lost) leaves the cells missing', () => {
    const text = oneLine(rendered('2021', BLANK), false).replace(/ 结果维持 结果纠正 其他结果 尚未审结 总计 五、/, ' 五、');
    expect(text).not.toBe(oneLine(rendered('2021', BLANK), false));
    expect(table4(text)).toEqual(new Array(15).fill('missing'));
  });

  it('a table 四 with numbers reads as before, and innerText of the blank table as before', () => {
    const t4 = [3, 1, 0, 2, 6, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0];
    expect(table4(oneLine(rendered('2021', t4), false))).toEqual(t4);
    expect(table4(innerText(rendered('2021', BLANK)))).toEqual(new Array(15).fill('blank'));
  });
});
