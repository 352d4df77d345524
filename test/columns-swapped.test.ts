/**
 * Two columns a text printed in each other's place (issue 12: probe seed 391 p04, Chromium
 * `-layout` text, where `pdftotext` printed the 科研机构 and 社会公益组织 stacks of one block in
 * reverse order: each row of the block complete, its two cells swapped, the row sums kept). Where one
 * column equation fails in two columns by opposite amounts, the cells of those two columns that no
 * holding equation keeps are named by `columns-swapped` (values kept). Our own fixture text
 * (`pipeReport`): 上年结转 and 予以公开 with their 科研机构 and 社会公益组织 cells swapped, and a
 * result row left out so that no results equation checks 予以公开.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import type { Operand } from '../src/template/arithmetic.js';
import { blankCountsAsZero, table3Relations } from '../src/template/relations.js';
import { swappedColumns } from '../src/repairs/swapped-columns.js';
import { pipeReport, T3_ROWS_WITH_NUMBERS } from './helpers/fixtures.js';

const CARRIED_OVER = '二、上年结转政府信息公开申请数量';
const GRANTED = '三、本年度办理结果 | (一)予以公开';
const CARRIED_FORWARD = '四、结转下年度继续办理';

/** A consistent 2021 report: 科研机构 carries 2 over and forward 4, 社会公益组织 neither. */
const CONSISTENT = {
  ...T3_ROWS_WITH_NUMBERS,
  [CARRIED_OVER]: '1 | 0 | 2 | 0 | 0 | 0 | 3',
  [CARRIED_FORWARD]: '1 | 0 | 4 | 0 | 0 | 0 | 5',
};

/** The report with the row of 2.重复申请 left out (its cells missing: no results equation can be checked). */
const withoutDuplicateRow = (rows: Record<string, string>): string => pipeReport(rows).replace(/^2\.重复申请.*\n/m, '');

const swapped = (text: string) => parseReport(text).diagnostics.filter((d) => d.code === 'columns-swapped');

const cols = (row: string): string[] => [`t3.${row}.researchInstitution`, `t3.${row}.publicInterestOrg`];

describe('columns-swapped', () => {
  it('names the cells of two columns whose balance fails by opposite amounts, where nothing else checks them', () => {
    const text = withoutDuplicateRow({
      ...CONSISTENT,
      [CARRIED_OVER]: '1 | 0 | 0 | 2 | 0 | 0 | 3',
      [GRANTED]: '10 | 4 | 2 | 3 | 1 | 0 | 20',
    });
    const got = swapped(text);
    expect(got).toHaveLength(1);
    const d = got[0];
    expect(d?.severity).toBe('warning');
    expect(d?.path).toBe('t3');
    expect(d?.actual).toBe(-2);
    // (the rows whose two cells differ: 总计 holds 4 in both, so a swap there changes nothing)
    expect(d?.addresses).toEqual([
      ...cols('newReceived'),
      ...cols('carriedOver'),
      ...cols('carriedForward'),
      ...cols('results.granted'),
      ...cols('results.otherHandling.overdueCorrection'),
      ...cols('results.otherHandling.other'),
    ]);
    expect(d?.message).toBe(
      '表三的同一勾稽关系在两列不成立、差额相反（T3.BALANCE：“科研机构”列 −2，“社会公益组织”列 +2）：文本可能把这两列的数值互换了位置；两列中未经任何成立的勾稽关系核对的单元格请核对。',
    );
    // (the cells stay as read)
    const t3 = parseReport(text).report?.tables.t3;
    expect(t3?.results.granted.researchInstitution.value).toBe(2);
    expect(t3?.results.granted.publicInterestOrg.value).toBe(3);
  });

  it('does not fire on a table that adds up, nor on one whose failure is no swap', () => {
    expect(swapped(withoutDuplicateRow(CONSISTENT))).toEqual([]);
    expect(swapped(pipeReport(CONSISTENT))).toEqual([]);
    // (one column's 上年结转 misprinted: the balance fails in that column only)
    expect(swapped(withoutDuplicateRow({ ...CONSISTENT, [CARRIED_OVER]: '1 | 0 | 5 | 0 | 0 | 0 | 6' }))).toEqual([]);
    // (two columns fail by amounts that are not opposite: +3 and +2)
    expect(swapped(withoutDuplicateRow({ ...CONSISTENT, [CARRIED_OVER]: '1 | 0 | 5 | 2 | 0 | 0 | 8' }))).toEqual([]);
  });
});

describe('swappedColumns', () => {
  const relations = table3Relations('2021');
  /** Every cell 0 but those given. */
  const lookup =
    (cells: Record<string, Operand>) =>
    (a: string): Operand =>
      a in cells ? (cells[a] as Operand) : 0;

  it('pairs two columns of one rule by opposite residuals, and leaves the cells a holding equation keeps', () => {
    // 自然人 and 商业企业: 上年结转 5 and 1 for 1 and 5 (balance −4 and +4); 予以公开 stated in both;
    // the results equation of 自然人 holds (it keeps 自然人's results cells, so those rows are not named)
    const cells: Record<string, Operand> = {
      't3.newReceived.naturalPerson': 10,
      't3.carriedOver.naturalPerson': 5,
      't3.results.granted.naturalPerson': 6,
      't3.results.total.naturalPerson': 6,
      't3.carriedForward.naturalPerson': 5,
      't3.newReceived.commercialEnterprise': 2,
      't3.carriedOver.commercialEnterprise': 1,
      't3.results.granted.commercialEnterprise': 'blank',
      't3.results.total.commercialEnterprise': 2,
      't3.carriedForward.commercialEnterprise': 5,
    };
    const got = swappedColumns(relations, lookup(cells), blankCountsAsZero);
    expect(got).toEqual([
      {
        columns: ['naturalPerson', 'commercialEnterprise'],
        evidence: [{ rule: 'T3.BALANCE', residual: 4 }],
        addresses: [
          't3.newReceived.naturalPerson',
          't3.newReceived.commercialEnterprise',
          't3.carriedOver.naturalPerson',
          't3.carriedOver.commercialEnterprise',
        ],
      },
    ]);
  });

  it('finds nothing where a swap of equal values is all there is, or where a column cannot be evaluated', () => {
    expect(swappedColumns(relations, lookup({}), blankCountsAsZero)).toEqual([]);
    const cells: Record<string, Operand> = {
      't3.newReceived.naturalPerson': 4,
      't3.results.total.naturalPerson': null,
      't3.newReceived.commercialEnterprise': 0,
      't3.results.total.commercialEnterprise': 4,
    };
    expect(swappedColumns(relations, lookup(cells), blankCountsAsZero)).toEqual([]);
  });
});
