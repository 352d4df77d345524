/**
 * Causes of silent wrong cells in plain `pdftotext` text of LibreOffice prints (probe set, issue 12,
 * third round). Each test is a report of our own (test/helpers/fixtures.ts) whose table text is
 * rewritten the way plain pdftotext writes such a print; nothing is copied from the corpus. Every
 * cell must come back right or flagged, never silently wrong.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, validateReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { decideUnownedBefore, type LabelledRow } from '../src/repairs/unowned-before.js';
import type { Placement, RowItem } from '../src/tables/placement.js';
import type { BlankToken, ValueToken } from '../src/tables/tokens.js';
import { APPLICANTS } from './helpers/block-stream.js';

/** A 2019 report of our own from a record of cells (null: blank). */
function report2019(cells: Record<string, number | null>): Report {
  return createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
}

/** A row of table 三 as plain pdftotext prints a row's cells on one line (`无` for a blank). */
function numbers(r: Report, row: string): string {
  const byAddress = new Map(listCells(r).map((c) => [c.address, c]));
  return APPLICANTS.map((k) => {
    const c = byAddress.get(`t3.${row}.${k}`);
    return c?.status === 'value' ? String(c.value) : '无';
  }).join(' ');
}

/** The layout text's lines from the one holding `from` up to (not including) the one holding `to`, replaced by `block`. */
function replaceLines(text: string, from: string, to: string, block: readonly string[]): string {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => l.includes(from));
  const b = lines.findIndex((l, i) => i > a && l.includes(to));
  if (a < 0 || b < 0) throw new Error(`no lines ${from} … ${to}`);
  return [...lines.slice(0, a), ...block, ...lines.slice(b)].join('\n');
}

describe('plain pdftotext of LibreOffice prints: no silent wrong cells', () => {
  it('a row whose numbers stand among the row before it (14 numbers) is contested, not given the 总计 row’s numbers (was 7 cells silently wrong)', () => {
    const cells: Record<string, number | null> = consistentCells(21, { table2: '2019', table3: '2019' }, 40);
    const truth = report2019(cells);
    // The tall group label (五) and the short rows beside it: the （六） row's numbers come out
    // after the row 5's, before its label; the 总计 row's numbers between （六） and （七）; the
    // first number of 结转 before its label.
    const carried = numbers(truth, 'carriedForward').split(' ');
    // Every cell on a line of its own but the 总计 row's, a blank line after every line.
    const text = replaceLines(
      renderLayoutText(truth, { wrap: 'none' }),
      '5.要求行政机关确认',
      '四、政府信息公开行政复议',
      [
        '5.要求行政机关确认或重新出具已获取信息',
        ...numbers(truth, 'results.notProcessed.confirmOrReissue').split(' '),
        ...numbers(truth, 'results.otherHandling').split(' '),
        '（六）其他处理',
        numbers(truth, 'results.total'),
        '（七）总计',
        carried[0] as string,
        '四、结转下年度继续办理',
        ...carried.slice(1),
      ].flatMap((l) => [l, '']),
    );
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
    const other = listCells(report!).filter((c) => c.address.startsWith('t3.results.otherHandling.'));
    // The numbers stand in the template's row order, every one of them a cell: the table is read as
    // that stream (number-stream), every equation holding, each cell named by its warning. (Read by
    // the labels instead, each cell kept the number after its label and the one before it as candidates.)
    expect(other.map((c) => c.value)).toEqual(APPLICANTS.map((k) => cells[`t3.results.otherHandling.${k}`]));
    const stream = diagnostics.find((d) => d.code === 'values-after-labels');
    expect(other.every((c) => stream?.addresses?.includes(c.address))).toBe(true);
  });

  it('a blank marker the other reading fills with a number is contested too (was 2 cells silently wrong)', () => {
    const cells: Record<string, number | null> = consistentCells(7, { table2: '2019', table3: '2019' }, 30);
    // 1.本机关不掌握 and 2.没有现成: the second's 商业企业 cell blank, its number moved to the first's
    // (row sums and column sums as generated: the table still adds up).
    const a = 't3.results.unableToProvide.notHeld';
    const b = 't3.results.unableToProvide.needsCreation';
    const moved = cells[`${b}.commercialEnterprise`] as number;
    cells[`${a}.commercialEnterprise`] = (cells[`${a}.commercialEnterprise`] as number) + moved;
    cells[`${a}.total`] = (cells[`${a}.total`] as number) + moved;
    cells[`${b}.total`] = (cells[`${b}.total`] as number) - moved;
    cells[`${b}.commercialEnterprise`] = null;
    const truth = report2019(cells);
    // Row 1's numbers before its label (a tall group label beside it), row 2's after row 1's label.
    const text = replaceLines(renderLayoutText(truth, { wrap: 'none' }), '（四）无法', '3.补正后申请内容仍不明确', [
      '（四）无法',
      '提供',
      numbers(truth, 'results.unableToProvide.notHeld'),
      '1.本机关不掌握相关政府信息',
      numbers(truth, 'results.unableToProvide.needsCreation'),
      '2.没有现成信息需要另行制作',
    ]);
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
    // (the numbers and the blank marker in the template's row order, every equation holding: read as
    // that stream, named by its warning; read by the labels, the cell was ambiguous)
    const cell = listCells(report!).find((c) => c.address === `${a}.commercialEnterprise`);
    expect(cell).toMatchObject({ status: 'value', value: cells[`${a}.commercialEnterprise`] });
    const stream = diagnostics.find((d) => d.code === 'values-after-labels');
    expect(stream?.addresses).toContain(`${a}.commercialEnterprise`);
  });

  it('a short row of table 二 whose blanks vanished without a trace states no column for its number (was 1 cell silently wrong)', () => {
    const cells: Record<string, number | null> = consistentCells(3, { table2: '2019', table3: '2019' }, 40);
    cells['t2.art20_1.regulations.newlyMade'] = null;
    cells['t2.art20_1.regulations.newlyPublished'] = 0;
    cells['t2.art20_1.regulations.totalPublished'] = null;
    cells['t2.art20_1.normativeDocuments.newlyMade'] = null;
    cells['t2.art20_1.normativeDocuments.newlyPublished'] = 37;
    cells['t2.art20_1.normativeDocuments.totalPublished'] = 0;
    const truth = report2019(cells);
    // Table 二 as plain pdftotext prints it: every label and every number on a line of its own, one
    // blank line after every line; an empty cell prints nothing.
    const layout = renderLayoutText(truth, { wrap: 'none' }).split('\n');
    const from = layout.findIndex((l) => l.includes('第二十条第（一）项'));
    const to = layout.findIndex((l) => l.startsWith('三、'));
    const plain = layout.slice(from, to).flatMap((l) => {
      const m = /^\s*(\S.*?)\s{2,}([-\d.\s]+)$/.exec(l);
      const pieces = m ? [m[1] as string, ...(m[2] as string).trim().split(/\s+/)] : [l.trim()];
      return pieces.filter((x) => x !== '').flatMap((x) => [x, '']);
    });
    const text = [...layout.slice(0, from), ...plain, ...layout.slice(to)].join('\n');
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
    const reg = listCells(report!).filter((c) => c.address.startsWith('t2.art20_1.regulations.'));
    expect(reg.map((c) => c.status)).toEqual(['ambiguous', 'ambiguous', 'ambiguous']);
  });

  it('table 四 short of cells is not placed by the lost-cells search when bare numbers follow the tables (was 4 cells silently wrong)', () => {
    const cells: Record<string, number | null> = consistentCells(21, { table2: '2019', table3: '2019' }, 40);
    const t4: Record<string, readonly number[]> = {
      review: [0, 0, 0, 4, 4],
      litigationDirect: [59, 0, 0, 0, 59],
      litigationAfterReview: [0, 0, 0, 0, 0],
    };
    const keys = ['upheld', 'corrected', 'otherResult', 'pending', 'total'];
    for (const [g, values] of Object.entries(t4)) values.forEach((v, j) => (cells[`t4.${g}.${keys[j]}`] = v));
    const truth = report2019(cells);
    const row = Object.values(t4).flat().map(String);
    // Plain pdftotext of an Office print: a number of the table before it (a cell of table 三
    // printed at the page's end) among table 四's header words, the row's first eleven cells one per
    // line, and its last four after the sections that follow (the page's last block).
    const layout = renderLayoutText(truth, { wrap: 'none' }).split('\n');
    const from = layout.findIndex((l) => l.includes('行政复议') && !l.startsWith('四、'));
    const to = layout.findIndex((l) => l.startsWith('五、'));
    const text = [
      ...layout.slice(0, from),
      ...['行政复议', '行政诉讼', '0', '未经复议直接起诉', '复议后起诉'].flatMap((l) => [l, '']),
      ...['结果维持 结果纠正 其他结果 尚未审结 总计'],
      ...row.slice(0, 11).flatMap((l) => [l, '']),
      ...layout.slice(to),
      '',
      ...row.slice(11).flatMap((l) => [l, '']),
    ].join('\n');
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
    const stated = listCells(report!).filter((c) => c.address.startsWith('t4.') && c.status === 'value');
    expect(stated).toEqual([]);
  });

  it('a failing T3.BALANCE check names the four cells of its column', () => {
    const cells: Record<string, number | null> = consistentCells(5, { table2: '2019', table3: '2019' }, 20);
    cells['t3.carriedForward.researchInstitution'] = (cells['t3.carriedForward.researchInstitution'] as number) + 1;
    cells['t3.carriedForward.total'] = (cells['t3.carriedForward.total'] as number) + 1;
    const failing = validateReport(report2019(cells)).checks.filter((c) => c.status === 'fail' && c.rule === 'T3.BALANCE');
    expect(failing.map((c) => c.addresses)).toEqual(
      ['researchInstitution', 'total'].map((k) => [
        `t3.newReceived.${k}`,
        `t3.carriedOver.${k}`,
        `t3.results.total.${k}`,
        `t3.carriedForward.${k}`,
      ]),
    );
  });
});

describe('decideUnownedBefore: the surplus among a row’s own numbers', () => {
  let at = 0;
  /** A row of `values` (null: a blank marker) after a label at the current offset. */
  function row(name: string, order: number, values: readonly (number | null)[]): LabelledRow {
    const labelStart = (at += 10);
    const items: RowItem[] = values.map((v) => {
      const start = (at += 2);
      const base = { start, end: start + 1, line: start, gapBefore: 1, lineStart: true };
      const token: ValueToken | BlankToken =
        v === null
          ? { ...base, kind: 'blank', raw: '无' }
          : { ...base, kind: 'value', raw: String(v), content: { kind: 'number', value: v, signed: false, digits: String(v) } };
      return { token, collapsedBefore: 0, run: 0 };
    });
    const columns: Placement[] = items
      .slice(0, 7)
      .map((it) => (it.token.kind === 'value' ? { status: 'value', token: it.token } : { status: 'blank', token: it.token }));
    return { row: name, labelStart, order, cells: 7, items, numbersOnLabelLine: false, columns };
  }
  const seven = (n: number): number[] => [n, n, n, n, n, n, 7 * n];

  it('contests the next row when the row above the surplus row is complete', () => {
    at = 0;
    const rows = [row('t3.a', 0, seven(1)), row('t3.b', 1, [...seven(2), ...seven(3)]), row('t3.c', 2, seven(4))];
    expect(decideUnownedBefore(rows, []).map((d) => [d.row, d.candidates[0]])).toEqual([['t3.c', [4, 3]]]);
  });

  it('leaves the next row alone when the row above the surplus row took no numbers (labels stacked)', () => {
    at = 0;
    const rows = [row('t3.a', 0, []), row('t3.b', 1, [...seven(2), ...seven(3).slice(1)]), row('t3.c', 2, seven(4))];
    expect(decideUnownedBefore(rows, [])).toEqual([]);
  });

  it('contests a stated blank with the number the other reading puts in its column', () => {
    at = 0;
    const rows = [row('t3.a', 0, seven(1)), row('t3.b', 1, [...seven(2), 3, 5, 0, 0, 0, 0, 8]), row('t3.c', 2, [4, null, 0, 0, 0, 0, 4])];
    expect(decideUnownedBefore(rows, []).map((d) => [d.row, d.columns, d.candidates])).toEqual([
      ['t3.c', [0, 1, 6], [[4, 3], [5], [4, 8]]],
    ]);
  });
});

describe('plain pdftotext: a run under a group label is not the signature of numbers printed before their labels', () => {
  /**
   * Plain text of a LibreOffice print with every label and number on a line of its own. A page
   * break falls inside a row: the group labels of the page's tall cells are printed after the row's
   * first cells, before its last one. The last two rows (wide label cells) print their numbers
   * before their labels. Read with every number moved after the next label, every row took the row
   * above's numbers, and each row still added up (was 25 cells silently wrong on a probe report).
   */
  function pageBreakText(truth: Report): string {
    const rows = renderLayoutText(truth, { wrap: 'none' }).split('\n');
    const first = rows.findIndex((l) => l.includes('一、本年新收'));
    const last = rows.findIndex((l) => l.includes('四、结转下年度'));
    const out: string[] = [];
    const groups: string[] = [];
    for (const line of rows.slice(first, last + 1)) {
      const m = /^(.*?)\s+((?:\d+\s+){6}\d+)$/.exec(line.trim());
      if (!m) {
        groups.push(line.trim()); // the second piece of a group label (`办理结果`, `公开`)
        continue;
      }
      let label = (m[1] as string).trim();
      const head = /^(三、本年度|（[三四五六]）[^\s]+)\s+(.*)$/.exec(label);
      if (head) {
        groups.push(head[1] as string);
        label = head[2] as string;
      }
      const nums = (m[2] as string).split(/\s+/);
      if (label.startsWith('3.要求提供')) {
        out.push(label, ...nums.slice(0, 6), ...groups.splice(0), nums[6] as string);
      } else if (label.startsWith('（七）') || label.startsWith('四、')) {
        out.push(...nums, label);
      } else out.push(label, ...nums);
    }
    // (the rest of the group pieces: （六）其他 / 处理 beside the rows after the page break)
    const body = out.flatMap((l) => [l, '']).join('\n');
    return [...rows.slice(0, first), body, ...groups, ...rows.slice(last + 1)].join('\n');
  }

  it('numbers under a group label with the last rows’ labels after their numbers: no cell silently wrong', () => {
    const cells: Record<string, number | null> = consistentCells(25, { table2: '2021', table3: '2021' }, 3);
    const truth = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2022 } });
    const { report, diagnostics } = parseReport(pageBreakText(truth), { format: 'text' });
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'numbers-before-labels')).toEqual([]);
  });
});
