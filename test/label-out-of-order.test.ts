/**
 * `repairs/label-out-of-order.ts` (issue 12, probe seed 302 p01, LibreOffice print, plain
 * pdftotext): the first row of a group (`(五)不予处理 1.信访举报投诉类申请`) printed its label after
 * the labels and numbers of the rows below it, with the group's tall cell; its numbers stood in the
 * rows' order, after the label of the row above it in the template (`3.补正后申请内容仍不明确`),
 * whose own numbers went before its label. Read after their labels, the row above stated the late
 * row's numbers (its total too: no warning named it). Our own report (test/helpers/fixtures.ts
 * pipeReport, numbers of our own) written so, as a block stream.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { pipeReport } from './helpers/fixtures.js';
import { APPLICANTS, rewriteTable3, type PipeRow } from './helpers/block-stream.js';
import { decideLabelOutOfOrder } from '../src/repairs/label-out-of-order.js';
import type { RowItem } from '../src/tables/placement.js';
import type { RowSegment } from '../src/tables/rows.js';
import type { LabelToken, ValueToken } from '../src/tables/tokens.js';

const ABOVE = '3.补正后申请内容仍不明确';
const LATE = '1.信访举报投诉类申请';
const CARRIED_FORWARD = '四、结转下年度继续办理';

/** Our rows: the late row holds numbers, the row above it zeros (the table consistent). */
const ROWS: Readonly<Record<string, string>> = {
  '一、本年新收政府信息公开申请数量': '5 | 3 | 0 | 3 | 0 | 3 | 14',
  '三、本年度办理结果 | (一)予以公开': '3 | 1 | 0 | 0 | 0 | 3 | 7',
  '(五)不予处理 | 1.信访举报投诉类申请': '0 | 2 | 0 | 3 | 0 | 0 | 5',
  '(七)总计': '5 | 3 | 0 | 3 | 0 | 3 | 14',
};

/**
 * Table 三 as a block stream (each label, each number, blank lines between), every row's label
 * before its numbers; with `late`, as an office print's plain text came out: the labels of 7. and 8.
 * of 不予公开 before one run of numbers from 8. to 3. of 无法提供, the labels of those after it, then
 * the numbers of 1. of 不予处理, 2.重复申请 and the first piece of 3.要求提供公开出版物 with their
 * numbers, the numbers of every row after them, and then the labels of the rows from 1. of 不予处理
 * on (the group's label first, the last piece of 3. among them), the total's last.
 */
function officePlain(late: boolean): string {
  const rows: PipeRow[] = [];
  return rewriteTable3(
    pipeReport(ROWS),
    (cells) => [cells.join(' ')],
    (r) => {
      rows.push(r);
      if (!r.labels.includes(CARRIED_FORWARD)) return [];
      const at = (prefix: string): number => rows.findIndex((x) => x.labels.some((l) => l.startsWith(prefix)));
      const labelsOf = (from: number, to: number): string[] => rows.slice(from, to).flatMap((x) => x.labels);
      const numbersOf = (from: number, to: number): string[] => rows.slice(from, to).flatMap((x) => x.numbers);
      const blocks = (xs: readonly string[]): string[] => xs.flatMap((x) => [x, '']);
      if (!late) return blocks(rows.flatMap((x) => [...x.labels, ...x.numbers]));
      // (the first row's total wrapped in its narrow cell, a digit to a line)
      const first = rows[0] as PipeRow;
      rows[0] = { labels: first.labels, numbers: [...first.numbers.slice(0, -1), (first.numbers.at(-1) as string).split('').join('\n')] };
      const [seventh, eighth, aboveAt, lateAt, publication] = ['7.', '8.', ABOVE, LATE, '3.要求提供'].map(at) as [
        number,
        number,
        number,
        number,
        number,
      ];
      const [, lateLabel] = rows[lateAt]?.labels as [string, string];
      const others = labelsOf(publication + 1, rows.length - 1);
      return blocks([
        ...rows.slice(0, seventh).flatMap((x) => [...x.labels, ...x.numbers]),
        ...numbersOf(seventh, eighth),
        ...labelsOf(seventh, eighth),
        ...numbersOf(eighth, aboveAt + 1),
        ...labelsOf(eighth, aboveAt + 1),
        ...numbersOf(lateAt, lateAt + 1),
        ...rows.slice(lateAt + 1, publication).flatMap((x) => [...x.labels, ...x.numbers]),
        '3.要求提供公开',
        ...numbersOf(publication, rows.length - 1),
        '(五)不予处理',
        lateLabel,
        '出版物',
        ...others,
        ...labelsOf(rows.length - 1, rows.length),
        ...numbersOf(rows.length - 1, rows.length),
      ]);
    },
  );
}

/** Each cell of a table-三 row: its value, its status, or its candidates. */
function row(text: string, prefix: string): (number | string | number[])[] {
  return listCells(parseReport(text).report!)
    .filter((c) => c.address.startsWith(`t3.results.${prefix}.`))
    .map((c) => (c.status === 'value' ? (c.value as number) : c.status === 'ambiguous' ? (c.candidates ?? []) : c.status));
}

describe('a row label printed out of order with no numbers, the numbers where it belongs after the row above’s label', () => {
  it('keeps them only as candidates of both rows, the total included (the row above stated them: 3 cells wrong, its total one)', () => {
    const text = officePlain(true);
    expect(text).toContain(`\n7.属于行政执法案卷\n\n0\n\n0\n`);
    expect(text).toContain(`\n${ABOVE}\n\n0\n\n2\n\n0\n\n3\n\n0\n\n0\n\n5\n\n2.重复申请\n`);
    expect(text).toContain(`\n3.要求提供公开\n\n0\n`);
    expect(text).toContain(`\n(五)不予处理\n\n${LATE}\n\n出版物\n\n4.无正当`);
    // Read after their labels, the row above states the late row's numbers: either row's now.
    const either = [[0], [2], [0], [3], [0], [0], [5]];
    expect(row(text, 'unableToProvide.stillUnclear')).toEqual(either);
    expect(row(text, 'notProcessed.petitionOrComplaint')).toEqual(either);
    const { diagnostics } = parseReport(text);
    const named = new Map(
      diagnostics.filter((d) => d.code === 'ownership-undecided' && d.path !== undefined).map((d) => [d.path, d.addresses ?? []]),
    );
    for (const r of ['unableToProvide.stillUnclear', 'notProcessed.petitionOrComplaint'])
      expect(named.get(`t3.results.${r}`)).toEqual(APPLICANTS.map((c) => `t3.results.${r}.${c}`));
  });

  it('reads both rows where every label stands before its numbers', () => {
    const text = officePlain(false);
    expect(row(text, 'unableToProvide.stillUnclear')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(text, 'notProcessed.petitionOrComplaint')).toEqual([0, 2, 0, 3, 0, 0, 5]);
  });
});

/** Our rows for a report that leaves a whole row blank (its cells print nothing), the table consistent. */
const BLANK_ROW = '2.没有现成信息需要另行制作';
const HOLDER = '(四)无法提供 | 1.本机关不掌握相关政府信息';
const BLANK_ROWS: Readonly<Record<string, string>> = {
  '一、本年新收政府信息公开申请数量': '5 | 3 | 0 | 0 | 0 | 0 | 8',
  '8.属于行政查询事项': '1 | 0 | 0 | 0 | 0 | 0 | 1',
  [HOLDER]: '0 | 2 | 0 | 0 | 0 | 0 | 2',
  [BLANK_ROW]: '',
  '(七)总计': '5 | 3 | 0 | 0 | 0 | 0 | 8',
};

/**
 * Table 三 as a block stream, every row's label before its numbers, but the blank row's label printed
 * late, after the total's numbers, before the last row's label (as an office print's plain text puts
 * the label of a row whose cells hold nothing).
 */
function blankRowLate(): string {
  const rows: PipeRow[] = [];
  return rewriteTable3(
    pipeReport(BLANK_ROWS),
    (cells) => [cells.join(' ')],
    (r) => {
      rows.push(r);
      if (!r.labels.includes(CARRIED_FORWARD)) return [];
      const blocks = (xs: readonly string[]): string[] => xs.flatMap((x) => [x, '']);
      const whole = (x: PipeRow): string[] => [...x.labels, ...x.numbers];
      const late = rows.find((x) => x.labels.includes(BLANK_ROW)) as PipeRow;
      return blocks([...rows.filter((x) => x !== late && x !== r).flatMap(whole), ...late.labels, ...whole(r)]);
    },
  );
}

describe('a blank row’s label printed late, the table short of its cells by that row’s', () => {
  it('reads the numbers after the row above’s label as its own (they were contested: 7 right cells flagged), the blank row still flagged', () => {
    const text = blankRowLate();
    expect(text).toContain(`\n1.本机关不掌握相关政府信息\n\n0\n\n2\n\n0\n`);
    expect(text).toContain(`\n8\n\n${BLANK_ROW}\n\n${CARRIED_FORWARD}\n`);
    expect(row(text, 'unableToProvide.notHeld')).toEqual([0, 2, 0, 0, 0, 0, 2]);
    expect(row(text, 'unableToProvide.needsCreation')).toEqual(Array(7).fill('missing'));
    expect(row(text, 'denied.administrativeQuery')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    const { diagnostics } = parseReport(text);
    expect(diagnostics.some((d) => d.code === 'ownership-undecided' && d.path?.includes('unableToProvide'))).toBe(false);
    expect(diagnostics.find((d) => d.path === 't3.results.unableToProvide.needsCreation')?.code).toBe('cells-missing');
  });
});

/** A label token at `start` on `line`, and a row of `n` number tokens after it. */
function segment(key: string, start: number, n: number, numbersAt = start + 0.1): RowSegment<string> {
  const label: LabelToken = { kind: 'label', text: key, start, end: start + 1, line: start, gapBefore: 1, lineStart: true };
  const items: RowItem[] = Array.from({ length: n }, (_, k) => {
    const token: ValueToken = {
      kind: 'value',
      raw: '0',
      content: { kind: 'number', value: 0, signed: false, digits: '0' },
      start: numbersAt + k * 0.01,
      end: numbersAt + k * 0.01 + 0.005,
      line: start,
      gapBefore: 1,
      lineStart: true,
    } as ValueToken;
    return { token, collapsedBefore: 0, run: 0 };
  });
  return {
    key,
    label,
    labels: [label],
    how: 'exact',
    matched: key,
    evidence: { items, gapsVisible: true, collapsedAfter: null },
    overflow: [],
    at: start,
  };
}

describe('decideLabelOutOfOrder', () => {
  // (template p, h, e, n; text p, h, n, e: e took nothing)
  const decide = (printedCells: number, pNumbersBeforeItsLabel = false): string[] => {
    const p = pNumbersBeforeItsLabel ? segment('p', 1, 7, 0.5) : segment('p', 1, 7);
    const rows = [p, segment('h', 2, 7), segment('n', 3, 7), segment('e', 4, 0)];
    return decideLabelOutOfOrder({
      rows,
      dataRows: ['p', 'h', 'e', 'n'],
      stated: new Set(rows),
      onLabelLine: () => false,
      ncols: 7,
      printedCells,
    }).map((d) => `${d.empty.key}<${d.holder.key}`);
  };

  it('leaves the rows alone where the table printed fewer cells than the template’s by a row’s, every row around read after its label', () => {
    expect(decide(21)).toEqual([]);
  });

  it('contests them where every cell was printed (the late row’s numbers stand somewhere)', () => {
    expect(decide(28)).toEqual(['e<h']);
    expect(decide(22)).toEqual(['e<h']);
  });

  it('contests them where the row above the holder in the text holds numbers printed before its label (a stack of labels)', () => {
    expect(decide(21, true)).toEqual(['e<h']);
  });
});
