/**
 * A row label wrapped beside its group's label (plain pdftotext of a browser print with narrow label
 * cells): the two cells' lines printed as one (`（三） 1.属于` / `不予公 国家秘` / `开` / `密`), and a
 * browser's page address printed alone among a label's pieces. Our own reports
 * (test/helpers/fixtures.ts) in the layout of test/helpers/continued-lines.ts.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { sideBySideLabel } from '../src/tables/side-by-side-labels.js';
import type { LabelToken } from '../src/tables/tokens.js';
import { consistentReport, VERSIONS } from './helpers/fixtures.js';
import { asContinuedLines } from './helpers/continued-lines.js';

/** The rows whose labels the test prints side by side or cut by a page address, and how. */
const PRINTED: readonly [string, string, string][] = [
  ['results.denied.stateSecret', '（三）不予公开 1.属于国家秘密', '（三） 1.属于\n不予公 国家秘\n开\n密'],
  ['results.notProcessed.petitionOrComplaint', '（五）不予处理 1.信访举报投诉类申请', '（五） 1.信访\n不予处举报投\n理诉类申\n请'],
  ['results.denied.processInformation', '6.属于四类过程性信息', '6.属于\n四类过\nfile:///tmp/r/report.html\n程性信\n息'],
];

describe('row labels wrapped beside their group label', () => {
  for (const v of VERSIONS)
    it(`${v}: the row label read from its column, every cell of its row read`, () => {
      const truth = consistentReport(5, v, { scale: 40 });
      let text = asContinuedLines(truth, 3);
      for (const [, printed, wrapped] of PRINTED) {
        expect(text).toContain(`\n${printed}\n`);
        text = text.replace(`\n${printed}\n`, `\n${wrapped}\n`);
      }
      const { report } = parseReport(text, { format: 'text' });
      const cells = new Map(listCells(report!).map((c) => [c.address, c]));
      const want = listCells(truth).filter((c) => PRINTED.some(([row]) => c.address.startsWith(`t3.${row}.`)));
      expect(want.length).toBe(21);
      for (const w of want) expect(cells.get(w.address), w.address).toMatchObject({ status: w.status, value: w.value });
    });
});

describe('sideBySideLabel', () => {
  const at = (text: string, line: number): LabelToken => ({
    kind: 'label',
    text,
    start: 0,
    end: text.length,
    line,
    gapBefore: 0,
    lineStart: true,
  });
  const labels = new Map([
    ['1.属于国家秘密', 'stateSecret'],
    ['1.属于国家秘开', 'other'],
  ]);
  const row = (key: string | undefined): { key: string } | null => (key === undefined ? null : { key });
  const exact = (text: string): { key: string } | null => row(labels.get(text));

  it('reads the row column: a piece without the group text run into it, a line of the group alone left out', () => {
    const pieces = [at('1.属于', 1), at('不予公国家秘', 2), at('开', 3)];
    expect(sideBySideLabel(pieces, at('密', 4), exact)).toEqual({ key: 'stateSecret' });
  });

  it('reads nothing when readings of two rows fit, or when no piece starts with a list marker', () => {
    expect(sideBySideLabel([at('1.属于', 1), at('不予公国家秘', 2)], at('开', 3), exact)).toEqual({ key: 'other' });
    // `1.属于国家秘` + `开` / `1.属于国家秘` + (`开` left out) … both labels: the rows clash.
    const both = (t: string): { key: string } | null => row(t === '1.属于国家秘密' ? 'a' : t === '1.属于国家密' ? 'b' : undefined);
    expect(sideBySideLabel([at('1.属于', 1), at('不予公国家', 2), at('秘', 3)], at('密', 4), both)).toBeNull();
    expect(sideBySideLabel([at('属于', 1), at('不予公国家秘', 2)], at('密', 3), exact)).toBeNull();
    // Read as printed, with nothing left out nor cut, the reading is not this module's (the plain join's).
    expect(sideBySideLabel([at('1.属于', 1), at('国家秘', 2)], at('密', 3), exact)).toBeNull();
  });
});
