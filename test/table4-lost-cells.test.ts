/**
 * Table 四 in plain pdftotext text that lost cells without a trace (a cell printed past the page's
 * edge, a blank cell): the group sums place the numbers where every placement they allow agrees,
 * and nothing else. Our own text and numbers, in the shape of that layout.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { pipeReport } from './helpers/fixtures.js';
import { placeWithLostCells } from '../src/tables/lost-cells.js';
import { WorkBudget } from '../src/tables/budget.js';
import type { RowItem } from '../src/tables/placement.js';
import type { ValueToken } from '../src/tables/tokens.js';

/** A vertical header (one character per line), each column's header a block of its own. */
const vertical = (words: string[]): string[] => words.flatMap((w) => [...[...w], '']);

/**
 * Table 四 as plain pdftotext prints a page whose headers are written one character per line:
 * each group's header blocks, then its numbers, one block each; `numbers` per group.
 */
function plainVertical(numbers: [string[], string[], string[]]): string[] {
  const block = (xs: string[]) => xs.flatMap((x) => [x, '']);
  return [
    '四、政府信息公开行政复议、行政诉讼情况',
    '',
    '行政复议',
    '',
    '行政诉讼',
    '',
    ...vertical(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']),
    ...block(numbers[0]),
    '未经复议直接起诉',
    '',
    ...vertical(['结果维持', '结果纠正', '其他结果', '尚未审结']),
    ...block(numbers[1]),
    '复议后起诉',
    '',
    ...vertical(['总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']),
    ...block(numbers[2]),
  ];
}

function report(t4: string[]): string {
  const lines = pipeReport().split('\n');
  const from = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const to = lines.findIndex((l) => l.startsWith('五、'));
  lines.splice(from, to - from, ...t4, '');
  return lines.join('\n');
}

const t4Cells = (text: string) => listCells(parseReport(text).report!).filter((c) => c.address.startsWith('t4.'));
const shown = (text: string) => t4Cells(text).map((c) => (c.status === 'value' ? c.value : c.status));

describe('table 四 with lost cells (plain pdftotext)', () => {
  it('places fourteen numbers when only one placement keeps the group sums; the lost total is missing', () => {
    // review 0 2 0 5 = 7; direct 1 6 0 0 = 7 (its total printed after 复议后起诉); after 3 0 4 0 = 7, total lost.
    // A group whose total is lost is checked by no sum: the numbers are candidates, not stated
    // (table4-unsummed-group.test.ts: a total read as two numbers shifts them all).
    const text = report(
      plainVertical([
        ['0', '2', '0', '5', '7'],
        ['1', '6', '0', '0'],
        ['7', '3', '0', '4', '0'],
      ]),
    );
    expect(shown(text)).toEqual([...Array<string>(14).fill('ambiguous'), 'missing']);
    // (every group then: the lost total may have moved the other groups' numbers too)
    expect(t4Cells(text).map((c) => (c.status === 'ambiguous' ? c.candidates : null))).toEqual([
      [0],
      [2],
      [0],
      [5],
      [7],
      [1],
      [6],
      [0],
      [0],
      [7],
      [3],
      [0],
      [4],
      [0],
      null,
    ]);
    const missing = parseReport(text).diagnostics.find((d) => d.code === 'cells-missing' && d.path === 't4');
    expect(missing?.addresses).toEqual(['t4.litigationAfterReview.total']);
  });

  it("the first group's label lost at a page break: its numbers, printed before the next label, take their place by the sums", () => {
    const lines = plainVertical([
      ['0', '3', '0', '5', '8'],
      ['1', '6', '0', '0'],
      ['7', '2', '0', '4', '0', '6'],
    ]).filter((l) => l !== '行政复议' && l !== '行政诉讼');
    // The groups' runs could be rotated (direct, after, review) and keep the sums: the totals the text states decide.
    const said = [lines[0] as string, '本年度发生政府信息公开行政复议8件，行政诉讼13件。', ...lines.slice(1)];
    expect(shown(report(said))).toEqual([0, 3, 0, 5, 8, 1, 6, 0, 0, 7, 2, 0, 4, 0, 6]);
    expect(shown(report(lines))).toContain('ambiguous');
  });

  it('states nothing the placements disagree on (two lost cells: the last group open)', () => {
    const text = report(
      plainVertical([
        ['0', '2', '0', '5', '7'],
        ['1', '6', '0', '0'],
        ['7', '3', '0', '4'],
      ]),
    );
    const cells = shown(text);
    // (its zeros are candidates only: a lost cell the sums count as zero may be any of them, once
    // blocks can come out of order; a property counterexample stated such a 0 where the cell was blank)
    expect(cells.slice(0, 5)).toEqual(['ambiguous', 2, 'ambiguous', 5, 7]);
    // every stated cell is right; the rest flagged
    const truth = [0, 2, 0, 5, 7, 1, 6, 0, 0, 7, 3, 0, 4, 0, 7];
    cells.forEach((c, j) => {
      if (typeof c === 'number') expect(c).toBe(truth[j]);
      else expect(['missing', 'ambiguous']).toContain(c);
    });
  });

  it('a number printed among the header words before 行政复议 is not taken for a lost cell', () => {
    // the first cell (结果维持 of 行政复议) printed in its header block; the rest out of order
    const t4 = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '',
      ...['结', '果', '维', '持', '0'],
      '',
      '行政复议',
      '行政诉讼',
      '未经复议直接起诉',
      '结果 其他 尚未 总计 结果 结果 其他 尚未 总计 结果',
      '纠正 结果 审结 维持 纠正 结果 审结 维持',
      '',
      '复议后起诉',
      '结果 其他 尚未 总计',
      '纠正 结果 审结',
      '',
      ...['1', '0', '1', '0', '2', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
    ];
    // truth: 0 1 1 0 2 | 0 0 0 0 0 | 0 0 0 0 0 — 1 0 1 0 | 2 keeps the sums but is not the row
    const truth = [0, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const cells = shown(report(t4));
    cells.forEach((c, j) => {
      if (typeof c === 'number') expect(c).toBe(truth[j]);
    });
    expect(cells).toContain('ambiguous');
  });
});

describe('placeWithLostCells', () => {
  const item = (raw: string, run = 1): RowItem => ({
    token: {
      kind: 'value',
      raw,
      content: { kind: 'number', value: Number(raw), signed: false, digits: raw },
      start: 0,
      end: raw.length,
      line: 0,
      gapBefore: 0,
      lineStart: true,
    } as ValueToken,
    collapsedBefore: 0,
    run,
  });
  // two groups of three: a + b = total
  const sums = (cells: Float64Array): boolean => {
    for (const g of [0, 3]) {
      const a = cells[g] as number;
      const b = cells[g + 1] as number;
      const t = cells[g + 2] as number;
      if (!Number.isNaN(t) && ((!Number.isNaN(a) && a > t) || (!Number.isNaN(b) && b > t))) return false;
      if (![a, b, t].some(Number.isNaN) && a + b !== t) return false;
    }
    return true;
  };

  it('a token of digits may be two cells run together: every cut that fits is a placement', () => {
    // 2 3 5 | 1 4 5 written as 2 3 51 4 5: only the cut fits (a lost cell puts 51 over a total of 5)
    const p = placeWithLostCells(
      6,
      ['2', '3', '51', '4', '5'].map((r) => item(r)),
      sums,
      new WorkBudget(100_000),
    );
    expect(p?.columns.map((c) => (c.status === 'value' ? c.token.content.value : c.status))).toEqual([2, 3, 5, 1, 4, 5]);
    expect(p?.fitting).toBe(1);
  });

  it('a cut and a lost cell that both fit leave the cells they disagree on open', () => {
    const p = placeWithLostCells(
      6,
      ['3', '0', '3', '12'].map((r) => item(r)),
      sums,
      new WorkBudget(100_000),
    );
    // 3 0 3 | 1 2 ?, 3 0 3 | 12 ? ?, 3 0 3 | ? ? 12 and 3 0 ? | 3 12 ? all keep the sums (a lost cell is unknown)
    expect(p?.columns.map((c) => (c.status === 'value' ? c.token.content.value : c.status))).toEqual([
      3,
      0,
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
    ]);
  });

  it('returns null when the budget runs out (nothing decided)', () => {
    expect(
      placeWithLostCells(
        6,
        ['1', '1'].map((r) => item(r)),
        () => true,
        new WorkBudget(5),
      ),
    ).toBeNull();
  });

  it('returns null when no placement fits', () => {
    expect(
      placeWithLostCells(
        6,
        ['5', '1', '2', '3', '9'].map((r) => item(r)),
        sums,
        new WorkBudget(100_000),
      ),
    ).toBeNull();
  });
});

describe('table 四 under header blocks (plain pdftotext of spanning header cells)', () => {
  /**
   * The first column's header and its number in a block of their own; the next ten columns' header
   * words in one block, the last four in another; then one number per block, the first number
   * under the last header block printed second.
   */
  function wordStyle(numbers: number[], prose: string): string {
    const [first, ...rest] = numbers.map(String);
    const stream = [rest[0], rest[10], ...rest.slice(1, 10), ...rest.slice(11)] as string[];
    const t4 = [
      '四、政府信息公开行政复议、行政诉讼情况',
      prose,
      '',
      ...['结', '果', '维', '持', first as string],
      '',
      '行政复议',
      '行政诉讼',
      '未经复议直接起诉',
      '结 其 尚',
      '果 他 未 总 结果 结果 其他 尚未 总 结果',
      '纠 结 审 计 维 纠 结 审 计 维',
      '正 果 结',
      '持 正 果 结',
      '持',
      '',
      '复议后起诉',
      '结 其 尚',
      '果 他 未 总',
      '纠 结 审 计',
      '正 果 结',
      '',
      ...stream.flatMap((x) => [x, '']),
    ];
    return report(t4);
  }
  const truth = [0, 40, 2, 1, 43, 0, 12, 0, 0, 12, 5, 9, 0, 0, 14];

  it('deals the numbers out to the header blocks; one way keeps the sums', () => {
    const text = wordStyle(truth, '本年度我局依法做好政府信息公开工作。');
    // 5 (printed after 12) or a later 0 may end the second header block: 0 9 5 0 | 14 keeps the sum too
    expect(shown(text)).toEqual([...truth.slice(0, 10), 'ambiguous', 9, 'ambiguous', 0, 14]);
    expect(parseReport(text).diagnostics.map((d) => d.code)).not.toContain('values-unplaced');
  });

  it('ways that all keep the sums leave the cells they disagree on ambiguous; the stated totals choose between whole groups', () => {
    // 0 1 1 0 2 | 0 0 0 0 0 | 0 0 0 0 0: the 1s and the 2 can be dealt to the review or the last group
    const open = [0, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const silent = shown(wordStyle(open, '本年度我局依法做好政府信息公开工作。'));
    silent.forEach((c, j) => {
      if (typeof c === 'number') expect(c).toBe(open[j]);
    });
    expect(silent[4]).toBe('ambiguous');
    const said = wordStyle(open, '本年度发生政府信息公开行政复议2件，行政诉讼0件。');
    const cells = shown(said);
    cells.forEach((c, j) => {
      if (typeof c === 'number') expect(c).toBe(open[j]);
    });
    expect(cells[4]).toBe(2);
    expect(parseReport(said).diagnostics.map((d) => d.code)).toContain('groups-from-text');
  });
});
