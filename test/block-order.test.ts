/**
 * Block order (plain pdftotext): a row whose numbers came out in several blocks may have its blocks
 * in another order than the page's, and its row sum still holds. Such a row is stated silently only
 * where the table's equations over the rows already trusted confirm its order; otherwise a
 * `block-order-unconfirmed` warning names the cells another order would change. Our own text
 * (test/helpers/fixtures.ts pipeReport) turned into that layout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, validateReport, type TemplateVersion } from '../src/index.js';
import { decideBlockOrder, type BlockOrderRow } from '../src/repairs/block-order.js';
import { WorkBudget } from '../src/tables/budget.js';
import { blankCountsAsZero, table3Relations } from '../src/template/relations.js';
import type { Placement } from '../src/tables/placement.js';
import type { BlankToken, ValueToken } from '../src/tables/tokens.js';
import { asShuffledBlocks, rewriteTable3 } from './helpers/block-stream.js';
import { readFixture } from './helpers/probe-fixtures.js';
import { consistentReport, pipeReport } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';

const RUNS = Number(process.env.PROP_RUNS ?? 30);

/**
 * Table 三's pipe rows written as plain pdftotext writes them: the label, a blank line, then the
 * numbers. A row whose label starts with one of `split` has each number as a block of its own (the
 * last two side by side), in the order `order` gives (indices into the row's blocks); every other
 * row prints its numbers on one line.
 */
function asBlocks(text: string, split: Record<string, number[] | null>): string {
  return rewriteTable3(
    text,
    (cells) => [cells.join(' '), ''],
    ({ labels, numbers }) => {
      const key = Object.keys(split).find((k) => labels.join(' ').includes(k));
      if (key === undefined) return [labels.join(' '), '', numbers.join(' '), ''];
      const blocks = [...numbers.slice(0, -2), numbers.slice(-2).join(' ')];
      const order = split[key] ?? blocks.map((_, k) => k);
      return [labels.join(' '), '', ...order.flatMap((k) => [blocks[k] as string, ''])];
    },
  );
}

const WITH_VALUES = {
  '一、本年新收政府信息公开申请数量': '5 | 2 | 1 | 3 | 0 | 4 | 15',
  '二、上年结转政府信息公开申请数量': '1 | 0 | 2 | 0 | 3 | 0 | 6',
  '三、本年度办理结果 | (一)予以公开': '3 | 2 | 3 | 3 | 3 | 4 | 18',
  '(七)总计': '5 | 2 | 3 | 3 | 3 | 4 | 20',
  '四、结转下年度继续办理': '1 | 0 | 0 | 0 | 0 | 0 | 1',
};

function read(text: string): {
  cells: Map<string, ReturnType<typeof listCells>[number]>;
  warned: string[][];
  diagnostics: ReturnType<typeof parseReport>['diagnostics'];
} {
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  const cells = new Map(listCells(report!).map((c) => [c.address, c]));
  const warned = diagnostics.filter((d) => d.code === 'block-order-unconfirmed').map((d) => d.addresses ?? []);
  return { cells, warned, diagnostics };
}

describe('block order (plain pdftotext)', () => {
  it('the fixture is consistent and read as a block stream', () => {
    const { report } = parseReport(pipeReport(WITH_VALUES), { format: 'text' });
    expect(validateReport(report!).status).toBe('ok');
    const { cells, warned } = read(asBlocks(pipeReport(WITH_VALUES), {}));
    expect(cells.get('t3.carriedOver.researchInstitution')).toMatchObject({ status: 'value', value: 2 });
    expect(warned).toEqual([]);
  });

  it('a row printed in several blocks is confirmed by the column equations of the rows printed whole', () => {
    const { cells, warned } = read(asBlocks(pipeReport(WITH_VALUES), { '二、上年结转': null }));
    expect(cells.get('t3.carriedOver.researchInstitution')).toMatchObject({ status: 'value', value: 2 });
    expect(cells.get('t3.carriedOver.legalServiceOrg')).toMatchObject({ status: 'value', value: 3 });
    expect(warned).toEqual([]);
  });

  it('blocks out of order while the column equations can judge them: the equations fail on the cells, and the warning names them', () => {
    // The page's 1 0 2 0 3 | 0 6 printed as 1 0 3 0 2 | 0 6 (the third and fifth blocks swapped).
    const text = asBlocks(pipeReport(WITH_VALUES), { '二、上年结转': [0, 1, 4, 3, 2, 5] });
    const { cells, warned, diagnostics } = read(text);
    expect(cells.get('t3.carriedOver.researchInstitution')).toMatchObject({ status: 'value', value: 3 });
    expect(warned.flat()).toEqual(expect.arrayContaining(['t3.carriedOver.researchInstitution', 't3.carriedOver.legalServiceOrg']));
    const { report } = parseReport(text, { format: 'text' });
    const failing = validateReport(report!, { diagnostics })
      .issues.filter((i) => i.status === 'fail')
      .flatMap((i) => i.addresses);
    expect(failing).toContain('t3.carriedOver.researchInstitution');
  });

  it('blocks out of order where no equation can judge them (the other rows of their columns unread): the warning names the cells', () => {
    // 结转下年度 loses its numbers (nothing printed), so no column balance can be evaluated.
    const values = { ...WITH_VALUES, '四、结转下年度继续办理': ' |  |  |  |  |  | ' };
    const text = asBlocks(pipeReport(values), { '二、上年结转': [0, 1, 4, 3, 2, 5] });
    const { cells, warned } = read(text);
    // Stated by reading order (3 where the page has 2), and not silently: the warning names it.
    expect(cells.get('t3.carriedOver.researchInstitution')).toMatchObject({ status: 'value', value: 3 });
    expect(warned).toHaveLength(1);
    expect(warned[0]).toEqual(
      expect.arrayContaining(['t3.carriedOver.naturalPerson', 't3.carriedOver.researchInstitution', 't3.carriedOver.legalServiceOrg']),
    );
    // A cell no order of the blocks can change is not named: the row sum holds the total in place.
    expect(warned[0]).not.toContain('t3.carriedOver.total');
  });
});

describe('stacked labels (plain pdftotext)', () => {
  /** The three rows of （四）无法提供 printed as three labels, then their 21 numbers in one run. */
  function stacked(values: Record<string, string>): string {
    const lines = asBlocks(pipeReport(values), {}).split('\n');
    const labels = ['(四)无法提供 1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'];
    const numbers: string[] = [];
    for (const l of labels) {
      const at = lines.indexOf(l);
      numbers.push(...(lines[at + 2] as string).split(' '));
      lines.splice(at + 1, 3);
    }
    const last = lines.indexOf(labels[2] as string);
    lines.splice(last + 1, 0, '', ...numbers.flatMap((n) => [n, '']));
    return lines.join('\n');
  }

  it('cuts the run into rows by the count and the row sums; between rows whose labels hold their own numbers, the template order pairs them', () => {
    // 3.其他 prints nothing (all blank), so the whole table cannot be checked and the older pairing
    // by order of the labels (all rows read) does not apply. The rows before and after the stack
    // hold their own numbers, and the 21 numbers between them are exactly the stack's rows: the
    // numbers keep the template's order there (repairs/ordered-values.ts; the column equations,
    // which sum the three rows together, could not tell which is which).
    const values = { ...WITH_VALUES, '3.其他': ' |  |  |  |  |  | ' };
    const { cells, diagnostics } = read(stacked(values));
    expect(cells.get('t3.results.unableToProvide.notHeld.commercialEnterprise')).toMatchObject({ status: 'value', value: 0 });
    expect(cells.get('t3.results.unableToProvide.stillUnclear.otherOrg')).toMatchObject({ status: 'value', value: 0 });
    expect(cells.get('t3.results.unableToProvide.notHeld.naturalPerson')).toMatchObject({ status: 'value', value: 1 });
    expect(cells.get('t3.results.unableToProvide.needsCreation.naturalPerson')).toMatchObject({ status: 'value', value: 0 });
    const paired = diagnostics.filter((d) => d.code === 'row-label-floating').map((d) => d.path);
    expect(paired).toEqual(
      expect.arrayContaining([
        't3.results.unableToProvide.notHeld',
        't3.results.unableToProvide.needsCreation',
        't3.results.unableToProvide.stillUnclear',
      ]),
    );
  });

  it('a cut that breaks its row sum leaves the run where it was', () => {
    const values = {
      ...WITH_VALUES,
      '3.其他': ' |  |  |  |  |  | ',
      '(四)无法提供 | 1.本机关不掌握相关政府信息': '1 | 0 | 0 | 0 | 0 | 0 | 2',
    };
    const { diagnostics } = read(stacked(values));
    expect(diagnostics.some((d) => d.code === 'row-label-floating' && d.path === 't3.results.unableToProvide.needsCreation')).toBe(false);
  });
});

describe('block order: property', () => {
  it('a counterexample it found: table 四 with two group totals lost, the last group all zeros, states no wrong cell', () => {
    // (the zeros of the last group add up wherever they fall; the lost totals moved the numbers before them)
    const r = consistentReport(21, '2021', { blanks: [1982826575, 149744586], scale: 40 });
    const { report, diagnostics } = parseReport(asShuffledBlocks(r, 21, 0.3), { format: 'text' });
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
  });

  it('a counterexample it found: 2021, one blank lost, small numbers, states no wrong cell', () => {
    const r = consistentReport(6886859, '2021', { blanks: [263896380], scale: 2 });
    const { report, diagnostics } = parseReport(asShuffledBlocks(r, 6886859, 0.3), { format: 'text' });
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
  });

  it('a counterexample it found: 2019, table 四 lost a blank, its two 1s in blocks out of order, states no wrong cell', () => {
    // The page's row: — 0 0 0 0 | 0 0 0 0 0 | 0 1 0 0 1, printed 0 / 0 / 0 / 0 / 1 0 / 0 / 0 / 1 / 0 0 / 0 / 0 / 0.
    // Read in the order printed, the sums put the lost cell in 行政复议 and the 1s in 未经复议直接起诉;
    // with the blocks in any order the 1s may stand in any group: no 1 is stated.
    const r = consistentReport(20, '2019', { blanks: [49906400, 1122715601], scale: 2 });
    const { report, diagnostics } = parseReport(asShuffledBlocks(r, 20, 0.3), { format: 'text' });
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
    const t4 = listCells(report!).filter((c) => c.table === 't4');
    expect(t4.filter((c) => c.status === 'value' || c.status === 'blank').map((c) => c.address)).toEqual([]);
    expect(t4.find((c) => c.address === 't4.litigationDirect.upheld')?.candidates).toEqual([1, 0]);
  });

  it('blocks of rows in another order, blanks vanished, mostly zeros: no cell is silently wrong', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom<TemplateVersion>('2019', '2021'),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom(2, 40),
        (seed, v, blanks, scale) => {
          const r = consistentReport(seed, v, { blanks, scale });
          const { report, diagnostics } = parseReport(asShuffledBlocks(r, seed, 0.3), { format: 'text' });
          expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('decideBlockOrder', () => {
  const token = (value: number, line: number): ValueToken =>
    ({
      kind: 'value',
      line,
      start: 0,
      end: 0,
      gapBefore: 1,
      lineStart: true,
      raw: String(value),
      content: { value },
    }) as unknown as ValueToken;
  const row = (key: string, values: number[], lines: number[]): BlockOrderRow => {
    const cols = [
      'naturalPerson',
      'commercialEnterprise',
      'researchInstitution',
      'publicInterestOrg',
      'legalServiceOrg',
      'otherOrg',
      'total',
    ];
    return {
      row: `t3.${key}`,
      addresses: cols.map((c) => `t3.${key}.${c}`),
      columns: values.map((v, j): Placement => ({ status: 'value', token: token(v, lines[j] as number) })),
    };
  };

  it('a row of one line, or of one value, is trusted; a row of several blocks needs the equations', () => {
    const relations = table3Relations('2021');
    const rows = [
      row('newReceived', [1, 2, 0, 0, 0, 0, 3], [1, 2, 3, 4, 5, 6, 6]),
      row('carriedOver', [0, 0, 0, 0, 0, 0, 0], [7, 8, 9, 10, 11, 12, 12]),
    ];
    const decisions = decideBlockOrder(rows, relations, blankCountsAsZero, new WorkBudget(1e6));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ row: 't3.newReceived', why: 'other-orders' });
    expect(decisions[0]?.addresses).toEqual([
      't3.newReceived.naturalPerson',
      't3.newReceived.commercialEnterprise',
      't3.newReceived.researchInstitution',
      't3.newReceived.publicInterestOrg',
      't3.newReceived.legalServiceOrg',
    ]);
    // 0 3 side by side is one block: the only block of two, it keeps the last two columns.
    expect(decisions[0]?.candidates[0]).toEqual([1, 2, 0]);
  });

  it('judges each column as soon as it is filled: seven blocks confirmed with little work (issue 16)', () => {
    // Every cell of 本年新收 is a block of its own (5,040 orders); the balance of each column
    // (上年结转 + 本年新收 = 总计 + 结转下年度) is judged against trusted rows as soon as the column is
    // filled, so the search does not enumerate the orders a column already rules out.
    const rows = [
      row('newReceived', [1, 2, 3, 4, 5, 6, 21], [1, 2, 3, 4, 5, 6, 7]),
      row('carriedOver', [0, 0, 0, 0, 0, 0, 0], [8, 8, 8, 8, 8, 8, 8]),
      row('results.total', [1, 2, 3, 4, 5, 6, 21], [9, 9, 9, 9, 9, 9, 9]),
      row('carriedForward', [0, 0, 0, 0, 0, 0, 0], [10, 10, 10, 10, 10, 10, 10]),
    ];
    const budget = new WorkBudget(1e6);
    expect(decideBlockOrder(rows, table3Relations('2021'), blankCountsAsZero, budget)).toEqual([]);
    expect(budget.spent).toBeLessThan(1000);
  });

  it('names a blank total placed by order alone: no equation checks it there (probe seed 119, lo-plain: silent)', () => {
    // Plain pdftotext of our LibreOffice print: 危及“三安全一稳定” came out `45` / `0` / `0` / `0` /
    // `40` / `0`, each a block, then the next (blank) row's `——`, read as the row's total (truth 85).
    // A blank total counts as no number, so every order putting it there passes unchecked.
    const r = row('results.denied.securityStability', [45, 0, 0, 0, 40, 0, 0], [1, 2, 3, 4, 5, 6, 7]);
    const blank = { kind: 'blank', line: 7, start: 0, end: 0, gapBefore: 1, lineStart: true, raw: '——' } as unknown as BlankToken;
    const columns = [...r.columns.slice(0, 6), { status: 'blank', token: blank } as Placement];
    const decisions = decideBlockOrder([{ ...r, columns }], table3Relations('2021'), blankCountsAsZero, new WorkBudget(1e6));
    expect(decisions[0]?.addresses).toContain('t3.results.denied.securityStability.total');
    expect(decisions[0]?.candidates.at(-1)).toEqual([45, 0, 40]);
  });

  it('our LibreOffice print (probe seed 119): the blank total of 危及“三安全一稳定” is named by the warning', () => {
    const { report, diagnostics } = parseReport(readFixture('probe-119-p05-lo-plain.txt'));
    const address = 't3.results.denied.securityStability.total';
    const cell = listCells(report!).find((c) => c.address === address);
    expect(cell?.status).toBe('blank');
    const naming = diagnostics.filter((d) => d.code === 'block-order-unconfirmed' && (d.addresses ?? []).includes(address));
    expect(naming).toHaveLength(1);
  });

  it('runs out of budget: the row is flagged, never confirmed', () => {
    const rows = [row('newReceived', [1, 2, 3, 4, 5, 6, 21], [1, 2, 3, 4, 5, 6, 7])];
    const decisions = decideBlockOrder(rows, table3Relations('2021'), blankCountsAsZero, new WorkBudget(50));
    expect(decisions[0]).toMatchObject({ why: 'exhausted' });
    expect(decisions[0]?.addresses).toHaveLength(7);
  });
});
