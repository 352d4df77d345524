/**
 * A table-三 row label that took whole rows of numbers more than its own, more than the rows the
 * template has up to the next row that took numbers (plain pdftotext of a LibreOffice print: a label,
 * then its numbers and those of the labels printed after them, one of those labels floated far
 * down). The next holder's own numbers may be in the surplus and the numbers after its label another
 * row's: its cells are ambiguous where the readings disagree. Our own text (test/helpers/fixtures.ts
 * pipeReport, numbers of our own) written as a block stream, the rows rearranged so.
 */
import { describe, expect, it } from 'vitest';
import { pipeReport } from './helpers/fixtures.js';
import { APPLICANTS, asBlockStream, readTable3 } from './helpers/block-stream.js';

const OVERDUE = '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';
const UNPAID = '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';

/** Our rows (each keeps its sum; the table's equations hold). */
const ROWS: Readonly<Record<string, string>> = {
  '一、本年新收政府信息公开申请数量': '13 | 5 | 8 | 4 | 8 | 12 | 50',
  '(二)部分公开(区分处理的,只计这一情形,不计其他情形)': ' |  |  |  |  |  | ',
  '2.没有现成信息需要另行制作': '2 | 0 | 0 | 1 | 0 | 0 | 3',
  '3.补正后申请内容仍不明确': '0 | 3 | 0 | 0 | 0 | 0 | 3',
  '(五)不予处理 | 1.信访举报投诉类申请': '0 | 0 | 4 | 0 | 0 | 0 | 4',
  '2.重复申请': '1 | 0 | 0 | 0 | 5 | 0 | 6',
  '3.要求提供公开出版物': '0 | 0 | 0 | 2 | 0 | 1 | 3',
  '4.无正当理由大量反复申请': '0 | 1 | 0 | 0 | 0 | 0 | 1',
  '5.要求行政机关确认或重新出具已获取信息': '0 | 0 | 0 | 0 | 0 | 7 | 7',
  [`(六)其他处理 | ${OVERDUE}`]: '0 | 0 | 2 | 0 | 3 | 0 | 5',
  [UNPAID]: '0 | 0 | 0 | 0 | 0 | 4 | 4',
  '3.其他': '6 | 0 | 0 | 1 | 0 | 0 | 7',
  '(七)总计': '13 | 5 | 6 | 4 | 8 | 12 | 48',
  '四、结转下年度继续办理': '1 | 0 | 2 | 0 | 0 | 0 | 3',
};

/** The same table with 部分公开 holding a row of numbers. */
const WITH_PARTIAL: Readonly<Record<string, string>> = {
  '一、本年新收政府信息公开申请数量': '14 | 5 | 8 | 4 | 8 | 12 | 51',
  '(二)部分公开(区分处理的,只计这一情形,不计其他情形)': '1 | 0 | 0 | 0 | 0 | 0 | 1',
  '(七)总计': '14 | 5 | 6 | 4 | 8 | 12 | 49',
};

/** A row's numbers, a block each. */
const numbers = (rows: Readonly<Record<string, string>>, label: string): string[] => (rows[label] as string).split(' | ');

/**
 * 2.没有现成… followed by its numbers and those of the six rows after it, then (`reach`) the first
 * row of 六's too; the labels of those six rows with no number; the first row of 六 followed by the
 * second's numbers (`reach`, the second's label floated after the total's numbers) or by its own.
 * 部分公开 is blank (its label alone: the floating labels outnumber the rows of numbers), or
 * (`blankPartial` false) holds a row of numbers.
 */
function surplusText(reach: boolean, blankPartial = true): string {
  const run = [
    '2.没有现成信息需要另行制作',
    '3.补正后申请内容仍不明确',
    '(五)不予处理 | 1.信访举报投诉类申请',
    '2.重复申请',
    '3.要求提供公开出版物',
    '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息',
    ...(reach ? [`(六)其他处理 | ${OVERDUE}`] : []),
  ];
  const rows = blankPartial ? ROWS : { ...ROWS, ...WITH_PARTIAL };
  const numbersOf = (label: string): string[] => numbers(rows, label);
  return asBlockStream(
    pipeReport(rows),
    new Map([
      ['2.没有现成信息需要另行制作', ['2.没有现成信息需要另行制作', ...run.flatMap(numbersOf)]],
      ['3.补正后申请内容仍不明确', ['3.补正后申请内容仍不明确']],
      ['1.信访举报投诉类申请', ['(五)不予处理 1.信访举报投诉类申请']],
      ['2.重复申请', ['2.重复申请']],
      ['3.要求提供公开出版物', ['3.要求提供公开出版物']],
      ['4.无正当理由大量反复申请', ['4.无正当理由大量反复申请']],
      ['5.要求行政机关确认或重新出具已获取信息', ['5.要求行政机关确认或重新出具已获取信息']],
      [OVERDUE, [`(六)其他处理 ${OVERDUE}`, ...numbersOf(reach ? UNPAID : `(六)其他处理 | ${OVERDUE}`)]],
      [UNPAID, reach ? [] : [UNPAID, ...numbersOf(UNPAID)]],
      ['(七)总计', ['(七)总计', ...numbersOf('(七)总计'), ...(reach ? [UNPAID] : [])]],
    ]),
  );
}

describe('surplus reach (a surplus of whole rows reaching the next holder’s place)', () => {
  it('leaves the next holder’s cells ambiguous where its own row may be in the surplus', () => {
    const { row, codes } = readTable3(surplusText(true), 't3.results.otherHandling.overdueCorrection');
    // Read after its label, the row would take the next row's numbers (0 0 0 0 0 4 4), keeping its
    // sum; its own (0 0 2 0 3 0 5) are the surplus row at its place. The readings of the surplus
    // rows it may take (rows between may be blank) agree on no column with its own.
    expect(row('results.otherHandling.overdueCorrection')).toEqual(Array(APPLICANTS.length).fill('ambiguous'));
    expect(codes.has('ownership-undecided')).toBe(true);
  });

  it('leaves a row read after its label alone where the surplus does not reach its place', () => {
    // The run holds 2.没有现成…'s numbers and the six rows after it: the first row of 六's own stand after its label.
    const { row, codes } = readTable3(surplusText(false), 't3.results.otherHandling.overdueCorrection');
    expect(row('results.otherHandling.overdueCorrection')).toEqual([0, 0, 2, 0, 3, 0, 5]);
    expect(codes.has('ownership-undecided')).toBe(false);
  });

  it('pairs the floating labels with the rows of numbers in order, the first of 六 among them', () => {
    // As many rows of numbers no label holds (the surplus) as floating labels: value rows keep
    // their order, so the surplus row before the first of 六's label is a row above the floating
    // label of the second, never the second's (it had been given it, and the first of 六 the
    // second's numbers: eight cells stated wrong with no rule failing on the first's).
    const { row, codes } = readTable3(surplusText(true, false), 't3.results.otherHandling.overdueCorrection');
    expect(row('results.otherHandling.overdueCorrection')).toEqual([0, 0, 2, 0, 3, 0, 5]);
    expect(row('results.otherHandling.unpaidFee')).toEqual([0, 0, 0, 0, 0, 4, 4]);
    expect(row('results.notProcessed.confirmOrReissue')).toEqual([0, 0, 0, 0, 0, 7, 7]);
    expect(codes.has('row-label-floating')).toBe(true);
  });
});
