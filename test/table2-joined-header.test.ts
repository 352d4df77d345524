/**
 * Table 二 in plain pdftotext text: the column names of a sub-table printed on one line
 * (`本年制发件数 本年废止件数 现行有效件数`, normalisation takes the spaces out) name the columns in
 * their order when the line is nothing but whole names of the sub-table; a line with anything else
 * in it stays one header. Our own text and numbers, in the shape of that layout.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { pipeReport } from './helpers/fixtures.js';
import { readFixture } from './helpers/probe-fixtures.js';

function report(header: string): string {
  const lines = pipeReport().split('\n');
  const from = lines.indexOf('二、主动公开政府信息情况') + 1;
  const to = lines.findIndex((l) => l.startsWith('第二十条第(五)项'));
  lines.splice(from, to - from, '第二十条第(一)项', '信息内容', header, '规章', '7', '1', '30', '行政规范性文件', '2', '0', '15');
  return lines.join('\n');
}

const art20_1 = (text: string) =>
  listCells(parseReport(text).report!)
    .filter((c) => c.address.startsWith('t2.art20_1.'))
    .map((c) => [c.address.slice('t2.art20_1.'.length), c.status === 'value' ? c.value : c.status]);

describe('table 二 header names run together on one line (plain pdftotext)', () => {
  it('a line of whole column names, each once, names the columns in its order', () => {
    expect(art20_1(report('本年制发件数 本年废止件数 现行有效件数'))).toEqual([
      ['regulations.issued', 7],
      ['regulations.repealed', 1],
      ['regulations.currentlyValid', 30],
      ['normativeDocuments.issued', 2],
      ['normativeDocuments.repealed', 0],
      ['normativeDocuments.currentlyValid', 15],
    ]);
  });

  it('the order on the line is the order of the columns', () => {
    const cells = new Map(art20_1(report('现行有效件数 本年制发件数 本年废止件数')) as [string, unknown][]);
    expect(cells.get('regulations.currentlyValid')).toBe(7);
    expect(cells.get('regulations.issued')).toBe(1);
    expect(cells.get('regulations.repealed')).toBe(30);
  });

  it('a name twice is no header of three columns: nothing is placed by it', () => {
    const cells = art20_1(report('本年制发件数 本年制发件数 现行有效件数'));
    expect(cells.filter(([, v]) => typeof v === 'number')).toEqual([]);
  });
});

describe('table 二 in a block stream (plain pdftotext)', () => {
  /** Every line a block of its own (a blank line after it), some blocks holding two numbers side by side. */
  function blockReport(art20_6: readonly string[] = ['行政处罚', '27', '行政强制', '0']): string {
    const lines = pipeReport().split('\n');
    const from = lines.indexOf('二、主动公开政府信息情况') + 1;
    const to = lines.indexOf('三、收到和处理政府信息公开申请情况');
    const t2 = [
      '第二十条第(一)项',
      '信息内容',
      '本年制发件数 本年废止件数 现行有效件数',
      '规章',
      '7 1',
      '30',
      '行政规范性文件',
      '2',
      '0 15',
      '第二十条第(五)项',
      '信息内容',
      '本年处理决定数量',
      '行政许可',
      '310',
      '第二十条第(六)项',
      '信息内容',
      '本年处理决定数量',
      ...art20_6,
      '第二十条第(八)项',
      '信息内容',
      '本年收费金额(单位:万元)',
      '行政事业性收费',
      '12.5',
    ];
    lines.splice(from, to - from, ...t2.flatMap((l) => [l, '']));
    return lines.join('\n');
  }

  it("a line's end after numbers is no row end: the row's numbers go on in the next block, named by block-order-unconfirmed", () => {
    const text = blockReport();
    expect(art20_1(text)).toEqual([
      ['regulations.issued', 7],
      ['regulations.repealed', 1],
      ['regulations.currentlyValid', 30],
      ['normativeDocuments.issued', 2],
      ['normativeDocuments.repealed', 0],
      ['normativeDocuments.currentlyValid', 15],
    ]);
    const named = parseReport(text)
      .diagnostics.filter((d) => d.code === 'block-order-unconfirmed')
      .flatMap((d) => d.addresses ?? []);
    expect(named).toContain('t2.art20_1.regulations.currentlyValid');
  });

  const art20_6 = (text: string) =>
    listCells(parseReport(text).report!)
      .filter((c) => c.address.startsWith('t2.art20_6.'))
      .map((c) => [c.address.slice('t2.art20_6.'.length), c.status === 'value' ? c.value : c.status]);

  it("two labels and then one number (seed 263 p07, lo-plain): the number may be either row's, so a warning names it", () => {
    // LibreOffice's plain pdftotext prints the same text for 行政处罚 30 / 行政强制 blank and for
    // 行政处罚 blank / 行政强制 30 (the labels first, the blank cell's line gone): no arithmetic tells them apart.
    const text = blockReport(['行政处罚', '行政强制', '30']);
    expect(art20_6(text)).toEqual([
      ['administrativePenalty.decisionCount', 'missing'],
      ['administrativeCompulsion.decisionCount', 30],
    ]);
    const named = parseReport(text).diagnostics.filter((d) => d.code === 'numbers-may-be-row-before');
    expect(named.map((d) => [d.severity, d.path, d.addresses])).toEqual([
      ['warning', 't2.art20_6.administrativeCompulsion', ['t2.art20_6.administrativeCompulsion.decisionCount']],
    ]);
    // A number between the labels: the row before may own it, or the row after (printed before its label).
    expect(art20_6(blockReport(['行政处罚', '30', '行政强制']))).toEqual([
      ['administrativePenalty.decisionCount', 'ambiguous'],
      ['administrativeCompulsion.decisionCount', 'missing'],
    ]);
    // Each label with its number: read as printed, nothing named.
    const each = blockReport();
    expect(art20_6(each)).toEqual([
      ['administrativePenalty.decisionCount', 27],
      ['administrativeCompulsion.decisionCount', 0],
    ]);
    expect(parseReport(each).diagnostics.filter((d) => d.code === 'numbers-may-be-row-before')).toEqual([]);
  });
});

describe('table 二, one column of two rows in one block (probe seed 276 p05, lo-plain)', () => {
  /** Plain pdftotext text of our own: each block its lines, a blank line after each block. */
  function blocks(art20_1: readonly (readonly string[])[], blank = ['']): string {
    const lines = pipeReport().split('\n');
    const from = lines.indexOf('二、主动公开政府信息情况') + 1;
    const to = lines.indexOf('三、收到和处理政府信息公开申请情况');
    const t2: string[][] = [
      ['第二十条第(一)项', '信息内容'],
      ['本年制发件数 本年废止件数 现行有效件数'],
      ...art20_1.map((b) => [...b]),
      ['第二十条第(五)项', '信息内容'],
      ['本年处理决定数量'],
      ['行政许可'],
      ['310'],
      ['第二十条第(六)项', '信息内容'],
      ['本年处理决定数量'],
      ['行政处罚'],
      ['27'],
      ['行政强制'],
      ['0'],
      ['第二十条第(八)项', '信息内容'],
      ['本年收费金额(单位:万元)'],
      ['行政事业性收费'],
      ['12.5'],
    ];
    lines.splice(from, to - from, ...t2.flatMap((b) => [...b, ...blank]));
    return lines.join('\n');
  }
  const read = (text: string) => {
    const { report, diagnostics } = parseReport(text);
    const cells = listCells(report!)
      .filter((c) => c.address.startsWith('t2.art20_1.'))
      .map((c) => [c.address.slice('t2.art20_1.'.length), c.status === 'value' ? c.value : c.status]);
    const named = diagnostics.filter((d) => d.code === 'numbers-may-be-row-before').map((d) => [d.severity, d.path, d.addresses]);
    return { cells, named };
  };
  const NORMATIVE = ['issued', 'repealed', 'currentlyValid'].map((c) => `t2.art20_1.normativeDocuments.${c}`);

  it('规章 0, 17 and a blank; 行政规范性文件 a blank, 34, 29: the 17 printed with the 34 after the second label, the row named', () => {
    // (the second label wrapped around its numbers, as LibreOffice prints it in a narrow cell)
    const { cells, named } = read(blocks([['规章'], ['０'], ['行政规范性文'], ['１７', '３４'], ['２９'], ['件']]));
    expect(cells).toEqual([
      ['regulations.issued', 'ambiguous'],
      ['regulations.repealed', 'ambiguous'],
      ['regulations.currentlyValid', 'ambiguous'],
      ['normativeDocuments.issued', 17],
      // (each a block between the label's pieces after a short row: only the first is the label's own)
      ['normativeDocuments.repealed', 'ambiguous'],
      ['normativeDocuments.currentlyValid', 'ambiguous'],
    ]);
    expect(named).toEqual([['warning', 't2.art20_1.normativeDocuments', NORMATIVE.slice(0, 1)]]);
  });

  it('the upper of two cells in one block not the first number after the label (probe seed 362 p10): the row named', () => {
    // 规章 0, 34 and a blank; 行政规范性文件 17, a blank, 29: the 34 printed with the 29, after the 17
    const { cells, named } = read(blocks([['规章'], ['０'], ['行政规范性文'], ['１７'], ['３４', '２９'], ['件']]));
    expect(cells).toEqual([
      ['regulations.issued', 'ambiguous'],
      ['regulations.repealed', 'ambiguous'],
      ['regulations.currentlyValid', 'ambiguous'],
      ['normativeDocuments.issued', 17],
      // (each a block between the label's pieces after a short row: only the first is the label's own)
      ['normativeDocuments.repealed', 'ambiguous'],
      ['normativeDocuments.currentlyValid', 'ambiguous'],
    ]);
    expect(named).toEqual([['warning', 't2.art20_1.normativeDocuments', NORMATIVE.slice(0, 1)]]);
    // The probe report's text (our generator, LibreOffice's plain pdftotext): 行政许可 0, +2, blank and
    // 其他对外管理服务事项 39, blank, 40 printed `行政许可 / ０ / 其他对外管 / ３９ / +２ ４０` (the last two one block).
    const probe = parseReport(readFixture('probe-362-p10-lo-plain.txt'));
    const other = 't2.art20_5.otherExternalManagementServices';
    expect(
      listCells(probe.report!)
        .filter((c) => c.address.startsWith('t2.art20_5.'))
        .map((c) => [c.address.slice('t2.art20_5.'.length), c.status === 'value' ? c.value : c.status]),
    ).toEqual([
      ['administrativeLicensing.previousYearCount', 'ambiguous'],
      ['administrativeLicensing.yearChange', 'ambiguous'],
      ['administrativeLicensing.decisionCount', 'ambiguous'],
      // (the `+２ ４０` block between the label's pieces, after its first number: candidates, the +2 行政许可's)
      ['otherExternalManagementServices.previousYearCount', 39],
      ['otherExternalManagementServices.yearChange', 'ambiguous'],
      ['otherExternalManagementServices.decisionCount', 'ambiguous'],
    ]);
    expect(probe.diagnostics.filter((d) => d.code === 'numbers-may-be-row-before').map((d) => [d.path, d.addresses])).toEqual([
      [other, [`${other}.previousYearCount`]],
    ]);
  });

  it('a row before that shows no number, the labels one block (probe seed 364 p07): the row named', () => {
    // 规章 a blank, 17, a blank; 行政规范性文件 0, 34, a blank: the 17 printed over the 0
    const { cells, named } = read(blocks([['规章', '行政规范性文'], ['１７', '０'], ['３４'], ['件']]));
    expect(cells).toEqual([
      ['regulations.issued', 'missing'],
      ['regulations.repealed', 'missing'],
      ['regulations.currentlyValid', 'missing'],
      ['normativeDocuments.issued', 17],
      ['normativeDocuments.repealed', 0],
      ['normativeDocuments.currentlyValid', 34],
    ]);
    expect(named).toEqual([['warning', 't2.art20_1.normativeDocuments', NORMATIVE]]);
    // The probe report's text: 规章 a blank, 0, a blank; 行政规范性文件 0, 20, 0 printed
    // `规章 行政规范性文 / ０ ０ / ２０ / 件` (its last 0 printed after the next sub-table's caption).
    const probe = read(readFixture('probe-364-p07-lo-plain.txt'));
    expect(probe.cells.slice(3)).toEqual([
      ['normativeDocuments.issued', 0],
      ['normativeDocuments.repealed', 0],
      ['normativeDocuments.currentlyValid', 20],
    ]);
    expect(probe.named).toEqual([['warning', 't2.art20_1.normativeDocuments', NORMATIVE]]);
  });

  it('each number a block of its own, or every line after the one before (Chromium): nothing named', () => {
    // (each number a block of its own between the label's pieces: the first is the label's own, the
    // others may be the short row's cells printed later, probe seed 451 p12; table2-mixed-order.test.ts)
    const apart = read(blocks([['规章'], ['０'], ['行政规范性文'], ['１７'], ['３４'], ['２９'], ['件']]));
    expect(apart.cells.slice(3)).toEqual([
      ['normativeDocuments.issued', 17],
      ['normativeDocuments.repealed', 'ambiguous'],
      ['normativeDocuments.currentlyValid', 'ambiguous'],
    ]);
    // (every line after the one before, Chromium's print: the row's order, its label's own)
    const together = read(blocks([['规章'], ['０'], ['行政规范性文'], ['１７'], ['３４'], ['２９'], ['件']], []));
    expect(together.cells.slice(3)).toEqual([
      ['normativeDocuments.issued', 17],
      ['normativeDocuments.repealed', 34],
      ['normativeDocuments.currentlyValid', 29],
    ]);
    expect(together.named).toEqual([]);
    expect(apart.named).toEqual([]);
    expect(read(blocks([['规章'], ['０'], ['行政规范性文'], ['１７', '３４'], ['２９'], ['件']], [])).named).toEqual([]);
    // The row before whole: nothing of it can stand after the next label.
    expect(read(blocks([['规章'], ['０'], ['５'], ['６'], ['行政规范性文'], ['１７', '３４'], ['２９'], ['件']])).named).toEqual([]);
    // (its blank cells shown as marks: whole too)
    expect(read(blocks([['规章'], ['０'], ['—'], ['—'], ['行政规范性文'], ['１７', '３４'], ['２９'], ['件']])).named).toEqual([]);
  });
});
