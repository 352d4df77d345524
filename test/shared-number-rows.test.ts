/**
 * Table 二 in plain pdftotext text (blank cells print nothing): where a row of a sub-table shows no
 * number and is read as lost, a sibling row's numbers on the lines after its label may be that
 * row's (LibreOffice's print came out as `行政处罚 / 0 / 行政强制` for 行政处罚 blank and 行政强制 0):
 * they are candidates, not stated. Our own text (test/helpers/fixtures.ts pipeReport, as a block
 * stream by test/helpers/block-stream.ts).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { pipeReport } from './helpers/fixtures.js';
import { asBlockStream } from './helpers/block-stream.js';

/** The pipe report with table 二 replaced by `blocks` (each a list of lines, a blank line after each block). */
function withTable2(blocks: readonly (readonly string[])[]): Map<string, { status: string; value?: unknown }> {
  const lines = asBlockStream(pipeReport()).split('\n');
  const from = lines.findIndex((l) => l.startsWith('第二十条第(一)项'));
  const to = lines.findIndex((l) => l.startsWith('三、收到'));
  lines.splice(from, to - from, ...blocks.flatMap((b) => [...b, '']));
  const { report } = parseReport(lines.join('\n'), { format: 'text' });
  return new Map(listCells(report!).map((c) => [c.address, c]));
}

// (LibreOffice's print in plain pdftotext: a block per cell, a blank line after each, the caption
// and the first header word together)
const HEAD = [
  ['第二十条第(一)项', '信息内容'],
  ['本年制发件数 本年废止件数 现行有效件数'],
  ['规章'],
  ['3'],
  ['0'],
  ['4'],
  ['行政规范性文件'],
  ['2'],
  ['1'],
  ['15'],
  ['第二十条第(五)项', '信息内容'],
  ['本年处理决定数量'],
  ['行政许可'],
  ['310'],
];
const ART6 = [['第二十条第(六)项', '信息内容'], ['本年处理决定数量']];
const FEE = [['第二十条第(八)项', '信息内容'], ['本年收费金额(单位:万元)'], ['行政事业性收费'], ['12.5']];

describe('table 二, plain text: one number for two one-cell rows', () => {
  it('a number after the first label, the second row empty: the number is only a candidate', () => {
    const cells = withTable2([...HEAD, ...ART6, ['行政处罚', '0'], ['行政强制'], ...FEE]);
    const penalty = cells.get('t2.art20_6.administrativePenalty.decisionCount')!;
    expect(penalty.status).toBe('ambiguous');
    expect(cells.get('t2.art20_6.administrativeCompulsion.decisionCount')!.status).not.toBe('value');
    // (the other sub-tables, every row with its numbers, are read)
    expect(cells.get('t2.art20_5.administrativeLicensing.decisionCount')).toMatchObject({ status: 'value', value: 310 });
    expect(cells.get('t2.art20_1.regulations.currentlyValid')).toMatchObject({ status: 'value', value: 4 });
  });

  it('both rows with their numbers are read', () => {
    const cells = withTable2([...HEAD, ...ART6, ['行政处罚'], ['7'], ['行政强制'], ['0'], ...FEE]);
    expect(cells.get('t2.art20_6.administrativePenalty.decisionCount')).toMatchObject({ status: 'value', value: 7 });
    expect(cells.get('t2.art20_6.administrativeCompulsion.decisionCount')).toMatchObject({ status: 'value', value: 0 });
  });
});
