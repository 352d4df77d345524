/**
 * First pieces of grouped counts the join left as label text (issue 12; probe seeds 266, 267, 270,
 * 297, 367 …, LibreOffice's print of our own `digits` reports, read from the PDF and laid out:
 * `本年新收政府信息公开  164,7  232,0 … 932,98` over `18  76 … 3`, the last pieces set further
 * left than the first, so `grouped-pieces.ts` saw no stack). The row was read from the last pieces
 * (18 for 164,718) and stated; only its sum failing showed it, for the whole row. A number
 * on the line right under such a label (the next line holding one) is now a candidate only
 * (`grouped-pieces.ts`, `endUnproven`). Texts below are ours, written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, type TableToken } from '../src/tables/tokens.js';
import { consistentCells } from './helpers/fixtures.js';
import { readFixture } from './helpers/probe-fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

const VERSIONS = { table2: '2021', table3: '2021' } as const;

/** Text at a character column. */
const at = (column: number, text: string): string => ' '.repeat(column) + text;

/** A 2021 report of ours, `pdftotext -layout` style, its 本年新收 line replaced by `row(label)`. */
function withNewReceived(row: (label: string) => string[]): string {
  const report = createReport({ versions: VERSIONS, cells: consistentCells(5, VERSIONS), meta: { agency: '示例县示例局', year: 2022 } });
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const i = lines.findIndex((l) => l.includes('本年新收'));
  const line = lines[i] as string;
  lines.splice(i, 1, ...row(line.slice(0, line.indexOf('申请数量') + 4)));
  return lines.join('\n');
}

/** A row's cells: the value, or the status with the candidates. */
function rowOf(text: string, row: string): unknown[] {
  const { report } = parseReport(text);
  return (report ? listCells(report) : [])
    .filter((c) => c.address.startsWith(`t3.${row}.`))
    .map((c) => (c.status === 'value' ? c.value : [c.status, ...(c.candidates ?? [])]));
}

const HEADS = ['164,7', '232,0', '91,6', '177,2', '184,6', '82,7', '932,98'];
const TAILS = ['18', '76', '02', '69', '10', '08', '3'];

/** The heads at eight columns apart from `from`, one space at least between them. */
const headsLine = (label: string, from: number): string =>
  label.padEnd(from) +
  HEADS.map((h) => h.padEnd(8))
    .join('')
    .trimEnd();
/** The tails set `shift` columns left of their heads. */
const tailsLine = (from: number, shift: number): string =>
  TAILS.map((t, k) => at(k === 0 ? from - shift : 8 - TAILS[k - 1]!.length, t)).join('');

describe('first pieces of grouped counts left as label text', () => {
  it('marks the numbers of the next line holding a token under such a label, a blank line between or not', () => {
    const marked = (lines: readonly string[], stackedNumbers = true): string[] => {
      const lexed = lexLines(lines.join('\n'));
      return tokenize(lexed, detectLayout(lexed), null, { countsOnly: true, stackedNumbers })
        .filter((t): t is Extract<TableToken, { kind: 'value' }> => t.kind === 'value' && t.endUnproven === true)
        .map((t) => `${t.line} ${t.raw}`);
    };
    const next = '二、上年结转' + at(24, '1') + at(7, '4,640');
    expect(marked([headsLine('一、本年新收', 30), tailsLine(30, 10), next])).toEqual(TAILS.map((t) => `1 ${t}`));
    expect(marked([headsLine('一、本年新收', 30), '', tailsLine(30, 10), next])).toEqual(TAILS.map((t) => `2 ${t}`));
    expect(marked(['一、本年新收' + at(24, '164,718'), next])).toEqual([]);
    // (text laid out from a PDF, its numbers joined by their positions before: the stacked join off, the same marks)
    expect(marked([headsLine('一、本年新收', 30), '', tailsLine(30, 10), next], false)).toEqual(TAILS.map((t) => `2 ${t}`));
  });

  it('states no cell of the row read from the last pieces, set left of their first; the next row reads as before', () => {
    const text = withNewReceived((label) => [headsLine(label, 66), tailsLine(66, 10)]);
    expect(rowOf(text, 'newReceived')).toEqual(TAILS.map((t) => ['ambiguous', Number(t)]));
    expect(rowOf(text, 'carriedOver')).toEqual([1, 4, 3, 1, 5, 2, 16]);
  });

  it('probe 371 p10 lo-layout: the total under `1,64` never read as its last piece; the cells joined or whole on the label line stay', () => {
    // (`（七）总计  258  400  23  20  236  31  1,64` over `7  2  5  8`: 237, 202, 315 joined; 1,648 read as 8
    // before, shown by the row sum only, then a candidate 8. Since layout24 the other rows' grouped
    // counts are joined on their own (`1,66` of 本年新收 not undoing them): the 8 stands under `1,64`
    // at its column as printed (the label's full-width characters moved), and the row joined adds up.)
    const text = readFixture('probe-371-p10-lo-layout.txt');
    expect(rowOf(text, 'results.total')).toEqual([258, 400, 237, 202, 236, 315, 1648]);
  });
});
