/**
 * One-line text of Markdown tables (a crawler keeping a converter's pipes, every line break gone):
 * the `| |` between two rows is the trailing pipe of one row and the leading pipe of the next, and
 * a separator row (`|---|---|`) is no row of cells. Read as cells, the `| |` filled a row that a
 * converter had left one cell short with a blank nobody wrote (silently: table 二 has no arithmetic),
 * and the dashes of a separator row flattened after a header were read as table-二 column headers
 * (`column-not-in-template` noise). `outline/run-on.ts` now cuts a row's piece at its leading pipe
 * and gives each separator row a piece of its own: one-line text reads like the same text with its
 * line breaks.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport, type Report } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';

/** Our Markdown with the 规章 row of table 二 (一) rewritten by `edit` (its cells after the label). */
function withRegulationsRow(report: Report, edit: (cells: string[]) => string[]): string {
  const md = renderReport(report, { to: 'markdown' }).split('\n');
  const at = md.findIndex((l) => l.startsWith('| 规章 |'));
  const cells = md[at]!.split('|')
    .slice(2, -1)
    .map((c) => c.trim());
  md[at] = `| 规章 | ${edit(cells).join(' | ')} |`;
  return md.join('\n');
}

/**
 * Table 二 written as a converter splits it: the header row of each sub-table heads a Markdown table
 * (its separator row right under it), and each row is a table of its own (the row, then a separator).
 */
function rowPerTable(md: string): string {
  const separator = (l: string): string => `|${'---|'.repeat(l.split('|').length - 2)}`;
  return md
    .split('\n')
    .filter((l, i, all) => !(l.startsWith('|---') && all[i - 1]?.startsWith('| 第二十条') === true))
    .map((l) => (/^\| (信息内容|规章|行政规范性文件|规范性文件) \|/.test(l) ? `${l}\n${separator(l)}` : l))
    .join('\n');
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

function art20Cells(text: string): string[] {
  const { report } = parseReport(text, { format: 'text' });
  return listCells(report!)
    .filter((c) => c.address.startsWith('t2.art20_1.'))
    .map((c) => `${c.address.slice('t2.art20_1.'.length)}=${c.status}:${c.value ?? ''}:${(c.candidates ?? []).join('/')}`);
}

describe('one-line Markdown rows', () => {
  const report = consistentReport(7, '2021');

  it('a row one cell short keeps the cell it lost unread, never blank', () => {
    const md = withRegulationsRow(report, (cells) => cells.slice(0, 2));
    const cells = art20Cells(oneLine(md));
    expect(cells).toEqual(art20Cells(md));
    expect(cells.filter((c) => c.startsWith('regulations.'))).toEqual([
      'regulations.issued=ambiguous::87',
      'regulations.repealed=ambiguous::87/140',
      'regulations.currentlyValid=ambiguous::140',
    ]);
  });

  it('a blank cell written in the source still ends its row', () => {
    const md = withRegulationsRow(report, (cells) => [...cells.slice(0, 2), '']);
    expect(art20Cells(oneLine(md)).filter((c) => c.startsWith('regulations.'))).toEqual([
      'regulations.issued=value:87:',
      'regulations.repealed=value:140:',
      'regulations.currentlyValid=missing::',
    ]);
  });

  it('separator rows after every row are no cells and no column headers', () => {
    const md = rowPerTable(renderReport(report, { to: 'markdown' }));
    const { diagnostics } = parseReport(oneLine(md), { format: 'text' });
    expect(diagnostics.filter((d) => d.code === 'column-not-in-template')).toEqual([]);
    expect(art20Cells(oneLine(md))).toEqual(art20Cells(md));
    expect(art20Cells(oneLine(md)).filter((c) => c.startsWith('regulations.'))).toEqual([
      'regulations.issued=value:87:',
      'regulations.repealed=value:140:',
      'regulations.currentlyValid=value:187:',
    ]);
  });
});
