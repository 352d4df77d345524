/**
 * Plain pdftotext (no -layout) of our own reports (test/helpers/fixtures.ts), written here:
 * - table 四's numbers, each cell a block of its own, partly printed after the sections that
 *   follow the table (五, 六): read with the table only where it then reads every cell and number
 *   and the group sums keep, each cell named (`values-after-text`);
 * - two cells of a table-三 row printed without a gap (`3360 236815707`): cut where exactly one cut
 *   of one number makes the line a row that keeps its sum (`digit-run-split`); two such pairs on a
 *   line short of two cells, where exactly one choice of two cuts does and no single cut does.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport, type Report } from '../src/index.js';
import { consistentReport, VERSIONS } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { rewriteTable3 } from './helpers/continued-lines.js';

const T4_HEADING = '四、政府信息公开行政复议、行政诉讼情况';
const T4_HEADER = [
  '本年度行政复议、行政诉讼情况统计如下：',
  '行政复议',
  '行政诉讼',
  '未经复议直接起诉',
  '复议后起诉',
  '结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总',
  '持 正 果 结 计 持 正 果 结 计 持 正 果 结 计',
];

/** Table 四's fifteen numbers of `report` in row order. */
function t4Numbers(report: Report): string[] {
  return listCells(report)
    .filter((c) => c.address.startsWith('t4.'))
    .map((c) => String(c.value));
}

/**
 * The report as text with table 四 in plain pdftotext's blocks: its header, the numbers `before`
 * one a line, then sections 五 and 六 with a line of prose each, then the numbers `after`.
 */
function withT4After(report: Report, before: readonly string[], after: readonly string[]): string {
  const text = renderReport(report, { to: 'text' });
  const head = text.slice(0, text.indexOf(T4_HEADING));
  const block = (ns: readonly string[]): string[] => ns.flatMap((n) => [n, '']);
  return [
    head + T4_HEADING,
    ...T4_HEADER,
    '',
    ...block(before),
    '五、存在的主要问题及改进情况',
    '一是公开内容不够全面；二是解读形式较为单一。下一步将加强培训。',
    '',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '',
    ...block(after),
  ].join('\n');
}

const T4 = (r: Report | null): string[] =>
  listCells(r!)
    .filter((c) => c.address.startsWith('t4.'))
    .map((c) => `${c.address} ${c.status} ${c.value}`);

describe('table 四: numbers after the sections that follow it', () => {
  for (const v of VERSIONS)
    for (const seed of [3, 11, 29])
      it(`${v} seed ${seed}: the fifteen numbers, some after 五 and 六, are read, each cell named`, () => {
        const truth = consistentReport(seed, v, { scale: 40 });
        const ns = t4Numbers(truth);
        const { report, diagnostics } = parseReport(withT4After(truth, ns.slice(0, 7), ns.slice(7)), { format: 'text' });
        const score = scoreCells(truth, report, diagnostics);
        expect(score.wrongAddresses).toEqual([]);
        expect(T4(report)).toEqual(T4(truth));
        const named = diagnostics.find((d) => d.code === 'values-after-text');
        expect(named?.addresses).toHaveLength(15);
        expect(named?.severity).toBe('warning');
      });

  for (const v of VERSIONS)
    it(`${v}: a number short, or one too many, after the sections: nothing read from them, nothing stated wrong`, () => {
      const truth = consistentReport(11, v, { scale: 40 });
      const ns = t4Numbers(truth);
      for (const [before, after] of [
        [ns.slice(0, 7), ns.slice(8)],
        [ns.slice(0, 7), [...ns.slice(7), '3']],
      ] as const) {
        const { report, diagnostics } = parseReport(withT4After(truth, before, after), { format: 'text' });
        expect(diagnostics.some((d) => d.code === 'values-after-text')).toBe(false);
        expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
      }
    });

  it('the numbers after the sections in an order that breaks the group sums: read as the region stands', () => {
    const truth = consistentReport(11, '2021', { scale: 40 });
    const ns = t4Numbers(truth);
    const swapped = [...ns.slice(7, 13), ns[14] as string, ns[13] as string];
    const { report, diagnostics } = parseReport(withT4After(truth, ns.slice(0, 7), swapped), { format: 'text' });
    const plain = parseReport(withT4After(truth, ns.slice(0, 7), []), { format: 'text' });
    expect(diagnostics.some((d) => d.code === 'values-after-text')).toBe(false);
    expect(T4(report)).toEqual(T4(plain.report));
  });
});

/** Table 三 of `report` as plain lines (each row's label, then its numbers on one line), `glue` applied to each row's numbers. */
function t3Lines(report: Report, glue: (numbers: string[], row: number) => string[]): string {
  let k = 0;
  return rewriteTable3(report, (labels, numbers, out) => {
    out.push(labels.join(' '), glue(numbers, k++).join(' '));
  }).join('\n');
}

describe('table 三: two cells printed without a gap', () => {
  for (const v of VERSIONS)
    it(`${v}: a row's last two cells run together are cut where the row sum keeps`, () => {
      const truth = consistentReport(5, v, { scale: 3000 });
      // (the first row: 本年新收; its last two cells glued as Chromium's print joins them)
      const text = t3Lines(truth, (ns, row) => (row === 0 ? [...ns.slice(0, 5), `${ns[5]}${ns[6]}`] : ns));
      const { report, diagnostics } = parseReport(text, { format: 'text' });
      const score = scoreCells(truth, report, diagnostics);
      expect(score.wrongAddresses).toEqual([]);
      const row = listCells(report!).filter((c) => c.address.startsWith('t3.newReceived.'));
      expect(row.map((c) => c.value)).toEqual(
        listCells(truth)
          .filter((c) => c.address.startsWith('t3.newReceived.'))
          .map((c) => c.value),
      );
      expect(diagnostics.some((d) => d.code === 'digit-run-split')).toBe(true);
    });

  for (const v of VERSIONS)
    it(`${v}: a row of wide numbers with its first two and its last two cells run together is cut where the row sum keeps`, () => {
      // (Chromium's plain text of a report of six-digit counts: `211179145549 181659 323085 217998 1601481239618`)
      const truth = consistentReport(5, v, { scale: 3000 });
      const glued = (ns: string[]): string[] => [`${ns[0]}${ns[1]}`, ...ns.slice(2, 5), `${ns[5]}${ns[6]}`];
      const text = t3Lines(truth, (ns, row) => (row === 0 ? glued(ns) : ns));
      expect(text).toContain(
        glued(
          listCells(truth)
            .filter((c) => c.address.startsWith('t3.newReceived.'))
            .map((c) => String(c.value)),
        ).join(' '),
      );
      const { report, diagnostics } = parseReport(text, { format: 'text' });
      expect(scoreCells(truth, report, diagnostics).right).toBe(listCells(truth).length);
      expect(diagnostics.filter((d) => d.code === 'digit-run-split').length).toBe(2);
    });

  it('a line short of two cells where one cut keeps the row sum (a pair and a vanished blank) is not cut', () => {
    // (`3449 612714 95 6483 12802`: `61 2714` keeps the sum with a blank gone; so would `34 49` and
    // `6127 14`, the one choice of two cuts that does: two readings, none is read)
    const truth = consistentReport(5, '2021', { scale: 3000 });
    const text = t3Lines(truth, (ns, row) => (row === 0 ? ['3449', '612714', '95', '6483', '12802'] : ns));
    const { diagnostics } = parseReport(text, { format: 'text' });
    expect(diagnostics.some((d) => d.code === 'digit-run-split')).toBe(false);
  });

  it('a line of six numbers whose last is the sum of the five before it (a blank vanished) is not cut', () => {
    // (1000 + 2000 + 3000 + 4000 + 500 = 10500: a blank may have vanished before 150; no cut is tried)
    const truth = consistentReport(5, '2021', { scale: 3000 });
    const text = t3Lines(truth, (ns, row) => (row === 0 ? ['1000', '2000', '3000', '4000', '500', '10500'] : ns));
    const { diagnostics } = parseReport(text, { format: 'text' });
    expect(diagnostics.some((d) => d.code === 'digit-run-split')).toBe(false);
  });

  it('a line of six numbers no cut of which keeps the row sum is not cut', () => {
    const truth = consistentReport(5, '2021', { scale: 3000 });
    const text = t3Lines(truth, (ns, row) => (row === 0 ? ['10', '20', '30', '40', '50', '9999'] : ns));
    const { diagnostics } = parseReport(text, { format: 'text' });
    expect(diagnostics.some((d) => d.code === 'digit-run-split')).toBe(false);
  });
});
