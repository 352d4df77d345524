/**
 * Table 二 rows short of cells where blank cells vanished without a trace (plain `pdftotext`
 * writes nothing for an empty cell, and the gaps between cells stay the same): a lone number is
 * no evidence of its column, so its row's cells are ambiguous, not filled from the left.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';

const cellsOf = (text: string, prefix: string): [string, string, number | null, number[] | undefined][] =>
  listCells(parseReport(text).report!)
    .filter((c) => c.address.startsWith(prefix))
    .map((c) => [c.address.slice(prefix.length), c.status, c.value, c.status === 'ambiguous' ? c.candidates : undefined]);

const head = [
  '某某局2020年政府信息公开工作年度报告',
  '二、主动公开政府信息情况',
  '第二十条第(五)项',
  '信息内容',
  '上一年项目数量 本年增/减 处理决定数量',
];
const tail = ['三、收到和处理政府信息公开申请情况'];

describe('table 二: a row short of cells', () => {
  it('where no lost cell shows as a gap, a lone number may be any of its row’s columns', () => {
    const text = [...head, '行政许可', '2', '0', '5', '其他对外管理服务事项', '7', ...tail].join('\n\n');
    expect(cellsOf(text, 't2.art20_5.')).toEqual([
      ['administrativeLicensing.previousYearCount', 'value', 2, undefined],
      ['administrativeLicensing.yearChange', 'value', 0, undefined],
      ['administrativeLicensing.decisionCount', 'value', 5, undefined],
      ['otherExternalManagementServices.previousYearCount', 'ambiguous', null, [7]],
      ['otherExternalManagementServices.yearChange', 'ambiguous', null, [7]],
      ['otherExternalManagementServices.decisionCount', 'ambiguous', null, [7]],
    ]);
  });

  it('where lost cells show as gaps (one more blank line per lost cell), the gaps still place the numbers', () => {
    // The first row's first cell is empty: one more blank line before its first number.
    const text = [...head, '行政许可', '\n\n3', '5', '其他对外管理服务事项', '7', '\n\n\n\n', ...tail].join('\n\n');
    expect(cellsOf(text, 't2.art20_5.administrativeLicensing.')).toEqual([
      ['previousYearCount', 'missing', null, undefined],
      ['yearChange', 'value', 3, undefined],
      ['decisionCount', 'value', 5, undefined],
    ]);
  });
});

describe('table 二: a glued sign, and a number on the line after the row', () => {
  // Plain pdftotext of a narrow cell: `33945-4` (33945 and −4, or 33945, a blank and 4) with the
  // row's third number on the line below. The reading 33945 −4 and a vanished blank is one reading;
  // the number below may be that cell (probe seed 217 p02 read it blank, silently, for 0).
  // Where the numbers from the label on are exactly the row's cells (`33945-4` / `0` before a label
  // with numbers of its own), the row reads whole (row-lines-joined); with one more number after
  // them, nothing proves which cells they are.
  it('the row lines read whole where its numbers are exactly its cells', () => {
    for (const rows of [
      ['行政许可 33945-4', '0'],
      ['行政许可 ３３９４５－４', '０'],
    ]) {
      const text = [...head, ...rows, '其他对外管理服务事项 7 1 2', ...tail].join('\n');
      expect(cellsOf(text, 't2.art20_5.administrativeLicensing.')).toEqual([
        ['previousYearCount', 'value', 33945, undefined],
        ['yearChange', 'value', -4, undefined],
        ['decisionCount', 'value', 0, undefined],
      ]);
      expect(parseReport(text).diagnostics.map((d) => d.code)).toContain('row-lines-joined');
    }
  });

  it('a cell the glued run leaves blank with nothing written there is unknown, not blank', () => {
    for (const rows of [
      ['行政许可 33945-4', '0', '5'],
      ['行政许可 ３３９４５－４', '０ ５'],
    ]) {
      const text = [...head, ...rows, '其他对外管理服务事项 7 1 2', ...tail].join('\n');
      expect(cellsOf(text, 't2.art20_5.administrativeLicensing.')).toEqual([
        ['previousYearCount', 'value', 33945, undefined],
        ['yearChange', 'value', -4, undefined],
        ['decisionCount', 'missing', null, undefined],
      ]);
    }
  });

  it('probe seed 217 p02 (2019, full-width digits, Chromium plain pdftotext): 行政处罚 处理决定数量 is not read blank', () => {
    const text = readFixture('probe-217-p02-chromium-plain.txt');
    expect(text).toContain('行政处罚 ３３９４５－４\n０\n');
    expect(cellsOf(text, 't2.art20_6.administrativePenalty.')).toEqual([
      ['previousYearCount', 'value', 33945, undefined],
      ['yearChange', 'value', -4, undefined],
      ['decisionCount', 'value', 0, undefined],
    ]);
  });
});
