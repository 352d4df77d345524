/**
 * A blank row followed by a row whose template label carries a `（一）`-style marker, in text whose
 * line breaks are gone (issue 12): `…确认或重新出具已获取信息 其他处理 0 21 …` with no numbers after
 * the first label. The two labels run together and must be cut back into two rows (the numbers
 * belong to the second); read as one, the blank row silently took the next row's numbers.
 * Regression: the exact-label index held the template's `（六）其他处理` un-normalised (full-width
 * brackets), so `其他处理` was never an exact label and the run-on label was not cut.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, type Report, type TemplateVersion } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

const BLANK_ROW = 't3.results.notProcessed.confirmOrReissue.';
const NEXT_ROW = 't3.results.otherHandling.';

/** A 2019 report whose confirm-or-reissue row is left blank and whose 其他处理 row has numbers. */
function reportWithBlankRow(seed: number): Report {
  const cells: Record<string, number | null> = consistentCells(seed, { table2: '2019', table3: '2019' });
  for (const k of Object.keys(cells)) if (k.startsWith(BLANK_ROW)) expect(cells[k]).toBe(0);
  for (const k of Object.keys(cells)) if (k.startsWith(BLANK_ROW)) cells[k] = null;
  return createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
}

/** Row labels without their list markers (`（六）`, `5.`), as many sites print them. */
const unnumbered = (text: string): string =>
  text.replace(/（[一二三四五六七]）(?=\S)/g, '').replace(/(^|[ |\n])\d\.(?=\p{Script=Han})/gu, '$1');

describe('one-line text: a blank row before an unnumbered （六）其他处理', () => {
  // Seeds whose confirm-or-reissue row is all zero (so that leaving it blank keeps the tables consistent)
  // and whose 其他处理 row is not.
  const seeds = [] as number[];
  for (let s = 1; seeds.length < 3 && s < 200; s++) {
    const c = consistentCells(s, { table2: '2019', table3: '2019' });
    if (c[`${BLANK_ROW}total`] === 0 && (c[`${NEXT_ROW}total`] as number) > 0) seeds.push(s);
  }

  for (const glued of [false, true]) {
    it(`cuts the run-on labels and gives the numbers to 其他处理 (${glued ? 'glued' : 'spaces'})`, () => {
      expect(seeds.length).toBe(3);
      for (const seed of seeds) {
        const report = reportWithBlankRow(seed);
        const text = oneLine(unnumbered(renderReport(report, { to: 'text' })), glued);
        const got = parseReport(text, { format: 'text' }).report as Report;
        const want = new Map(listCells(report).map((c) => [c.address, c.status === 'value' ? c.value : null]));
        for (const c of listCells(got)) {
          if (!c.address.startsWith(BLANK_ROW) && !c.address.startsWith(NEXT_ROW)) continue;
          // Right, or flagged (a vanished blank row may read as missing); never another row's value.
          if (c.status === 'value') expect([c.address, c.value]).toEqual([c.address, want.get(c.address)]);
          if (c.address.startsWith(BLANK_ROW)) expect([c.address, c.status]).not.toEqual([c.address, 'value']);
        }
        if (!glued)
          for (const c of listCells(got)) if (c.address.startsWith(NEXT_ROW)) expect([c.address, c.status]).toEqual([c.address, 'value']);
      }
    });
  }
});

describe('one-line text: a blank （六）其他处理 before an unnumbered （七）总计', () => {
  const BLANK = 't3.results.otherHandling.';
  const TOTAL = 't3.results.total.';
  // Seeds whose 其他处理 row is all zero (left blank, the tables stay consistent).
  const seeds = [] as number[];
  for (let s = 1; seeds.length < 3 && s < 400; s++) {
    const c = consistentCells(s, { table2: '2019', table3: '2019' });
    if (c[`${BLANK}total`] === 0) seeds.push(s);
  }

  for (const glued of [false, true]) {
    it(`cuts 其他处理总计 in two and gives the numbers to the total row (${glued ? 'glued' : 'spaces'}; probe seed 147 p08, one-line: 7 cells stated silently in 其他处理)`, () => {
      expect(seeds.length).toBe(3);
      for (const seed of seeds) {
        const cells: Record<string, number | null> = consistentCells(seed, { table2: '2019', table3: '2019' });
        for (const k of Object.keys(cells)) if (k.startsWith(BLANK)) cells[k] = null;
        const report = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
        const text = oneLine(unnumbered(renderReport(report, { to: 'text' })), glued);
        expect(text).toMatch(/其他处理 ?总计 ?\d/);
        const got = listCells(parseReport(text, { format: 'text' }).report as Report);
        const want = new Map(listCells(report).map((c) => [c.address, c.status === 'value' ? c.value : null]));
        // The blank row is never stated a number; the total row is read whole.
        expect(got.filter((c) => c.address.startsWith(BLANK) && c.status === 'value').map((c) => c.address)).toEqual([]);
        const totals = got.filter((c) => c.address.startsWith(TOTAL));
        expect(totals.map((c) => [c.address, c.status, c.value])).toEqual(totals.map((c) => [c.address, 'value', want.get(c.address)]));
      }
    });
  }
});

describe('one-line text: a blank last row of a group before the next group label and its first row', () => {
  const BLANK = 't3.results.unableToProvide.stillUnclear.';
  const NEXT = 't3.results.notProcessed.petitionOrComplaint.';

  for (const v of ['2019', '2021'] as const)
    for (const glued of [false, true]) {
      it(`cuts 补正后申请内容仍不明确 不予处理 信访举报投诉类申请 into three labels (${v}, ${glued ? 'glued' : 'spaces'}; probe seed 204 p07, one-line: 7 cells stated silently in the blank row)`, () => {
        // Seeds whose 补正后申请内容仍不明确 row is all zero (left blank, the tables stay consistent).
        const seeds = [] as number[];
        for (let s = 1; seeds.length < 3 && s < 400; s++)
          if (consistentCells(s, { table2: v, table3: v })[`${BLANK}total`] === 0) seeds.push(s);
        expect(seeds.length).toBe(3);
        for (const seed of seeds) {
          const cells: Record<string, number | null> = consistentCells(seed, { table2: v, table3: v });
          for (const k of Object.keys(cells)) if (k.startsWith(BLANK)) cells[k] = null;
          const report = createReport({
            versions: { table2: v, table3: v },
            cells,
            meta: { agency: '示例县示例局', year: v === '2019' ? 2020 : 2023 },
          });
          const text = oneLine(unnumbered(renderReport(report, { to: 'text' })), glued);
          expect(text).toMatch(/补正后申请内容仍不明确 ?不予处理 ?信访举报投诉类申请 ?\d/);
          const got = listCells(parseReport(text, { format: 'text' }).report as Report);
          const want = new Map(listCells(report).map((c) => [c.address, c.status === 'value' ? c.value : null]));
          // The blank row is never stated a number; the next row's stated cells are its own.
          expect(got.filter((c) => c.address.startsWith(BLANK) && c.status === 'value').map((c) => c.address)).toEqual([]);
          const next = got.filter((c) => c.address.startsWith(NEXT) && c.status === 'value');
          expect(next.map((c) => [c.address, c.value])).toEqual(next.map((c) => [c.address, want.get(c.address)]));
          if (!glued) expect(next).toHaveLength(7);
        }
      });
    }
});

/**
 * Blank rows whose labels run on into the next row's label in one-line text of a table without list
 * numbers: the run-on label is cut into every whole label it holds, so the blank rows take no number
 * and the last label its own row's. Found on reports of our own (probe set of blank rows, 2021,
 * unnumbered labels): `…缴纳费用、行政机关不再处理其政府信息公开申请 其他 52 12 0 0 0 34 98` had
 * the blank row 2.申请人逾期未按收费通知… state the numbers of `3.其他` silently (`3.其他` has no
 * keywords, so it was never cut off), and two blank rows in a row (`A B C 3 0 …`: only cuts into two
 * labels were tried) had the second blank row state the numbers of the row after it.
 */
describe('one-line text: blank rows whose labels run on into the next row label', () => {
  const cases: { v: TemplateVersion; blank: string[]; next: string }[] = [
    { v: '2021', blank: ['results.otherHandling.unpaidFee'], next: 'results.otherHandling.other' },
    {
      v: '2021',
      blank: ['results.otherHandling.overdueCorrection', 'results.otherHandling.unpaidFee'],
      next: 'results.otherHandling.other',
    },
    { v: '2021', blank: ['results.otherHandling.unpaidFee', 'results.otherHandling.other'], next: 'results.total' },
    { v: '2019', blank: ['results.denied.thirdPartyRights', 'results.denied.internalAffairs'], next: 'results.denied.processInformation' },
    { v: '2021', blank: ['results.granted', 'results.partiallyGranted'], next: 'results.denied.stateSecret' },
    {
      v: '2019',
      blank: ['results.unableToProvide.needsCreation', 'results.unableToProvide.stillUnclear'],
      next: 'results.notProcessed.petitionOrComplaint',
    },
    { v: '2019', blank: ['results.notProcessed.massRepeated', 'results.notProcessed.confirmOrReissue'], next: 'results.otherHandling' },
  ];
  for (const { v, blank, next } of cases)
    for (const glued of [false, true])
      it(`${v} ${blank.join(' + ')} blank before ${next} (${glued ? 'glued' : 'spaces'})`, () => {
        // The first seed whose blank rows are all zero (left blank, the tables stay consistent) and whose next row is not.
        let seed = 1;
        const zero = (c: Record<string, number>): boolean => blank.every((r) => c[`t3.${r}.total`] === 0) && c[`t3.${next}.total`] !== 0;
        while (!zero(consistentCells(seed, { table2: v, table3: v }))) seed++;
        const cells: Record<string, number | null> = consistentCells(seed, { table2: v, table3: v });
        for (const k of Object.keys(cells)) if (blank.some((r) => k.startsWith(`t3.${r}.`))) cells[k] = null;
        const report = createReport({
          versions: { table2: v, table3: v },
          cells,
          meta: { agency: '示例县示例局', year: v === '2019' ? 2020 : 2023 },
        });
        const text = oneLine(unnumbered(renderReport(report, { to: 'text' })), glued);
        const { report: got, diagnostics } = parseReport(text, { format: 'text' });
        const all = listCells(got as Report);
        // The blank rows' cells vanished from the text; every other row whole, the equations hold with
        // them blank: blank, named by blank-placed (before, missing: test/one-line-empty-rows.test.ts); never a number.
        const blanks = all.filter((c) => blank.some((r) => c.address.startsWith(`t3.${r}.`)));
        expect(blanks.map((c) => [c.address, c.status])).toEqual(blanks.map((c) => [c.address, 'blank']));
        expect(blanks).toHaveLength(7 * blank.length);
        for (const r of blank) expect(diagnostics.some((d) => d.code === 'blank-placed' && d.path === `t3.${r}`)).toBe(true);
        // The next row is read whole, its own numbers.
        const own = all.filter((c) => c.address.startsWith(`t3.${next}.`) && c.address.split('.').length === next.split('.').length + 2);
        expect(own.map((c) => [c.address, c.status, c.value])).toEqual(own.map((c) => [c.address, 'value', cells[c.address]]));
        expect(own).toHaveLength(7);
        expect(diagnostics.filter((d) => d.code === 'row-missing').map((d) => d.path)).toEqual([]);
      });
});
