/**
 * The mirror of `repairs/empty-row-before.ts` going up (issue 12, probe seed 269 p09): plain pdftotext
 * of a Chromium print, each row's label on a line and its numbers on the lines after it, but the
 * first two rows of a group whose label's pieces share their lines (`(四)无法 1.本机关不掌握…`,
 * `提供 2.没有现成…`) printed after their numbers. A blank row right above them (`8.属于行政查询事项`,
 * its label alone) is then followed by the next row's numbers. Our own report (test/helpers/fixtures.ts
 * pipeReport, numbers of our own) written so.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { pipeReport } from './helpers/fixtures.js';
import { rewriteTable3 } from './helpers/block-stream.js';

/** Our rows: 8.属于行政查询事项 blank, 1.本机关… and 2.没有现成… with numbers (the table consistent). */
const ROWS: Readonly<Record<string, string>> = {
  '一、本年新收政府信息公开申请数量': '5 | 3 | 0 | 0 | 0 | 0 | 8',
  '8.属于行政查询事项': ' |  |  |  |  |  | ',
  '2.没有现成信息需要另行制作': '0 | 2 | 0 | 0 | 0 | 0 | 2',
  '(七)总计': '5 | 3 | 0 | 0 | 0 | 0 | 8',
};

/** A row's seven numbers as Chromium's plain pdftotext writes them: four, one, two a line. */
const lines = (n: readonly string[]): string[] => (n.length === 7 ? [n.slice(0, 4).join(' '), n[4] as string, n.slice(5).join(' ')] : []);

/** The same table with 8.属于行政查询事项 holding the numbers and 2.没有现成… blank. */
const ROWS_ABOVE: Readonly<Record<string, string>> = {
  ...ROWS,
  '8.属于行政查询事项': '0 | 2 | 0 | 0 | 0 | 0 | 2',
  '2.没有现成信息需要另行制作': ' |  |  |  |  |  | ',
};

/**
 * Table 三 with each label on its line and its numbers after it (the group label 无法提供 on a line
 * of its own); with `pieces`, the first two rows of 无法提供 printed after their numbers on the lines
 * of the group label's pieces.
 */
function chromiumPlain(pieces: boolean, rows: Readonly<Record<string, string>> = ROWS): string {
  return rewriteTable3(
    pipeReport(rows),
    (cells) => [cells.join(' ')],
    ({ labels, numbers }) => {
      const label = labels[labels.length - 1] as string;
      if (pieces && label === '1.本机关不掌握相关政府信息') return [...lines(numbers), `(四)无法 ${label}`];
      if (pieces && label === '2.没有现成信息需要另行制作') return [...lines(numbers), `提供 ${label}`];
      return [...labels, ...lines(numbers)];
    },
  );
}

/** Each cell of a table-三 row: its value, its status, or its candidates. */
function row(text: string, prefix: string): (number | string | number[])[] {
  return listCells(parseReport(text).report!)
    .filter((c) => c.address.startsWith(`t3.results.${prefix}.`))
    .map((c) => (c.status === 'value' ? (c.value as number) : c.status === 'ambiguous' ? (c.candidates ?? []) : c.status));
}

describe('an empty row beside a holder whose label follows a group label’s piece on its line', () => {
  it('contests the row above the holder too: the blank row keeps the numbers after its label only as candidates (7 were stated)', () => {
    const text = chromiumPlain(true);
    expect(text).toContain('\n8.属于行政查询事项\n1 0 0 0\n0\n0 1\n(四)无法 1.本机关不掌握相关政府信息\n0 2 0 0\n0\n0 2\n提供 2.没有现成');
    expect(row(text, 'denied.administrativeQuery')).toEqual([[1], [0], [0], [0], [0], [0], [1]]);
    // The chain stops at a label starting its line: the row above is read.
    expect(row(text, 'denied.enforcementCaseFile')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // The holder and the empty row: either's (as the mirror had them), no cell stated.
    for (const prefix of ['unableToProvide.notHeld', 'unableToProvide.needsCreation'])
      for (const cell of row(text, prefix)) expect(Array.isArray(cell)).toBe(true);
    const { diagnostics } = parseReport(text);
    expect(diagnostics.filter((d) => d.code === 'ownership-undecided').map((d) => d.path)).toContain(
      't3.results.denied.administrativeQuery',
    );
  });

  it('leaves the row above alone where the holder’s label starts its line', () => {
    // 8.属于行政查询事项 with its numbers after it, 1.本机关… alone on its line with its numbers
    // after it, 2.没有现成… blank: the holder and the empty row either's, the row above read.
    const text = chromiumPlain(false, ROWS_ABOVE);
    expect(text).toContain('\n8.属于行政查询事项\n0 2 0 0\n0\n0 2\n(四)无法提供\n1.本机关不掌握相关政府信息\n1 0 0 0\n0\n0 1\n2.没有现成');
    expect(row(text, 'denied.administrativeQuery')).toEqual([0, 2, 0, 0, 0, 0, 2]);
    for (const cell of row(text, 'unableToProvide.notHeld')) expect(Array.isArray(cell)).toBe(true);
    const { diagnostics } = parseReport(text);
    expect(diagnostics.filter((d) => d.code === 'ownership-undecided').map((d) => d.path)).not.toContain(
      't3.results.denied.administrativeQuery',
    );
  });
});
