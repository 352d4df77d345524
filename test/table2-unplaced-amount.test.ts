/**
 * Table 二's amount cell against an amount no row took (probe seed 336 p07, plain `pdftotext` of a
 * Chromium print: the labels stacked apart from their numbers, `行政事业性收费` / `27` / `第二十条第（八）项` /
 * `本年收费金额（单位：万元）` / `19682.81元`; the 27 was 行政强制's, the amount was left unplaced, and the
 * fee cell was stated 27, shown only by an informational rule). A number with a fraction or a money
 * unit can be no cell of table 二 but the amount, so where one is left unplaced while the amount cell
 * was read from another number, the cell is `ambiguous` with both (`src/repairs/unplaced-amount.ts`);
 * so is the first number right after the amount column's own name printed apart from its row label,
 * whatever its form (`0` there would have been as silent). Our own report.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { contestAmount, unplacedAmounts } from '../src/repairs/unplaced-amount.js';
import type { RowItem } from '../src/tables/placement.js';
import type { ValueToken } from '../src/tables/tokens.js';
import { pipeReport } from './helpers/fixtures.js';

/** Our pipe report with table 二 as plain `pdftotext` prints it: labels stacked, then captions, headers and numbers. */
function stackedReport(fee: string, feeAfterCaption: string): string {
  const lines = pipeReport().split('\n');
  const a = lines.indexOf('二、主动公开政府信息情况');
  const b = lines.indexOf('三、收到和处理政府信息公开申请情况');
  const t2 = [
    '二、主动公开政府信息情况',
    '信息内容',
    '规章',
    '行政规范性文件',
    '信息内容',
    '行政许可',
    '信息内容',
    '行政处罚',
    '行政强制',
    '',
    '第二十条第(一)项',
    '本年制发件数 本年废止件数 现行有效件数',
    '0',
    '0',
    '0',
    '2',
    '1',
    '15',
    '第二十条第(五)项',
    '本年处理决定数量',
    '310',
    '第二十条第(六)项',
    '本年处理决定数量',
    '',
    '信息内容',
    '行政事业性收费',
    '',
    fee,
    '第二十条第(八)项',
    '本年收费金额(单位:万元)',
    feeAfterCaption,
    '',
  ];
  return [...lines.slice(0, a), ...t2, ...lines.slice(b)].join('\n');
}

function feeCell(text: string): [string, number | null, number[] | undefined] {
  const { report } = parseReport(text, { format: 'text' });
  const c = listCells(report!).find((x) => x.address === 't2.art20_8.administrativeFees.feeAmount')!;
  return [c.status, c.value, c.candidates];
}

function token(raw: string, value: number, start: number, unit?: string): ValueToken {
  return {
    kind: 'value',
    raw,
    content: { kind: 'number', value, signed: false, digits: String(value).replace('.', ''), ...(unit ? { unit } : {}) },
    start,
    end: start + raw.length,
  } as ValueToken;
}

describe('table 二: the amount cell against an amount no row took', () => {
  it('a number after the fee label and an amount left after its column header: both are candidates', () => {
    // The truth: 行政处罚 blank, 行政强制 27, the fee 12.5 (the 27 printed after the fee's label).
    expect(feeCell(stackedReport('27', '12.5元'))).toEqual(['ambiguous', null, [27, 12.5]]);
    expect(feeCell(stackedReport('27', '1268.40'))).toEqual(['ambiguous', null, [27, 1268.4]]);
  });

  it('a whole number right under the amount column’s name, printed apart from its row label: a candidate too', () => {
    // (a zero or whole amount has no form of its own; it stands right after its column's name)
    expect(feeCell(stackedReport('27', '0'))).toEqual(['ambiguous', null, [27, 0]]);
    expect(feeCell(stackedReport('27', '27'))).toEqual(['value', 27, undefined]);
  });

  it('the amount read from its own number stays stated', () => {
    expect(feeCell(pipeReport())).toEqual(['value', 12.5, undefined]);
  });

  it('what can only be an amount, and the contest', () => {
    const kinds = [
      token('12.5', 12.5, 0),
      token('300元', 300, 5, '元'),
      token('3万元', 3, 9, '万元'),
      token('27', 27, 14),
      token('27件', 27, 17, '件'),
    ];
    expect(unplacedAmounts(kinds.map((t) => ({ token: t, collapsedBefore: 0, run: 0 }))).map((t) => t.raw)).toEqual([
      '12.5',
      '300元',
      '3万元',
    ]);
    const own = token('27', 27, 10);
    const amount = token('12.5元', 12.5, 40, '元');
    const items: RowItem[] = [
      { token: token('6', 6, 30), collapsedBefore: 0, run: 0 },
      { token: amount, collapsedBefore: 0, run: 0 },
    ];
    expect(unplacedAmounts(items)).toEqual([amount]);
    expect(contestAmount({ status: 'value', token: own }, [amount])).toEqual({
      status: 'ambiguous',
      candidates: [27, 12.5],
      tokens: [own, amount],
    });
    // (the same number, or nothing to contest: the placement as it was)
    const same = token('12.5', 12.5, 10);
    expect(contestAmount({ status: 'value', token: same }, [amount])).toEqual({ status: 'value', token: same });
    expect(contestAmount({ status: 'missing' }, [amount])).toEqual({ status: 'missing' });
  });
});
