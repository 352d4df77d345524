/**
 * Table 二 rows that printed no number at all, in text whose lines are the page's (a PDF's lines
 * rebuilt from positions, `pdftotext -layout`; issue 12, LibreOffice and Chromium prints alike): a
 * blank cell of table 二 prints nothing, so a row every cell of which is blank is its label alone
 * (`行政强制` under `行政处罚 30`, the one-row sub-table `行政许可` between two captions). Read
 * `missing` before (its numbers might have gone elsewhere); now blank, named by `blank-by-position`,
 * where every number of the table stands on a line of its own row's label, every other row of the
 * sub-table states every cell, and no number is left without a row. Where any of it is not so the
 * row stays `missing`.
 * Our own report (createReport), table 二 written as such text; nothing is copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { withTable2Lines } from './helpers/layout-text.js';

const VERSIONS = { table2: '2021', table3: '2021' } as const;

/** Table 二 (2021) laid out by position; the rows of (一), (五) and (六) given. */
function table2(first: readonly string[], fifth: readonly string[], sixth: readonly string[]): string[] {
  return [
    '              第二十条第（一）项',
    ' 信息内容      本年制发件数    本年废止件数    现行有效件数',
    ...first,
    '              第二十条第（五）项',
    '        信息内容               本年处理决定数量',
    ...fifth,
    '              第二十条第（六）项',
    '        信息内容               本年处理决定数量',
    ...sixth,
    '              第二十条第（八）项',
    '     信息内容          本年收费金额（单位：万元）',
    '  行政事业性收费                 23.5',
  ];
}

const FIRST = ['    规章             0          4           7', ' 行政规范性文件        12         0          31'];

function read(lines: readonly string[]): { cells: Map<string, number | string | null>; warned: string[] } {
  const report = createReport({ versions: VERSIONS, cells: consistentCells(7, VERSIONS), meta: { agency: '示例县示例局', year: 2022 } });
  const parsed = parseReport(withTable2Lines(report, lines));
  const cells = new Map(
    listCells(parsed.report!)
      .filter((c) => c.address.startsWith('t2.'))
      .map((c) => [c.address, c.status === 'value' ? (c.value as number) : c.status]),
  );
  const warned = parsed.diagnostics.filter((d) => d.code === 'blank-by-position').flatMap((d) => d.addresses ?? []);
  return { cells, warned };
}

describe('table 二: a row printing no number, every number on its own row’s line', () => {
  it('reads a one-row sub-table with no number blank, and a label alone under a row with its number', () => {
    const { cells, warned } = read(table2(FIRST, ['        行政许可'], ['        行政处罚                   30', '        行政强制']));
    expect(cells.get('t2.art20_5.administrativeLicensing.decisionCount')).toBe('blank');
    expect(cells.get('t2.art20_6.administrativePenalty.decisionCount')).toBe(30);
    expect(cells.get('t2.art20_6.administrativeCompulsion.decisionCount')).toBe('blank');
    expect(warned.sort()).toEqual([
      't2.art20_5.administrativeLicensing.decisionCount',
      't2.art20_6.administrativeCompulsion.decisionCount',
    ]);
    expect(cells.get('t2.art20_1.regulations.issued')).toBe(0);
    expect(cells.get('t2.art20_8.administrativeFees.feeAmount')).toBe(23.5);
  });

  it('reads a whole row of three columns blank beside a row stating every cell', () => {
    const { cells } = read(
      table2(
        ['    规章', ' 行政规范性文件        12         0          31'],
        ['        行政许可              5'],
        ['        行政处罚    1', '        行政强制    2'],
      ),
    );
    expect(['issued', 'repealed', 'currentlyValid'].map((k) => cells.get(`t2.art20_1.regulations.${k}`))).toEqual([
      'blank',
      'blank',
      'blank',
    ]);
    expect(['issued', 'repealed', 'currentlyValid'].map((k) => cells.get(`t2.art20_1.normativeDocuments.${k}`))).toEqual([12, 0, 31]);
  });

  it('leaves the row missing where a number of its sub-table stands on no label’s line', () => {
    const { cells, warned } = read(
      table2(FIRST, ['        行政许可              5'], ['        行政处罚', '                                   30', '        行政强制']),
    );
    expect(cells.get('t2.art20_6.administrativeCompulsion.decisionCount')).toBe('missing');
    expect(warned).toEqual([]);
  });

  it('leaves the row missing where a line of the table was left out (cells taken for a page number)', () => {
    // (`—— 0 ——` between the pieces of a wrapped label reads as a page number and is dropped: the
    // row's label then stands alone, its cells gone from the text, not blank)
    const { cells, warned } = read(
      table2(
        ['    规章             0          4           7', '  行政规', '          ——         0     ——', ' 范性文件'],
        ['        行政许可              5'],
        ['        行政处罚    1', '        行政强制    2'],
      ),
    );
    expect(['issued', 'repealed', 'currentlyValid'].map((k) => cells.get(`t2.art20_1.normativeDocuments.${k}`))).not.toContain('blank');
    expect(warned).toEqual([]);
  });

  it('leaves the row missing where another row of the sub-table leaves a cell unstated', () => {
    const { cells } = read(
      table2(
        ['    规章             0          7', ' 行政规范性文件'],
        ['        行政许可              5'],
        ['        行政处罚    1', '        行政强制    2'],
      ),
    );
    expect(cells.get('t2.art20_1.normativeDocuments.issued')).toBe('missing');
  });
});
