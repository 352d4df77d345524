/**
 * A row label wrapped over three lines beside its group's label, its numbers wrapped in narrow
 * cells (issue 12, probe seed 264 p03, `pdftotext -layout` of Chromium and LibreOffice prints of a
 * Word-width table): `（四）无 1、本机关` with the numbers' first pieces (`0 0 0 0 5 0 5`), `法提供
 * 不掌握相关` with the lower pieces (`4 4`), and `政府信息` alone. The label's pieces after the numbers
 * stopped at the second run, so no join fitted; the second line matched the row by its keywords and
 * stated the lower pieces (4) as 法律服务机构 and 总计, silently (truth 54). Now the side after the
 * numbers reads on over a run standing on its last piece's line when more label pieces follow on
 * later lines, and a join that uses them takes both runs as the row's numbers.
 *
 * The same row label in two pieces with a vertical group label's character on a line of its own
 * between them (LibreOffice, probe seed 268 p01: `3.要求提供 10 43 0 1 0 0 6` / `处` / `公开出版物 2 5`):
 * the pieces left of the row label's column are another cell's, left out of the join. Text we write.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type Report } from 'zfxxgk-report';
import { joinParagraphCells, lexLines } from '../src/grammar/lines.js';
import { joinWrappedLabels, type LabelProbe, type WrappedLabel } from '../src/repairs/wrapped-labels.js';
import { detectLayout, tokenize } from '../src/tables/tokens.js';
import { consistentReport } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

const LABEL = '1.本机关不掌握相关政府信息';
const PUBLICATION = '3.要求提供公开出版物';
const probe: LabelProbe = (t: string) =>
  t === LABEL ? { key: 'notHeld', exact: true } : t === PUBLICATION ? { key: 'publication', exact: true } : null;

function joins(text: string): { joined: string[]; stream: (string | number)[] } {
  const lines = joinParagraphCells(lexLines(text), text);
  const joined: WrappedLabel[] = [];
  const out = joinWrappedLabels(tokenize(lines, detectLayout(lines)), probe, joined);
  return {
    joined: joined.map((j) => j.label.text),
    stream: out.filter((t) => t.kind !== 'break').map((t) => (t.kind === 'value' ? t.content.value : t.kind === 'label' ? t.text : t.kind)),
  };
}

describe('a label over three lines, the numbers wrapped on its first two', () => {
  it('joins the three pieces and takes both runs as the row numbers', () => {
    const text = [
      '（四）无   1.本机关        0    0    0    0    5    0    5',
      '法提供     不掌握相关                          4         4',
      '           政府信息',
    ].join('\n');
    const { joined, stream } = joins(text);
    expect(joined).toEqual([LABEL]);
    expect(stream).toEqual(['（四）无', LABEL, 0, 0, 0, 0, 5, 0, 5, 4, 4, '法提供']);
  });

  it('joins nothing when the numbers between stand on a line of their own', () => {
    const text = [
      '（四）无   1.本机关        0    0    0    0    5    0    5',
      '法提供     不掌握相关',
      '                                               4         4',
      '           政府信息',
    ].join('\n');
    expect(joins(text).joined).toEqual([]);
  });

  it('joins nothing when the pieces do not make the label', () => {
    const text = [
      '（四）无   1.本机关        0    0    0    0    5    0    5',
      '法提供     不掌握相关                          4         4',
      '           政府文件',
    ].join('\n');
    expect(joins(text).joined).toEqual([]);
  });
});

describe("a group label's character on a line of its own between a row label's two pieces", () => {
  it('leaves out the piece left of the row label column and joins the two pieces', () => {
    const text = [
      '予        3.要求提供      10   43    0    1    0    0    6',
      '处',
      '          公开出版物                     2              5',
      '理',
    ].join('\n');
    const { joined, stream } = joins(text);
    expect(joined).toEqual([PUBLICATION]);
    expect(stream).toEqual(['予', PUBLICATION, 10, 43, 0, 1, 0, 0, 6, 2, 5, '处', '理']);
  });

  it('joins nothing when the piece between stands in the row label column', () => {
    const text = [
      '予        3.要求提供      10   43    0    1    0    0    6',
      '          处',
      '          公开出版物                     2              5',
    ].join('\n');
    expect(joins(text).joined).toEqual([]);
  });
});

/** Widths of the group, row label and number columns of `renderLayoutText`. */
const GROUP_W = 10;
const LABEL_W = 34;
const CELL_W = 8;

/** The values of a row of table 三 in `report`, blanks as 0. */
function rowValues(report: Report, row: (t3: NonNullable<Report['tables']['t3']>) => object): number[] {
  const t3 = report.tables.t3;
  const cells = t3 ? (Object.values(row(t3)) as { status: string; value: number | null }[]) : [];
  return cells.map((c) => (c.status === 'value' ? (c.value as number) : 0));
}

/**
 * The report's layout text with the line of `label` replaced by `lines`, written from the row's
 * numbers: `cells(part)` prints each number's digits that `part` picks in its column.
 */
function rewritten(
  report: Report,
  label: string,
  values: readonly number[],
  lines: (cells: (part: (d: string) => string) => string) => string[],
): string {
  const cells = (part: (d: string) => string): string => values.map((v) => part(String(v)).padStart(CELL_W)).join('');
  const text = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const at = text.findIndex((l) => l.includes(label));
  if (at < 0) throw new Error(`no row ${label}`);
  return [...text.slice(0, at), ...lines(cells).map((l) => l.trimEnd()), ...text.slice(at + 1)].join('\n');
}

const first = (d: string): string => d.slice(0, 1);
const rest = (d: string): string => d.slice(1);

/**
 * The row 本机关不掌握相关政府信息 printed over three lines: each number's first digit on the first
 * line, its other digits right under it, the label in three pieces beside the group label's pieces.
 */
function wrappedNotHeld(seed: number): { text: string; values: number[] } {
  const report = consistentReport(seed, '2021');
  const values = rowValues(report, (t3) => t3.results.unableToProvide.notHeld);
  const text = rewritten(report, LABEL, values, (cells) => [
    `${'（四）无'.padEnd(GROUP_W)}${'1.本机关'.padEnd(LABEL_W)}${cells(first)}`,
    `${'法提供'.padEnd(GROUP_W)}${'不掌握相关'.padEnd(LABEL_W)}${cells(rest)}`,
    `${''.padEnd(GROUP_W)}政府信息`,
  ]);
  return { text, values };
}

/**
 * The row 要求提供公开出版物 in two pieces, the numbers' lower digits on the second, and the group
 * label's `处` alone on the line between them at the left edge.
 */
function wrappedPublication(seed: number): { text: string; values: number[] } {
  const report = consistentReport(seed, '2021');
  const values = rowValues(report, (t3) => t3.results.notProcessed.publication);
  const text = rewritten(report, PUBLICATION, values, (cells) => [
    `${''.padEnd(GROUP_W)}${'3.要求提供'.padEnd(LABEL_W)}${cells(first)}`,
    '处',
    `${''.padEnd(GROUP_W)}${'公开出版物'.padEnd(LABEL_W)}${cells(rest)}`,
  ]);
  return { text, values };
}

/** The cells of one row of table 三 read from `text`, as [status, value]. */
function readRow(text: string, prefix: string): { got: (string | number | null)[][]; codes: string[] } {
  const { report, diagnostics } = parseReport(text);
  const got = report
    ? listCells(report)
        .filter((c) => c.address.startsWith(prefix))
        .map((c) => [c.status, c.value])
    : [];
  return { got, codes: diagnostics.map((d) => `${d.code} ${d.path ?? ''}`) };
}

describe('table 三 with those rows in a report of our own', () => {
  it.each([
    [10, [0, 0, 3, 11, 16, 0, 30]],
    [17, [0, 0, 0, 0, 0, 19, 19]],
  ])('seed %i: reads 本机关不掌握相关政府信息 whole, each number joined from its pieces', (seed, want) => {
    const { text, values } = wrappedNotHeld(seed);
    expect(values).toEqual(want);
    expect(text).toContain(`法提供${' '.repeat(GROUP_W - 3)}不掌握相关`);
    const { got, codes } = readRow(text, 't3.results.unableToProvide.notHeld.');
    expect(got).toEqual(want.map((v) => ['value', v]));
    expect(codes).toContain('cells-unwrapped t3.results.unableToProvide.notHeld');
  });

  it.each([
    [2, [19, 14, 0, 0, 0, 0, 33]],
    [4, [0, 13, 0, 0, 17, 7, 37]],
  ])('seed %i: reads 要求提供公开出版物 whole past the group label character', (seed, want) => {
    const { text, values } = wrappedPublication(seed);
    expect(values).toEqual(want);
    expect(text).toContain('\n处\n');
    const { got, codes } = readRow(text, 't3.results.notProcessed.publication.');
    expect(got).toEqual(want.map((v) => ['value', v]));
    expect(codes).toContain('cells-unwrapped t3.results.notProcessed.publication');
  });
});
