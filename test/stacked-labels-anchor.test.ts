/**
 * Labels stacked above their numbers (plain `pdftotext` of a browser print, probe seed 282 p03): a
 * page's stretch of table 三 comes out as a column of row labels, then the numbers of all those
 * rows, every blank cell printing nothing. The stack's last label holds the numbers of every row of
 * the stack; where they happen to be whole rows of zeros, the ordered-values repair took that label
 * as an anchor (its first seven numbers keep its row sum), cut the rows after it by order and
 * reported them (`row-label-floating`), but stated the anchor's own row from the run's first seven
 * numbers with nothing naming it. Right after a row label above it holding none, that its row
 * starts at its first number rests on the order alone: it is reported like the rows paired after
 * it (`src/repairs/ordered-values.ts`, `afterWaitingLabel`). Our own report, printed so by the
 * helper below, and the probe document.
 */
import { describe, expect, it } from 'vitest';
import { createReport, parseReport, renderReport, table3Addresses, type Report } from '../src/index.js';
import { consistentCells } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

/**
 * Table 三 of `report` with the labels of each stretch of data rows in `stacks` (indices of data
 * rows, from 0: 本年新收) printed as a column (group labels where they fall), then the numbers of
 * the stretch, each on a line of its own (no blank lines: no block stream); the other rows print
 * their label, then their numbers.
 */
function withStackedLabels(report: Report, stacks: readonly (readonly [number, number])[]): string {
  const out: string[] = [];
  const lines = renderReport(report, { to: 'text' }).split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、收到'));
  const end = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  let row = -1;
  let pending: string[] = [];
  lines.forEach((l, i) => {
    if (i <= start || i >= end || !l.startsWith('| ')) {
      out.push(l);
      return;
    }
    const cells = l.slice(2, -2).split(' | ');
    let k = cells.length;
    while (k > 0 && /^(-?\d[\d.]*)?$/.test(cells[k - 1] as string)) k--;
    const labels = cells.slice(0, k).filter((c) => c !== '');
    const numbers = cells.slice(k).filter((c) => c !== '');
    if (k === cells.length) {
      out.push(...labels); // a header row
      return;
    }
    row++;
    out.push(...labels);
    const stack = stacks.find(([a, b]) => row >= a && row <= b);
    pending.push(...numbers);
    if (!stack || row === stack[1]) {
      out.push(...pending);
      pending = [];
    }
  });
  return out.join('\n');
}

/** Table 三 mostly blank, a few zeros (the report adds up: every count is 0). */
function zerosReport(zeros: readonly string[]): Report {
  const cells: Record<string, number | null> = consistentCells(28203, { table2: '2021', table3: '2021' });
  for (const a of table3Addresses('2021')) cells[a] = null;
  for (const a of zeros) cells[`t3.${a}`] = 0;
  return createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } });
}

const ZEROS = [
  'newReceived.researchInstitution',
  'carriedOver.commercialEnterprise',
  'carriedOver.total',
  // 28 zeros over the rows 予以公开 … 1.申请人无正当理由逾期不补正…
  'results.granted.total',
  'results.partiallyGranted.naturalPerson',
  'results.partiallyGranted.otherOrg',
  'results.denied.stateSecret.legalServiceOrg',
  'results.denied.prohibitedByLaw.naturalPerson',
  'results.denied.prohibitedByLaw.researchInstitution',
  'results.denied.prohibitedByLaw.total',
  'results.denied.securityStability.publicInterestOrg',
  'results.denied.thirdPartyRights.commercialEnterprise',
  'results.denied.internalAffairs.naturalPerson',
  'results.denied.internalAffairs.legalServiceOrg',
  'results.denied.internalAffairs.otherOrg',
  'results.denied.processInformation.researchInstitution',
  'results.denied.processInformation.total',
  'results.denied.enforcementCaseFile.publicInterestOrg',
  'results.denied.administrativeQuery.naturalPerson',
  'results.unableToProvide.notHeld.total',
  'results.unableToProvide.needsCreation.commercialEnterprise',
  'results.unableToProvide.stillUnclear.legalServiceOrg',
  'results.notProcessed.petitionOrComplaint.researchInstitution',
  'results.notProcessed.petitionOrComplaint.otherOrg',
  'results.notProcessed.duplicate.publicInterestOrg',
  'results.notProcessed.publication.naturalPerson',
  'results.notProcessed.massRepeated.total',
  'results.notProcessed.massRepeated.legalServiceOrg',
  'results.notProcessed.confirmOrReissue.commercialEnterprise',
  'results.notProcessed.confirmOrReissue.total',
  'results.otherHandling.overdueCorrection.researchInstitution',
  // 11 zeros over 2.申请人逾期未按收费通知… … 四、结转下年度继续办理
  'results.otherHandling.unpaidFee.naturalPerson',
  'results.otherHandling.unpaidFee.total',
  'results.otherHandling.other.otherOrg',
  'results.otherHandling.other.publicInterestOrg',
  'results.otherHandling.other.commercialEnterprise',
  'results.total.naturalPerson',
  'results.total.legalServiceOrg',
  'results.total.researchInstitution',
  'results.total.otherOrg',
  'carriedForward.naturalPerson',
  'carriedForward.total',
];

/** Data rows 予以公开 (2) … 1.申请人无正当理由… (20), then 2.申请人逾期未按… (21) … 结转 (24). */
const STACKS = [
  [2, 20],
  [21, 24],
] as const;

describe('labels stacked above their numbers (plain pdftotext)', () => {
  it('the stack’s last label holding whole rows of zeros is reported with the rows paired after it', () => {
    const truth = zerosReport(ZEROS);
    const { report, diagnostics } = parseReport(withStackedLabels(truth, STACKS), { format: 'text' });
    // Before: 1.申请人无正当理由… stated the run's first seven zeros (six of them blank in the
    // report) with nothing naming them; the rows after it were paired by order and named.
    expect(diagnostics.filter((d) => d.code === 'row-label-floating').map((d) => d.path)).toEqual([
      't3.results.otherHandling.overdueCorrection',
      't3.results.otherHandling.unpaidFee',
      't3.results.otherHandling.other',
      't3.results.total',
    ]);
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
  });

  it('probe seed 282 p03 (Chromium print, plain): the row holding the page’s run is named', () => {
    // Our report pushed through Chromium and pdftotext: the page's labels, then its 28 zeros (19
    // rows, every blank cell printing nothing), after a piece of 1.申请人无正当理由…'s label. Its
    // truth: one 0 (publicInterestOrg), the rest blank; read 0 ×7, six cells were silently wrong.
    const text = readFixture('probe-282-p03-chromium-plain.txt');
    const { diagnostics } = parseReport(text);
    expect(diagnostics.filter((d) => d.code === 'row-label-floating').map((d) => d.path)).toEqual([
      't3.results.otherHandling.overdueCorrection',
      't3.results.otherHandling.unpaidFee',
      't3.results.otherHandling.other',
      't3.results.total',
    ]);
    const overdue = cellsUnder(text, 't3.results.otherHandling.overdueCorrection.');
    expect(overdue.map((c) => [c.status, c.value])).toEqual(Array(7).fill(['value', 0]));
  });

  it('a stack of two rows each printed whole: the order still reads them', () => {
    const cells: Record<string, number | null> = consistentCells(7, { table2: '2021', table3: '2021' }, 40);
    const truth = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } });
    const { report, diagnostics } = parseReport(withStackedLabels(truth, [[2, 3]]), { format: 'text' });
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
  });
});
